/**
 * @nautilus/accel — the heavy math of every Nautilus engine: pure, typed,
 * seeded functions over typed arrays, plus `createAccel()` which routes the
 * big workloads to the fastest measured backend (js, threads, gpu, onnx).
 * No GraphQL, no database in here.
 */
export { createAccel, sharedJsAccel, type Accel, type AccelOptions, type AccelStatus, type RunOptions, type RoutedInfo } from './createAccel.ts';
export { AccelError, AccelErrorCode } from './errors/AccelError.ts';
export type { Backend, BackendName, BackendProbe, RunControl, Workload } from './backends/Backend.ts';
export { CALIBRATED_WORKLOADS } from './backends/Backend.ts';
export type { CalibrationTable, CalibrationEntry } from './router/CalibrationTable.ts';
export type { RoutingDecision, BackendFailure } from './router/Router.ts';

// random numbers
export { createRng } from './rng/createRng.ts';
export { Xoshiro128 } from './rng/Xoshiro128.ts';

// closed forms
export { blackScholes, blackScholesPrice, type BlackScholesInput, type BlackScholesResult, type OptionType } from './closedform/blackScholes.ts';
export { impliedVolatility, type ImpliedVolatilityInput } from './closedform/impliedVolatility.ts';
export { geometricAsianPrice, type GeometricAsianInput } from './closedform/geometricAsianPrice.ts';
export { barrierPrice, type BarrierInput, type BarrierKind } from './closedform/barrierPrice.ts';
export { mertonJumpPrice, type JumpParams } from './closedform/mertonJumpPrice.ts';
export { normCdf, normInv, normPdf } from './closedform/normal.ts';
export { yearsToExpiry, DAYS_PER_YEAR, EXPIRY_UTC_HOUR } from './closedform/yearsToExpiry.ts';

// Monte Carlo (specs and results; run them with accel.priceOption / accel.firstPassage / accel.portfolioRisk)
export type { OptionSpec, PayoffKind } from './montecarlo/OptionSpec.ts';
export type { PortfolioSpec } from './montecarlo/PortfolioSpec.ts';
export type { FirstPassageSpec, FirstPassageEstimate } from './montecarlo/firstPassage.ts';
export type { MonteCarloPrice } from './montecarlo/summarizeOption.ts';
export type { PortfolioRisk, RiskAtLevel } from './montecarlo/summarizePnl.ts';

// linear algebra
export { matrix, fromRows, toRows, allocShared, toShared, identity, transpose, type Matrix } from './linalg/Matrix.ts';
export { matmul, matvec } from './linalg/matmul.ts';
export { covariance, correlation, covarianceToCorrelation, type CovarianceOptions } from './linalg/covariance.ts';
export { ledoitWolf, type LedoitWolfResult } from './linalg/ledoitWolf.ts';
export { cholesky, type CholeskyOptions } from './linalg/cholesky.ts';
export { nearestPositiveDefinite } from './linalg/nearestPositiveDefinite.ts';
export { solve, inverse } from './linalg/solve.ts';
export { symmetricEigen, type EigenResult } from './linalg/symmetricEigen.ts';
export { pca, type PcaResult } from './linalg/pca.ts';

// indicators
export { panel, panelFromSeries, seriesOf, type Panel } from './indicators/Panel.ts';
export { computeIndicator, type IndicatorInputs, type IndicatorOutputs } from './indicators/computeIndicator.ts';
export type { IndicatorName, IndicatorParams } from './indicators/indicatorKernels.ts';

// backtests
export { sweepMaCrossover, maSweepRange, maSweepAccumulate, closePanelPrefix, validateMaSweepSpec, maSweepSize, type MaSweepSpec, type MaSweepKernelInput, type MaSweepResult, type MaSweepFees } from './backtest/maSweep.ts';

// optimisation
export { optimizeMeanVariance, type MeanVarianceInput, type MeanVarianceObjective, type PortfolioWeights } from './optimize/optimizeMeanVariance.ts';
export type { PortfolioConstraints } from './optimize/PortfolioConstraints.ts';
export { riskParity, type RiskParityInput, type RiskParityResult } from './optimize/riskParity.ts';
export { hierarchicalRiskParity, type HrpResult } from './optimize/hierarchicalRiskParity.ts';
export { solveLinearProgram, type LinearProgram, type LinearProgramRow, type LinearProgramSolution } from './optimize/solveLinearProgram.ts';
export { optimizeConstrained, trackingErrorOf, type ConstrainedObjective, type ConstrainedPortfolioInput, type ConstrainedPortfolioWeights, type BenchmarkMoments, type TurnoverLimit } from './optimize/optimizeConstrained.ts';
export { minimizeCvar, portfolioCvar, type MeanCvarInput, type MeanCvarResult } from './optimize/minimizeCvar.ts';
export { blackLitterman, type BlackLittermanInput, type BlackLittermanResult, type BlackLittermanView, type ViewUncertainty } from './optimize/blackLitterman.ts';
export { ewmaCovariance, type EwmaCovarianceOptions } from './optimize/ewmaCovariance.ts';
export { allocateDiscrete, type DiscreteAllocation, type DiscreteAllocationInput } from './optimize/allocateDiscrete.ts';

// ONNX
export { loadOnnxModel, onnxProviders, OnnxModel, type LoadOnnxOptions, type OnnxTensor } from './onnx/loadOnnxModel.ts';
export { OnnxGraphBuilder, buildLinearModel, type OnnxElementType } from './onnx/OnnxGraphBuilder.ts';
