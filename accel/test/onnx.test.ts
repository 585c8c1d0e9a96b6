import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildLinearModel, loadOnnxModel, matmul, matrix, OnnxGraphBuilder, onnxProviders } from '../src/index.ts';

describe('ONNX', () => {
  test('a linear model built in TypeScript runs batched on onnxruntime and matches matmul', async () => {
    const inputs = 5, outputs = 3, rows = 1000;
    const w = Float64Array.from({ length: inputs * outputs }, (_, i) => Math.sin(i + 1));
    const bias = [0.1, -0.2, 0.3];
    const model = await loadOnnxModel(buildLinearModel({ weights: w, inputs, outputs, bias }));
    expect(model.provider).toBe(onnxProviders().some((p) => p.name === 'cuda' && p.available) ? 'cuda' : 'cpu');
    const x = Float32Array.from({ length: rows * inputs }, (_, i) => Math.cos(i));
    const progress: number[] = [];
    const y = await model.runBatched({ input: { data: x, dims: [rows, inputs] }, batchSize: 300, onProgress: (f) => progress.push(f) });
    expect(y.dims).toEqual([rows, outputs]);
    expect(progress).toEqual([0.3, 0.6, 0.9, 1]);
    const ref = matmul(matrix(rows, inputs, Float64Array.from(x)), matrix(inputs, outputs, w));
    for (let i = 0; i < rows * outputs; i++) expect(y.data[i]).toBeCloseTo(ref.data[i]! + bias[i % outputs]!, 4);
    await model.dispose();
  });

  test('a logistic model loads from a file path and outputs probabilities in float64', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accel-onnx-'));
    const file = join(dir, 'logit.onnx');
    writeFileSync(file, buildLinearModel({ weights: [2, -1], inputs: 2, outputs: 1, activation: 'sigmoid', type: 'float64' }));
    const model = await loadOnnxModel(file, { executionProviders: ['cpu'] });
    const out = await model.run({ x: { data: new Float64Array([1, 0, 0, 2]), dims: [2, 2] } });
    expect(out.y!.data[0]).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    expect(out.y!.data[1]).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
  });

  test('the graph builder refuses undefined names; ORT rejections become BAD_INPUT', async () => {
    expect(() => new OnnxGraphBuilder('g').input('x', 'float32', [1]).node('Relu', ['nope'], ['y'])).toThrowError(/input 'nope' is not defined/);
    await expect(loadOnnxModel(new Uint8Array([1, 2, 3, 4]))).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  test('batched inference stops with ABORTED when the signal fires', async () => {
    const model = await loadOnnxModel(buildLinearModel({ weights: [1], inputs: 1, outputs: 1 }));
    const controller = new AbortController();
    controller.abort();
    await expect(model.runBatched({ input: { data: new Float32Array(10), dims: [10, 1] }, signal: controller.signal })).rejects.toMatchObject({ code: 'ABORTED' });
  });
});
