/** The pure margin methodology functions, for the service layer. */
export * from './types.ts';
export { DEFAULT_MARGIN_POLICY, resolveMarginPolicy, assetClassRate } from './marginPolicy.ts';
export { computeRegTRequirement } from './computeRegTRequirement.ts';
export { computeScenarioRequirement } from './computeScenarioRequirement.ts';
export { evaluateScenarioGroups, MINIMUM_PER_CONTRACT, type ScenarioEvaluation } from './evaluateScenarioGroups.ts';
export { computeRequirement } from './computeRequirement.ts';
export { computeConcentrationAddOn } from './computeConcentrationAddOn.ts';
export { computeCrossMargin } from './computeCrossMargin.ts';
export { applyHaircuts } from './applyHaircuts.ts';
export { haircutRate, describeHaircut, type HaircutDescription } from './haircutRate.ts';
export { DEFAULT_HAIRCUT_POLICY, resolveHaircutPolicy } from './haircutPolicy.ts';
export { evaluatePatternDayTrader, MARGIN_MINIMUM_EQUITY } from './evaluatePatternDayTrader.ts';
export { computeBuyingPower, PATTERN_DAY_TRADER_MINIMUM_EQUITY } from './computeBuyingPower.ts';
export { planLiquidation, defaultCostRate } from './planLiquidation.ts';
export { nakedOptionRequirementPerShare } from './nakedOptionRequirement.ts';
export { shortStockMaintenancePerShare } from './shortStockMaintenance.ts';
export { optionModelPrice } from './optionModelPrice.ts';
