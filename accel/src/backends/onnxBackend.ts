import { AccelError, AccelErrorCode, throwIfAborted } from '../errors/AccelError.ts';
import { OnnxGraphBuilder } from '../onnx/OnnxGraphBuilder.ts';
import { loadOnnxModel, onnxProviders, type OnnxModel } from '../onnx/loadOnnxModel.ts';
import type { Backend } from './Backend.ts';

/**
 * Dense linear algebra through ONNX Runtime (float64 MatMul graphs built on
 * the fly with OnnxGraphBuilder): CUDA execution provider when this
 * onnxruntime-node build ships it, else CPU (ORT's own multithreaded GEMM).
 */
export function createOnnxBackend(): Backend {
  let matmulModel: Promise<OnnxModel> | undefined;
  let covModel: Promise<OnnxModel> | undefined;
  const getMatmul = (): Promise<OnnxModel> =>
    (matmulModel ??= loadOnnxModel(
      new OnnxGraphBuilder('matmul').input('A', 'float64', ['M', 'K']).input('B', 'float64', ['K', 'N']).node('MatMul', ['A', 'B'], ['C']).output('C', 'float64', ['M', 'N']).toBytes(),
    ));
  const getCov = (): Promise<OnnxModel> =>
    (covModel ??= loadOnnxModel(
      new OnnxGraphBuilder('covariance')
        .input('X', 'float64', ['T', 'N'])
        .input('d', 'float64', [1])
        .node('ReduceMean', ['X'], ['m'], { axes: [0], keepdims: 1 })
        .node('Sub', ['X', 'm'], ['Xc'])
        .node('Transpose', ['Xc'], ['XcT'], { perm: [1, 0] })
        .node('MatMul', ['XcT', 'Xc'], ['S'])
        .node('Div', ['S', 'd'], ['C'])
        .output('C', 'float64', ['N', 'N'])
        .toBytes(),
    ));
  return {
    name: 'onnx',
    async probe() {
      try {
        const m = await getMatmul();
        const providers = onnxProviders().filter((p) => p.available).map((p) => p.name);
        return { available: true, reason: `onnxruntime-node, providers bundled: ${providers.join(', ')}; CUDA ${providers.includes('cuda') ? 'available' : 'not bundled in this build'}`, device: `onnxruntime ${m.provider}` };
      } catch (error) {
        return { available: false, reason: `onnxruntime-node failed: ${(error as Error).message}` };
      }
    },
    supports: (w) => w === 'linalg.matmul' || w === 'linalg.covariance',
    async matmul(a, b, ctl) {
      throwIfAborted(ctl.signal);
      const m = await getMatmul();
      const out = await m.run({ A: { data: a.data, dims: [a.rows, a.cols] }, B: { data: b.data, dims: [b.rows, b.cols] } });
      ctl.onProgress?.(1);
      const c = out.C;
      if (!c) throw new AccelError(AccelErrorCode.BACKEND_FAILED, 'onnx matmul returned no output');
      return { rows: a.rows, cols: b.cols, data: c.data as Float64Array };
    },
    async covariance(x, ddof, ctl) {
      throwIfAborted(ctl.signal);
      const m = await getCov();
      const out = await m.run({ X: { data: x.data, dims: [x.rows, x.cols] }, d: { data: new Float64Array([x.rows - ddof]), dims: [1] } });
      ctl.onProgress?.(1);
      const c = out.C;
      if (!c) throw new AccelError(AccelErrorCode.BACKEND_FAILED, 'onnx covariance returned no output');
      return { rows: x.cols, cols: x.cols, data: c.data as Float64Array };
    },
    async close() {
      const ms = [matmulModel, covModel];
      matmulModel = covModel = undefined;
      for (const m of ms) if (m) await (await m).dispose().catch(() => {});
    },
  };
}
