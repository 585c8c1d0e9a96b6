/** Worker of the MA sweep bench: runs pairs [from, to) of a sweep whose panels live on SharedArrayBuffers. */
import { parentPort } from 'node:worker_threads';
import { maSweepRange, type MaSweepSpec } from '../src/domain/maSweep.ts';

interface Job {
  spec: Omit<MaSweepSpec, 'pairs'> & { pairs: Int32Array };
  from: number;
  to: number;
  equity: Float64Array;
  fills: Float64Array;
}

parentPort!.on('message', (job: Job) => {
  maSweepRange(job.spec, job.from, job.to, job.equity, job.fills);
  parentPort!.postMessage('done');
});
