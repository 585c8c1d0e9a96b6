/** Asset classes the demo world knows, lowercase as stored and exposed. */
export const ASSET_CLASSES = ['equity', 'etf', 'index', 'fx', 'crypto', 'commodity', 'bond'] as const;
export type AssetClass = (typeof ASSET_CLASSES)[number];

/** Valid instrument symbols: uppercase, digits and `. - = ^ /`, 1–32 characters. */
export const SYMBOL_PATTERN = /^[A-Z0-9][A-Z0-9.\-=^/]{0,31}$/;

/**
 * Parameters of one instrument's price process (see `MarketModel`):
 * dS/S = μ dt + σ·v(t) dW + (e^Y − 1) dN − λκ dt, with N a Poisson process of
 * intensity λ and log jump sizes Y ~ N(jumpMean, jumpStd²) (Merton 1976).
 * All rates are per trading year of 252 days.
 */
export interface ProcessParams {
  /** μ: expected simple return per year (the jump compensator keeps E[S_t] = S_0·e^{μt}). */
  annualDrift: number;
  /** σ: diffusion volatility per √year, excluding jumps. */
  annualVol: number;
  /** λ: expected number of jumps per year (0 for none). */
  jumpIntensity: number;
  /** Mean of the log jump size Y. */
  jumpMean: number;
  /** Standard deviation of the log jump size Y. */
  jumpStd: number;
}

/** One simulated instrument: reference data plus its price process. */
export interface InstrumentSpec extends ProcessParams {
  /** Matches `SYMBOL_PATTERN`, e.g. 'AAPL', 'EURUSD', 'CL=F'. */
  symbol: string;
  name: string;
  assetClass: AssetClass;
  /** ISO 4217 currency the price is quoted in. */
  currency: string;
  /** Listing venue (MIC-like short name, or 'OTC', 'INDEX'). */
  exchange: string;
  /** Minimum price increment; every simulated price is a whole number of ticks. */
  tickSize: number;
  /** Contract multiplier (1 for shares; 1000 for a crude-oil future). */
  multiplier: number;
  /**
   * The demo world's "today" price: generated history is scaled so its last
   * daily close equals it, and the live simulator starts from it when no
   * stored price is given.
   */
  initialPrice: number;
  /** Typical daily volume in units (shares, contracts, coins); sets bar volumes and quote sizes. */
  averageDailyVolume: number;
  /**
   * Factor exposures that shape the correlation matrix (see
   * `buildFactorCorrelation`): keys are latent factors ('tech', 'rates', …) or
   * symbols listed earlier in the universe (so 'QQQ' can load on 'SPY').
   */
  factorLoadings: Readonly<Record<string, number>>;
  /** 'calibrated' when drift, volatility and correlations come from real history, else 'assumed'. */
  parameterSource: 'calibrated' | 'assumed';
}

/** The instruments and the correlation matrix of their Brownian shocks, in the same order. */
export interface MarketUniverse {
  instruments: readonly InstrumentSpec[];
  /** Symmetric, unit diagonal, positive definite; row i belongs to `instruments[i]`. */
  correlation: readonly (readonly number[])[];
}
