import { describe, expect, it } from 'vitest';
import { MemoryBus, TestClock, createLogger, loadConfig, startEngine, type EngineServer, type ServiceKit } from '../src/index.ts';

const engine = { name: 'gauge', defaultPort: 4990 };

/** A process kit whose pool, bus and server write what happens to them into `events`. */
function harness(options: { failListen?: boolean; env?: Record<string, string> } = {}) {
  const events: string[] = [];
  const poolOptions: unknown[] = [];
  const createPool = (opts: { connectionString: string; max: number; applicationName: string; onError: (error: Error) => void; timeouts?: unknown }) => {
    poolOptions.push({ ...opts, onError: typeof opts.onError });
    return {
      end: async () => {
        events.push('pool.end');
      },
    };
  };
  const kit: ServiceKit = {
    config: loadConfig({ NAUTILUS_HOST: '127.0.0.9', ...options.env }),
    logger: createLogger({ name: 'test', level: 'silent' }),
    clock: new TestClock(),
    databaseUrl: 'postgresql://u@db:5432/nautilus',
    internalSecret: 's'.repeat(48),
    createBus: () => {
      events.push('bus.open');
      const bus = new MemoryBus();
      const close = bus.close.bind(bus);
      bus.close = async () => {
        events.push('bus.close');
        await close();
      };
      return bus;
    },
  };
  const server: EngineServer = {
    async listen(port, host) {
      events.push(`listen ${host}:${port}`);
      if (options.failListen) throw new Error('EADDRINUSE');
      return `http://${host}:${port}/graphql`;
    },
    async stop() {
      events.push('server.stop');
    },
  };
  return { events, poolOptions, createPool, kit, server };
}

describe('startEngine', () => {
  it('opens the pool under the engine name, listens on <NAME>_PORT at NAUTILUS_HOST, and stops server, steps (last first), bus, pool', async () => {
    const { events, poolOptions, createPool, kit, server } = harness();
    const stop = await startEngine(
      engine,
      {
        createPool,
        start: ({ bus, onStop }) => {
          expect(bus.kind).toBe('memory');
          onStop(() => void events.push('accel.close'));
          onStop(async () => void events.push('monitor.stop'));
          return server;
        },
      },
      kit,
      { GAUGE_PORT: '4999' },
    );
    expect(poolOptions).toEqual([{ connectionString: 'postgresql://u@db:5432/nautilus', max: 10, applicationName: 'gauge', onError: 'function' }]);
    expect(events).toEqual(['bus.open', 'listen 127.0.0.9:4999']);
    await stop();
    expect(events.slice(2)).toEqual(['server.stop', 'monitor.stop', 'accel.close', 'bus.close', 'pool.end']);
  });

  it("listens on the manifest's default port, and opens no bus for an engine that never reads it", async () => {
    const { events, createPool, kit, server } = harness();
    const stop = await startEngine(engine, { createPool, start: ({ pool }) => (expect(pool).toBeDefined(), server) }, kit, {});
    await stop();
    expect(events).toEqual(['listen 127.0.0.9:4990', 'server.stop', 'pool.end']);
  });

  it('closes what it opened when start throws, and rethrows', async () => {
    const { events, createPool, kit } = harness();
    const start = ({ bus, onStop }: { bus: unknown; onStop: (step: () => void) => void }) => {
      expect(bus).toBeDefined();
      onStop(() => void events.push('accel.close'));
      throw new Error('accel failed to load');
    };
    await expect(startEngine(engine, { createPool, start }, kit, {})).rejects.toThrow('accel failed to load');
    expect(events).toEqual(['bus.open', 'accel.close', 'bus.close', 'pool.end']);
  });

  it('stops the server and closes the rest when the port is taken', async () => {
    const { events, createPool, kit, server } = harness({ failListen: true });
    await expect(startEngine(engine, { createPool, start: () => server }, kit, {})).rejects.toThrow('EADDRINUSE');
    expect(events).toEqual(['listen 127.0.0.9:4990', 'server.stop', 'pool.end']);
  });

  it('hands the configured database limits to the pool (NAUTILUS_DB_STATEMENT_TIMEOUT_MS, NAUTILUS_DB_QUERY_TIMEOUT_MS)', async () => {
    const { poolOptions, createPool, kit, server } = harness({ env: { NAUTILUS_DB_STATEMENT_TIMEOUT_MS: '3000', NAUTILUS_DB_QUERY_TIMEOUT_MS: '4000' } });
    const stop = await startEngine(engine, { createPool, start: () => server }, kit, {});
    expect(poolOptions[0]).toMatchObject({ timeouts: { statementMs: 3000, queryMs: 4000 } });
    await stop();
  });
});
