/**
 * The shapes the margin methodologies work on. Everything here is plain
 * numbers (float64): the database keeps money as `numeric`, and the service
 * converts at the edge. Quantities are signed (long > 0, short < 0).
 */

export type Methodology = 'REG_T' | 'PORTFOLIO';

export type OptionRight = 'CALL' | 'PUT';

/** Contract terms of an option position (equity options: multiplier 100). */
export interface OptionTerms {
  underlyingId: string;
  right: OptionRight;
  strike: number;
  /** Time to expiry in years (≥ 0). */
  yearsToExpiry: number;
  /** Annualised implied volatility used to revalue the option (e.g. 0.25). */
  volatility: number;
  /** Continuously compounded risk-free rate (default 0). */
  rate?: number;
}

/** One position the account carries, valued at `price`. */
export interface MarginPosition {
  instrumentId: string;
  symbol: string;
  /** instrument.asset_class: equity, etf, index, fx, crypto, commodity, bond, future, option. */
  assetClass: string;
  /** Signed quantity: shares, or contracts for options. */
  quantity: number;
  /** Contract multiplier (1 for stock, 100 for listed equity options). */
  multiplier: number;
  /** Last price per unit (per share, or per option share for options). */
  price: number;
  /** Present for options; the underlying's price comes from `underlyingPrices`. */
  option?: OptionTerms;
  /** Annualised volatility of the instrument's returns (used by prediction and cross-margin). */
  volatility?: number;
}

/** The account's view of prices: instrumentId → last price. Options look up their underlying here. */
export type PriceMap = ReadonlyMap<string, number>;

/** How one position (or a covered pair) contributes to the requirement. */
export interface RequirementLine {
  instrumentId: string;
  symbol: string;
  /** Short, stable name of the rule applied, e.g. `LONG_EQUITY`, `NAKED_CALL`, `COVERED_CALL`, `SCENARIO_GROUP`. */
  rule: string;
  initial: number;
  maintenance: number;
}

export interface MarginRequirement {
  methodology: Methodology;
  /** Market value of long positions minus the value of short positions. */
  marketValue: number;
  initial: number;
  maintenance: number;
  /** Part of `initial`/`maintenance` that comes from the concentration add-on. */
  concentrationAddOn: number;
  lines: RequirementLine[];
}

/** Rates and thresholds a broker can set per account; defaults are the regulatory minimums. */
export interface RegTRates {
  /** Reg T initial margin on long and short equity (Regulation T §220.12: 50%). */
  initialRate: number;
  /** FINRA 4210(c) maintenance on long equity: 25%. */
  longMaintenanceRate: number;
  /** FINRA 4210(c) maintenance on short equity: 30% (higher floors for low-priced stock). */
  shortMaintenanceRate: number;
}

// ---------------------------------------------------------------------------
// Added with the margin methodology functions (policy, scenario, cross-margin,
// collateral haircuts, pattern day trading, liquidation planning).
// ---------------------------------------------------------------------------

/** Initial and maintenance rates (fractions of |market value|) for one asset class. */
export interface AssetClassRate {
  initial: number;
  maintenance: number;
}

/**
 * Everything a methodology needs to know about an account's margin terms.
 * `DEFAULT_MARGIN_POLICY` (marginPolicy.ts) holds the regulatory minimums and
 * the documented house defaults; `resolveMarginPolicy` merges overrides.
 */
export interface MarginPolicy {
  regT: RegTRates;
  /** Rates for asset classes other than equity/etf/option, keyed by lower-case asset class; `default` catches the rest. */
  assetClassRates: Record<string, AssetClassRate>;
  /** House concentration add-on (see computeConcentrationAddOn.ts). */
  concentration: { thresholdShare: number; thresholdValue: number; addOnRate: number };
  /** Portfolio-margin grid: relative underlying price moves × relative implied-volatility shifts. */
  scenario: { priceMoves: number[]; volShifts: number[] };
  /** Cross-margin credit between correlated product groups (see computeCrossMargin.ts). */
  crossMargin: { minCorrelation: number; creditRate: number };
  /** House multiplier (≥ 1) on the regulatory maintenance requirement; default 1. */
  houseMaintenanceMultiplier?: number;
}

/** What callers may pass instead of a full policy: any field, nested objects partially. `Partial<MarginPolicy>` fits. */
export interface MarginPolicyOverrides {
  regT?: Partial<RegTRates>;
  assetClassRates?: Record<string, AssetClassRate>;
  concentration?: Partial<MarginPolicy['concentration']>;
  scenario?: Partial<MarginPolicy['scenario']>;
  crossMargin?: Partial<MarginPolicy['crossMargin']>;
  houseMaintenanceMultiplier?: number;
}

/** One product group (an underlying and its options) under the portfolio-margin grid. */
export interface ScenarioGroupResult {
  underlyingId: string;
  symbol: string;
  /** Largest loss over the grid (negative when every scenario gains). */
  worstLoss: number;
  worstPriceMove: number;
  worstVolShift: number;
  /** max(0, worstLoss, $0.375 × multiplier × |contracts| over the group's options). */
  requirement: number;
  /** P&L per scenario: rows = price moves, columns = vol shifts (policy order). */
  pnlGrid: number[][];
}

