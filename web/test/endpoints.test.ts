import { describe, expect, it } from 'vitest';
import { resolveGatewayEndpoints } from '../src/graphql/endpoints.ts';

const page = (href: string) => {
  const url = new URL(href);
  return { protocol: url.protocol, host: url.host, href: url.href };
};

describe('resolveGatewayEndpoints', () => {
  it('defaults to /graphql on the page origin, with a matching ws URL', () => {
    expect(resolveGatewayEndpoints(undefined, page('http://localhost:5173/#/AAPL'))).toEqual({
      httpUrl: 'http://localhost:5173/graphql',
      wsUrl: 'ws://localhost:5173/graphql',
    });
  });

  it('uses wss for pages served over https', () => {
    expect(resolveGatewayEndpoints('', page('https://nautilus.example.com/app/'))).toEqual({
      httpUrl: 'https://nautilus.example.com/graphql',
      wsUrl: 'wss://nautilus.example.com/graphql',
    });
  });

  it('accepts an absolute gateway URL, http or ws', () => {
    expect(resolveGatewayEndpoints('http://gateway:4000/graphql', page('http://localhost:8080/'))).toEqual({
      httpUrl: 'http://gateway:4000/graphql',
      wsUrl: 'ws://gateway:4000/graphql',
    });
    expect(resolveGatewayEndpoints('wss://api.example.com/graphql', page('http://localhost:8080/'))).toEqual({
      httpUrl: 'https://api.example.com/graphql',
      wsUrl: 'wss://api.example.com/graphql',
    });
  });
});
