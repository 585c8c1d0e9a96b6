import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/index.ts';

describe('loadConfig', () => {
  it('applies documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, MARKETDATA_PORT: 4101, NODE_ENV: 'development', bus: 'postgres', NAUTILUS_DATA_DIR: '.data' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('picks the redis bus when REDIS_URL is set', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).bus).toBe('redis');
  });

  it('names every bad variable, what it expects and what it got', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', NAUTILUS_API_TOKEN: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', NAUTILUS_API_TOKEN: 'short' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^Invalid configuration: /);
      expect(message).toContain('PORT: expected an integer 1-65535, got "abc"');
      expect(message).toContain('DATABASE_URL: expected a URL starting with postgres:// or postgresql://, got "mysql://x"');
      expect(message).toContain('NAUTILUS_API_TOKEN: expected at least 16 characters');
    }
  });

  it('refuses NAUTILUS_BUS=redis without REDIS_URL', () => {
    expect(() => loadConfig({ NAUTILUS_BUS: 'redis' })).toThrow(/NAUTILUS_BUS: "redis" needs REDIS_URL/);
  });
});
