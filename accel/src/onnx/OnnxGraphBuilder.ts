import onnxProto from 'onnx-proto';
import { assertInput } from '../errors/AccelError.ts';

const { onnx } = onnxProto;

export type OnnxElementType = 'float32' | 'float64' | 'int64';

const ELEM: Record<OnnxElementType, number> = { float32: 1, float64: 11, int64: 7 };

/** A dimension: a fixed size, or a name (e.g. 'batch') for a dynamic one. */
export type OnnxDim = number | string;

type AttrValue = number | number[] | string | { floats: number[] };

/**
 * Builds small ONNX graphs in TypeScript (protobuf via `onnx-proto`, IR 8,
 * default opset 13) so models fitted in the repo — a logistic regression, a
 * linear factor model — can be exported as bytes and served by
 * `loadOnnxModel`. Names are checked when the graph is built, not when ORT
 * loads it.
 *
 * @example
 * const bytes = new OnnxGraphBuilder('linear')
 *   .input('x', 'float32', ['batch', 3])
 *   .initializer('w', 'float32', [3, 1], [0.5, -1, 2])
 *   .node('MatMul', ['x', 'w'], ['y'])
 *   .output('y', 'float32', ['batch', 1])
 *   .toBytes();
 */
export class OnnxGraphBuilder {
  private readonly inputs: unknown[] = [];
  private readonly outputs: unknown[] = [];
  private readonly initializers: unknown[] = [];
  private readonly nodes: unknown[] = [];
  private readonly known = new Set<string>();
  private counter = 0;

  constructor(private readonly name: string, private readonly opset = 13) {}

  input(name: string, type: OnnxElementType, dims: OnnxDim[]): this {
    this.inputs.push(valueInfo(name, type, dims));
    this.known.add(name);
    return this;
  }

  output(name: string, type: OnnxElementType, dims: OnnxDim[]): this {
    assertInput(this.known.has(name), `ONNX output '${name}' is not produced by any node or input`);
    this.outputs.push(valueInfo(name, type, dims));
    return this;
  }

  /** A constant tensor baked into the model (weights). */
  initializer(name: string, type: OnnxElementType, dims: number[], values: ArrayLike<number>): this {
    const size = dims.reduce((a, b) => a * b, 1);
    assertInput(values.length === size, `initializer '${name}' has ${values.length} values, dims ${dims.join('×')} need ${size}`);
    const t: Record<string, unknown> = { name, dataType: ELEM[type], dims };
    if (type === 'float32') t.floatData = Array.from(values);
    else if (type === 'float64') t.doubleData = Array.from(values);
    else t.int64Data = Array.from(values);
    this.initializers.push(onnx.TensorProto.create(t));
    this.known.add(name);
    return this;
  }

  /** An operator node; attributes: number → int (or float if not integral), number[] → ints, string, {floats}. */
  node(opType: string, inputs: string[], outputs: string[], attributes: Record<string, AttrValue> = {}): this {
    for (const i of inputs) assertInput(i === '' || this.known.has(i), `ONNX node ${opType}: input '${i}' is not defined yet`);
    const attribute = Object.entries(attributes).map(([name, v]) => {
      const A = onnx.AttributeProto.AttributeType;
      if (typeof v === 'string') return onnx.AttributeProto.create({ name, type: A.STRING, s: new TextEncoder().encode(v) });
      if (Array.isArray(v)) return onnx.AttributeProto.create({ name, type: A.INTS, ints: v });
      if (typeof v === 'object') return onnx.AttributeProto.create({ name, type: A.FLOATS, floats: v.floats });
      return Number.isInteger(v) ? onnx.AttributeProto.create({ name, type: A.INT, i: v }) : onnx.AttributeProto.create({ name, type: A.FLOAT, f: v });
    });
    this.nodes.push(onnx.NodeProto.create({ opType, input: inputs, output: outputs, name: `${opType}_${this.counter++}`, attribute }));
    for (const o of outputs) this.known.add(o);
    return this;
  }

  /** Serialised ModelProto, ready for `loadOnnxModel` or a `.onnx` file. */
  toBytes(): Uint8Array {
    assertInput(this.outputs.length > 0, 'ONNX graph has no outputs');
    const graph = onnx.GraphProto.create({
      name: this.name,
      node: this.nodes as never,
      input: this.inputs as never,
      output: this.outputs as never,
      initializer: this.initializers as never,
    });
    const model = onnx.ModelProto.create({
      irVersion: 8,
      producerName: '@nautilus/accel',
      opsetImport: [{ domain: '', version: this.opset }],
      graph,
    });
    return onnx.ModelProto.encode(model).finish();
  }
}

function valueInfo(name: string, type: OnnxElementType, dims: OnnxDim[]): unknown {
  return onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: {
        elemType: ELEM[type],
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  });
}

/**
 * A dense layer y = act(x·W + b) as ONNX: exports linear/logistic regressions
 * fitted in TypeScript. `weights` is inputs×outputs row-major.
 */
export function buildLinearModel(options: {
  weights: ArrayLike<number>;
  inputs: number;
  outputs: number;
  bias?: ArrayLike<number>;
  activation?: 'none' | 'sigmoid' | 'relu' | 'softmax';
  type?: 'float32' | 'float64';
}): Uint8Array {
  const type = options.type ?? 'float32';
  const g = new OnnxGraphBuilder('linear')
    .input('x', type, ['batch', options.inputs])
    .initializer('W', type, [options.inputs, options.outputs], options.weights)
    .initializer('b', type, [options.outputs], options.bias ?? new Float64Array(options.outputs))
    .node('MatMul', ['x', 'W'], ['xw'])
    .node('Add', ['xw', 'b'], ['z']);
  const act = options.activation ?? 'none';
  if (act === 'none') g.node('Identity', ['z'], ['y']);
  else if (act === 'sigmoid') g.node('Sigmoid', ['z'], ['y']);
  else if (act === 'relu') g.node('Relu', ['z'], ['y']);
  else g.node('Softmax', ['z'], ['y'], { axis: -1 });
  return g.output('y', type, ['batch', options.outputs]).toBytes();
}
