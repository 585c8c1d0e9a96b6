import { describe, expect, it } from 'vitest';
import { ConfigError, accelCalibrationPath, getSubgraphAddress, loadConfig } from '../src/index.ts';

describe('loadConfig', () => {
  it('applies documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, NODE_ENV: 'development', bus: 'postgres', NAUTILUS_DATA_DIR: '.data' });
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

describe('accelCalibrationPath', () => {
  it('is accel-calibration.json in the data folder unless NAUTILUS_ACCEL_CALIBRATION names a file', () => {
    expect(accelCalibrationPath(loadConfig({}), '/srv/nautilus')).toBe('/srv/nautilus/.data/accel-calibration.json');
    expect(accelCalibrationPath(loadConfig({ NAUTILUS_DATA_DIR: '/var/lib/nautilus' }), '/srv')).toBe('/var/lib/nautilus/accel-calibration.json');
    expect(accelCalibrationPath(loadConfig({ NAUTILUS_ACCEL_CALIBRATION: 'cal/table.json' }), '/srv')).toBe('/srv/cal/table.json');
    expect(accelCalibrationPath(loadConfig({ NAUTILUS_ACCEL_CALIBRATION: '  ' }), '/srv')).toBe('/srv/.data/accel-calibration.json');
  });
});

describe('getSubgraphAddress', () => {
  it('derives port and URL from <NAME>_PORT and <NAME>_URL with defaults', () => {
    expect(getSubgraphAddress('marketdata', 4101, {})).toEqual({ port: 4101, url: 'http://127.0.0.1:4101/graphql' });
    expect(getSubgraphAddress('marketdata', 4101, { MARKETDATA_PORT: '5000', NAUTILUS_HOST: 'md' })).toEqual({ port: 5000, url: 'http://md:5000/graphql' });
    expect(getSubgraphAddress('marketdata', 4101, { MARKETDATA_URL: 'http://marketdata:4101/graphql' }).url).toBe('http://marketdata:4101/graphql');
  });

  it('names a malformed variable', () => {
    expect(() => getSubgraphAddress('marketdata', 4101, { MARKETDATA_PORT: 'x' })).toThrow(/MARKETDATA_PORT: expected an integer 1-65535, got "x"/);
  });
});