export type ScenarioRequirement = MarginRequirement & { groups: ScenarioGroupResult[] };

export interface CrossMarginAccount {
  accountId: string;
  methodology: Methodology;
  positions: MarginPosition[];
}

export interface CrossMarginOffset {
  underlyingA: string;
  underlyingB: string;
  /** Display symbols of the two groups (the underlying's own symbol when held, else its id). */
  symbolA: string;
  symbolB: string;
  correlation: number;
  credit: number;
  /** Accounts holding positions in either group. */
  accountIds: string[];
}

export interface CrossMarginResult {
  /** Σ of the accounts' stand-alone maintenance requirements. */
  standalone: number;
  combined: number;
  /** standalone − combined, never negative. */
  saving: number;
  offsets: CrossMarginOffset[];
  perAccount: Array<{ accountId: string; standalone: number }>;
}

export type CollateralKind = 'CASH' | 'SECURITY';

export interface CollateralHolding {
  holdingId: string;
  kind: CollateralKind;
  instrumentId?: string;
  symbol?: string;
  /** equity, etf, index, bond, gold, commodity, crypto, option, future, … */
  assetClass?: string;
  currency: string;
  /** Units held (≥ 0): shares, bonds, or currency units for cash. */
  quantity: number;
  /** Price per unit in the account currency; cash defaults to 1 (pass the FX rate for foreign cash). */
  price?: number;
  /** Set when the holding cannot be valued (e.g. no FX rate into the account currency): it is ineligible, with this reason. */
  unpriced?: string;
  /** Issue rating for bonds: S&P/Fitch (AAA … D, A-1 … A-3) or Moody's (Aaa … C, P-1 … P-3). */
  rating?: string;
  /** Residual maturity in years, for bonds. */
  maturityYears?: number;
  /** Equity included in a main index (Basel CRE22.49: 20% instead of 30%). */
  mainIndex?: boolean;
  /** Bond issuer type for the haircut table; default OTHER. */
  issuer?: 'SOVEREIGN' | 'OTHER';
}

export interface HaircutPolicy {
  /** Currency the collateral is credited in; other currencies take the FX add-on. */
  accountCurrency: string;
  /** Currency-mismatch add-on (Basel CRE22, comprehensive approach: 8% for a 10-day holding period). */
  fxHaircut: number;
  /** Share of total eligible collateral above which one security's value takes the extra haircut. */
  concentrationShare: number;
  /** Extra haircut on the part of one security's value above `concentrationShare`. */
  concentrationHaircut: number;
  /** Optional house overrides of the base haircut, keyed by lower-case asset class (1 = ineligible). */
  assetClassHaircuts?: Record<string, number>;
}

export interface HaircutLine {
  holdingId: string;
  marketValue: number;
  /** Base (supervisory) haircut rate; 1 when ineligible. */
  haircutRate: number;
  /** Currency-mismatch add-on rate. */
  fxHaircut: number;
  /** Concentration add-on as a rate on this holding's whole market value. */
  concentrationHaircut: number;
  /** marketValue × (1 − haircutRate − fxHaircut − concentrationHaircut), floored at 0. */
  collateralValue: number;
  eligible: boolean;
  reason?: string;
}

export interface HaircutResult {
  lines: HaircutLine[];
  marketValue: number;
  collateralValue: number;
}

export interface TradeExecution {
  instrumentId: string;
  side: 'BUY' | 'SELL';
  quantity: number;
  ts: Date;
}

export interface PatternDayTraderStatus {
  dayTrades: number;
  totalTrades: number;
  windowStart: Date;
  isPatternDayTrader: boolean;
  minimumEquity: number;
}

export interface BuyingPowerInput {
  equity: number;
  initialRequirement: number;
  maintenanceRequirement: number;
  /** Initial margin rate used to gear excess into buying power (Reg T: 0.5). */
  initialRate: number;
  isPatternDayTrader: boolean;
}

export interface BuyingPower {
  /** equity − initial requirement (may be negative). */
  excess: number;
  /** equity − maintenance requirement (may be negative). */
  maintenanceExcess: number;
  buyingPower: number;
  dayTradingBuyingPower: number;
}

export interface LiquidationOptions {
  /** The requirement of a set of positions (e.g. `ps => computeRegTRequirement(ps, prices).maintenance`). */
  requirementOf: (positions: MarginPosition[]) => number;
  /** Optional equity of a set of positions, when closing changes equity beyond the cost (e.g. collateral haircuts). */
  equityOf?: (positions: MarginPosition[]) => number;
  /** Fraction of the traded value lost when closing; default 0.005 for options, 0.001 otherwise. */
  costRate?: (position: MarginPosition) => number;
}

export interface LiquidationStep {
  instrumentId: string;
  symbol: string;
  /** Signed trade: negative sells (closes a long), positive buys (covers a short). */
  quantity: number;
  /** |quantity| × multiplier × price. */
  value: number;
  cost: number;
  requirementReleased: number;
}

export interface LiquidationPlan {
  steps: LiquidationStep[];
  totalCost: number;
  cured: boolean;
  remainingDeficit: number;
}
