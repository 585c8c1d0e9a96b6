// The entry of a backtest worker thread: loads backtestThread.ts through tsx (a worker's own entry
// cannot be TypeScript, and `--import tsx` in execArgv does not cover it). See backtestRunner.ts.
import { tsImport } from 'tsx/esm/api';

await tsImport('./backtestThread.ts', import.meta.url);
