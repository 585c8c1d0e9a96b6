import { describe, expect, it } from 'vitest';
import { hashSegments, resolveRoute, routeHref } from '../src/app/routes.ts';

const SLUGS = ['overview', 'margin', 'markets', 'system'];

describe('resolveRoute', () => {
  it('matches the slug case-insensitively and passes the decoded params', () => {
    expect(resolveRoute('#/MARKETS/aapl', SLUGS, 'overview')).toEqual({ kind: 'page', slug: 'markets', params: ['aapl'] });
    expect(resolveRoute('#/Margin/a%2Fb%20c', SLUGS, 'overview')).toEqual({ kind: 'page', slug: 'margin', params: ['a/b c'] });
    expect(resolveRoute('#/system/', SLUGS, 'overview')).toEqual({ kind: 'page', slug: 'system', params: [] });
  });

  it('opens the default page for an empty hash', () => {
    expect(resolveRoute('', SLUGS, 'overview')).toEqual({ kind: 'redirect', to: '#/overview' });
    expect(resolveRoute('#/', SLUGS, 'overview')).toEqual({ kind: 'redirect', to: '#/overview' });
    expect(resolveRoute('', [], undefined)).toEqual({ kind: 'notFound', path: '/' });
  });

  it('redirects the one-screen client’s instrument links (#/AAPL) to the Markets page', () => {
    expect(resolveRoute('#/AAPL', SLUGS, 'overview')).toEqual({ kind: 'redirect', to: '#/markets/AAPL' });
    expect(resolveRoute('#/BTC-USD', SLUGS, 'overview')).toEqual({ kind: 'redirect', to: '#/markets/BTC-USD' });
    expect(resolveRoute('#/BRK.B', SLUGS, 'overview')).toEqual({ kind: 'redirect', to: '#/markets/BRK.B' });
  });

  it('reports anything else as not found, with the path', () => {
    expect(resolveRoute('#/nope', SLUGS, 'overview')).toEqual({ kind: 'notFound', path: '/nope' });
    expect(resolveRoute('#/AAPL/x', SLUGS, 'overview')).toEqual({ kind: 'notFound', path: '/AAPL/x' });
    expect(resolveRoute('#/AAPL', ['system'], 'system')).toEqual({ kind: 'notFound', path: '/AAPL' });
  });

  it('keeps a segment that is not valid percent-encoding as written', () => {
    expect(hashSegments('#/markets/%E0%A4%A')).toEqual(['markets', '%E0%A4%A']);
  });

  it('builds hrefs with each segment encoded', () => {
    expect(routeHref('margin', '12')).toBe('#/margin/12');
    expect(routeHref('markets', 'a/b c')).toBe('#/markets/a%2Fb%20c');
  });
});
