import { readFile } from 'node:fs/promises';
import ort from 'onnxruntime-node';
import { AccelError, AccelErrorCode, assertInput, throwIfAborted } from '../errors/AccelError.ts';

export type OnnxTensorData = Float32Array | Float64Array | BigInt64Array | Int32Array;

export interface OnnxTensor {
  data: OnnxTensorData;
  dims: number[];
}

export interface LoadOnnxOptions {
  /**
   * Execution providers in preference order (default ['cuda', 'cpu']): CUDA
   * is used only when this onnxruntime-node build ships it
   * (`listSupportedBackends()` says bundled), otherwise CPU.
   */
  executionProviders?: ('cuda' | 'cpu')[];
  /** Intra-op threads for the CPU provider (default: ORT's choice). */
  threads?: number;
}

/** Which ONNX Runtime execution providers this build can use. */
export function onnxProviders(): { name: string; available: boolean }[] {
  return ort.listSupportedBackends().map((b: { name: string; bundled: boolean }) => ({ name: b.name, available: b.bundled }));
}

/**
 * A loaded ONNX model (onnxruntime-node session). Why a wrapper: batching,
 * cancellation between batches and a typed error instead of ORT's strings.
 */
export class OnnxModel {
  private constructor(
    private readonly session: ort.InferenceSession,
    /** The execution provider actually used. */
    readonly provider: string,
  ) {}

  get inputNames(): readonly string[] {
    return this.session.inputNames;
  }

  get outputNames(): readonly string[] {
    return this.session.outputNames;
  }

  /** @internal use {@link loadOnnxModel} */
  static async create(source: Uint8Array | string, options: LoadOnnxOptions = {}): Promise<OnnxModel> {
    const wanted = options.executionProviders ?? ['cuda', 'cpu'];
    const available = new Set(onnxProviders().filter((p) => p.available).map((p) => p.name));
    const providers = wanted.filter((p) => available.has(p));
    if (providers.length === 0) providers.push('cpu');
    const bytes = typeof source === 'string' ? new Uint8Array(await readFile(source)) : source;
    try {
      const session = await ort.InferenceSession.create(bytes, {
        executionProviders: providers,
        ...(options.threads ? { intraOpNumThreads: options.threads } : {}),
        logSeverityLevel: 3,
      });
      return new OnnxModel(session, providers[0]!);
    } catch (error) {
      throw new AccelError(AccelErrorCode.BAD_INPUT, `ONNX Runtime could not load the model: ${(error as Error).message}`, { cause: error });
    }
  }

  /** One inference call. Inputs by name; outputs by name. */
  async run(feeds: Record<string, OnnxTensor>): Promise<Record<string, OnnxTensor>> {
    const ortFeeds: Record<string, ort.Tensor> = {};
    for (const [name, t] of Object.entries(feeds)) ortFeeds[name] = new ort.Tensor(t.data as Float32Array, t.dims);
    try {
      const out = await this.session.run(ortFeeds);
      const result: Record<string, OnnxTensor> = {};
      for (const [name, t] of Object.entries(out)) result[name] = { data: t.data as OnnxTensorData, dims: [...t.dims] };
      return result;
    } catch (error) {
      throw new AccelError(AccelErrorCode.BACKEND_FAILED, `ONNX inference failed: ${(error as Error).message}`, { cause: error });
    }
  }

  /**
   * Batched inference over the rows of one input: splits `rows` into batches of
   * `batchSize`, runs them in order, concatenates the first output (or
   * `outputName`). Checks `signal` and reports progress between batches.
   */
  async runBatched(options: {
    input: OnnxTensor;
    inputName?: string;
    outputName?: string;
    batchSize?: number;
    signal?: AbortSignal;
    onProgress?: (fraction: number) => void;
  }): Promise<OnnxTensor> {
    const { input } = options;
    const inputName = options.inputName ?? this.inputNames[0]!;
    const outputName = options.outputName ?? this.outputNames[0]!;
    const rows = input.dims[0]!;
    const rowSize = input.dims.slice(1).reduce((a, b) => a * b, 1);
    assertInput(input.data.length === rows * rowSize, `input has ${input.data.length} values, dims ${input.dims.join('×')} need ${rows * rowSize}`);
    const batch = options.batchSize ?? 4096;
    const parts: OnnxTensor[] = [];
    for (let r = 0; r < rows; r += batch) {
      throwIfAborted(options.signal);
      const end = Math.min(rows, r + batch);
      const data = input.data.subarray(r * rowSize, end * rowSize) as OnnxTensorData;
      const out = await this.run({ [inputName]: { data, dims: [end - r, ...input.dims.slice(1)] } });
      const o = out[outputName];
      assertInput(o, `model has no output '${outputName}'`);
      parts.push(o);
      options.onProgress?.(end / rows);
    }
    const total = parts.reduce((a, p) => a + p.data.length, 0);
    const first = parts[0]!;
    const Ctor = first.data.constructor as new (n: number) => OnnxTensorData;
    const data = new Ctor(total);
    let off = 0;
    for (const p of parts) {
      (data as Float32Array).set(p.data as Float32Array, off);
      off += p.data.length;
    }
    return { data, dims: [rows, ...first.dims.slice(1)] };
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }
}

/**
 * Loads an ONNX model from bytes or a file path for batched inference.
 * @throws AccelError BAD_INPUT when ONNX Runtime rejects the model.
 */
export function loadOnnxModel(source: Uint8Array | string, options?: LoadOnnxOptions): Promise<OnnxModel> {
  return OnnxModel.create(source, options);
}
