import { createPool } from '@nautilus/db';
import { getSubgraphAddress, loadEngines, runEngine } from '@nautilus/runtime';
import engine from '../engine.ts';
import { createStrategyServer } from './server.ts';
import { PortfolioClient } from './service/portfolioClient.ts';
import { BacktestRunner } from './workers/backtestRunner.ts';
import { FillRecorder } from './workers/fillRecorder.ts';
import { PaperBroker } from './workers/paperBroker.ts';
import { SignalRunner } from './workers/signalRunner.ts';

runEngine(engine, {
  createPool,
  async start({ pool, bus, clock, logger, internalSecret, onStop }) {
    // Paper fills become trades through portfolio's own recordTrades (a signed subgraph call).
    const portfolio = (await loadEngines()).find((e) => e.name === 'portfolio');
    if (!portfolio) throw new Error('the strategy engine records paper fills in the portfolio engine, which is not in the registry');
    const recorder = new FillRecorder({
      pool,
      clock,
      logger: logger.child({ component: 'fill-recorder' }),
      recorder: new PortfolioClient({ url: getSubgraphAddress('portfolio', portfolio.defaultPort).url, secret: internalSecret, clock }),
    });
    const broker = new PaperBroker({ pool, bus, clock, logger: logger.child({ component: 'paper-broker' }), onFills: () => void recorder.wake() });
    const backtests = new BacktestRunner({ pool, bus, clock, logger: logger.child({ component: 'backtest-runner' }) });
    const signals = new SignalRunner({ pool, bus, clock, broker, logger: logger.child({ component: 'signal-runner' }) });
    await backtests.start();
    await broker.start();
    recorder.start();
    signals.start();
    onStop(() => backtests.stop());
    onStop(() => broker.stop());
    onStop(() => recorder.stop());
    onStop(() => signals.stop());
    return createStrategyServer({ pool, bus, clock, logger, internalSecret, backtests, broker, signals });
  },
});
