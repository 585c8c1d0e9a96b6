/**
 * The linear algebra kernels alone (`@nautilus/accel/linalg`): pure typed-array
 * functions with no backend, worker pool or native runtime, for callers that
 * need a Cholesky or a covariance without loading ONNX Runtime.
 */
export * from './Matrix.ts';
export * from './cholesky.ts';
export * from './covariance.ts';
export * from './ledoitWolf.ts';
export * from './matmul.ts';
export * from './nearestPositiveDefinite.ts';
export * from './pca.ts';
export * from './solve.ts';
export * from './symmetricEigen.ts';
