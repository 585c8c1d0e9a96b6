import type { AssetClass, InstrumentSpec, MarketUniverse } from './InstrumentSpec.ts';
import { SYMBOL_PATTERN } from './InstrumentSpec.ts';
import type { HistoryCalibration } from './calibrateFromHistory.ts';
import { buildFactorCorrelation } from './buildFactorCorrelation.ts';

/**
 * Latent factors the demo's loadings may use besides earlier symbols: a
 * global equity market (only SPY loads on it directly; everything else loads
 * on SPY), sectors, and cross-asset drivers.
 */
export const DEMO_FACTORS = [
  'market', 'tech', 'financials', 'energy', 'consumer', 'healthcare', 'industrial', 'china',
  'smallcap', 'emerging', 'rates', 'usd', 'gold', 'oil', 'crypto',
] as const;

/**
 * Jump assumptions per asset class (λ per year, mean and stdev of the log
 * jump). Rough orders of magnitude from the jump-diffusion literature
 * (e.g. Andersen, Benzoni & Lund 2002, J. Finance 57(3), for equity indices;
 * single stocks jump more often and further); chosen for a lively but sane demo.
 */
const JUMPS: Record<AssetClass, { jumpIntensity: number; jumpMean: number; jumpStd: number }> = {
  equity: { jumpIntensity: 1.5, jumpMean: -0.02, jumpStd: 0.05 },
  etf: { jumpIntensity: 0.5, jumpMean: -0.02, jumpStd: 0.03 },
  index: { jumpIntensity: 0.5, jumpMean: -0.02, jumpStd: 0.03 },
  fx: { jumpIntensity: 1, jumpMean: 0, jumpStd: 0.008 },
  crypto: { jumpIntensity: 4, jumpMean: -0.01, jumpStd: 0.08 },
  commodity: { jumpIntensity: 1.5, jumpMean: 0, jumpStd: 0.04 },
  bond: { jumpIntensity: 0.5, jumpMean: 0, jumpStd: 0.008 },
};

/**
 * Calibrated drift estimates carry 10–20%/year standard errors over five
 * years, so they are clamped into this band before simulating; otherwise a
 * five-year demo history would send SHLD to zero and AMD to the moon.
 */
const CALIBRATED_DRIFT_RANGE = { min: -0.05, max: 0.25 } as const;

interface Row {
  symbol: string;
  name: string;
  assetClass: AssetClass;
  exchange: string;
  currency?: string;
  tickSize?: number;
  multiplier?: number;
  price: number;
  adv: number;
  /** Assumed expected return per year (replaced by calibration when available). */
  drift: number;
  /** Assumed total volatility per √year including jumps (replaced by calibration when available). */
  vol: number;
  loadings: Record<string, number>;
  /** Copy drift, volatility and jumps from this symbol (an index and its ETF). */
  tracks?: string;
}

/*
 * The demo world. The first 21 rows are the symbols of the real fixtures
 * (shared/fixtures/market); their drift, volatility and correlations come from
 * `calibrateFromHistory` when a calibration is passed, and from the assumed
 * values below otherwise. Prices are plausible round "today" levels for a demo,
 * not quotes; volatilities and drifts of the others are typical long-run
 * values for their asset class (equity 15–60%, FX 8–11%, crypto 65–80%,
 * Treasuries 6–15%).
 */
const ROWS: Row[] = [
  { symbol: 'SPY', name: 'SPDR S&P 500 ETF Trust', assetClass: 'etf', exchange: 'ARCX', price: 560, adv: 60e6, drift: 0.09, vol: 0.17, loadings: { market: 0.97 } },
  { symbol: 'GOOG', name: 'Alphabet Inc. Class C', assetClass: 'equity', exchange: 'XNAS', price: 170, adv: 20e6, drift: 0.14, vol: 0.28, loadings: { SPY: 0.6, tech: 0.4 } },
  { symbol: 'AAPL', name: 'Apple Inc.', assetClass: 'equity', exchange: 'XNAS', price: 220, adv: 55e6, drift: 0.15, vol: 0.28, loadings: { SPY: 0.6, tech: 0.35 } },
  { symbol: 'FB', name: 'Facebook (Meta Platforms) Inc.', assetClass: 'equity', exchange: 'XNAS', price: 580, adv: 15e6, drift: 0.15, vol: 0.35, loadings: { SPY: 0.55, tech: 0.4 } },
  { symbol: 'BABA', name: 'Alibaba Group Holding Ltd. ADR', assetClass: 'equity', exchange: 'XNYS', price: 90, adv: 12e6, drift: 0.08, vol: 0.38, loadings: { SPY: 0.45, china: 0.6, tech: 0.2 } },
  { symbol: 'AMZN', name: 'Amazon.com Inc.', assetClass: 'equity', exchange: 'XNAS', price: 190, adv: 40e6, drift: 0.15, vol: 0.32, loadings: { SPY: 0.5, tech: 0.35, consumer: 0.2 } },
  { symbol: 'GE', name: 'General Electric Co.', assetClass: 'equity', exchange: 'XNYS', price: 170, adv: 6e6, drift: 0.07, vol: 0.28, loadings: { SPY: 0.6, industrial: 0.4 } },
  { symbol: 'AMD', name: 'Advanced Micro Devices Inc.', assetClass: 'equity', exchange: 'XNAS', price: 150, adv: 45e6, drift: 0.15, vol: 0.55, loadings: { SPY: 0.4, tech: 0.45 } },
  { symbol: 'WMT', name: 'Walmart Inc.', assetClass: 'equity', exchange: 'XNYS', price: 80, adv: 15e6, drift: 0.07, vol: 0.2, loadings: { SPY: 0.45, consumer: 0.4 } },
  { symbol: 'BAC', name: 'Bank of America Corp.', assetClass: 'equity', exchange: 'XNYS', price: 40, adv: 35e6, drift: 0.09, vol: 0.3, loadings: { SPY: 0.65, financials: 0.55 } },
  { symbol: 'GM', name: 'General Motors Co.', assetClass: 'equity', exchange: 'XNYS', price: 48, adv: 12e6, drift: 0.07, vol: 0.32, loadings: { SPY: 0.6, industrial: 0.35, consumer: 0.2 } },
  { symbol: 'T', name: 'AT&T Inc.', assetClass: 'equity', exchange: 'XNYS', price: 22, adv: 30e6, drift: 0.05, vol: 0.2, loadings: { SPY: 0.5, consumer: 0.2 } },
  { symbol: 'UAA', name: 'Under Armour Inc. Class A', assetClass: 'equity', exchange: 'XNYS', price: 8, adv: 8e6, drift: 0.05, vol: 0.45, loadings: { SPY: 0.4, consumer: 0.45 } },
  { symbol: 'SHLD', name: 'Sears Holdings Corp.', assetClass: 'equity', exchange: 'XNAS', price: 5, adv: 1e6, drift: -0.05, vol: 0.7, loadings: { SPY: 0.25, consumer: 0.35 } },
  { symbol: 'XOM', name: 'Exxon Mobil Corp.', assetClass: 'equity', exchange: 'XNYS', price: 115, adv: 15e6, drift: 0.07, vol: 0.22, loadings: { SPY: 0.6, energy: 0.5 } },
  { symbol: 'RRC', name: 'Range Resources Corp.', assetClass: 'equity', exchange: 'XNYS', price: 33, adv: 3e6, drift: 0.05, vol: 0.5, loadings: { SPY: 0.35, energy: 0.6 } },
  { symbol: 'BBY', name: 'Best Buy Co. Inc.', assetClass: 'equity', exchange: 'XNYS', price: 85, adv: 3e6, drift: 0.08, vol: 0.38, loadings: { SPY: 0.4, consumer: 0.45 } },
  { symbol: 'MA', name: 'Mastercard Inc.', assetClass: 'equity', exchange: 'XNYS', price: 500, adv: 3e6, drift: 0.14, vol: 0.25, loadings: { SPY: 0.75, financials: 0.3 } },
  { symbol: 'PFE', name: 'Pfizer Inc.', assetClass: 'equity', exchange: 'XNYS', price: 27, adv: 35e6, drift: 0.05, vol: 0.2, loadings: { SPY: 0.6, healthcare: 0.45 } },
  { symbol: 'JPM', name: 'JPMorgan Chase & Co.', assetClass: 'equity', exchange: 'XNYS', price: 220, adv: 9e6, drift: 0.1, vol: 0.26, loadings: { SPY: 0.75, financials: 0.5 } },
  { symbol: 'SBUX', name: 'Starbucks Corp.', assetClass: 'equity', exchange: 'XNAS', price: 95, adv: 9e6, drift: 0.08, vol: 0.26, loadings: { SPY: 0.55, consumer: 0.4 } },
  // Other equities: loadings on SPY and on calibrated peers carry the real co-movement over.
  { symbol: 'MSFT', name: 'Microsoft Corp.', assetClass: 'equity', exchange: 'XNAS', price: 420, adv: 22e6, drift: 0.12, vol: 0.25, loadings: { SPY: 0.55, AAPL: 0.15, GOOG: 0.15, tech: 0.2 } },
  { symbol: 'NVDA', name: 'NVIDIA Corp.', assetClass: 'equity', exchange: 'XNAS', price: 130, adv: 250e6, drift: 0.18, vol: 0.5, loadings: { SPY: 0.45, AMD: 0.35, tech: 0.25 } },
  { symbol: 'TSLA', name: 'Tesla Inc.', assetClass: 'equity', exchange: 'XNAS', price: 250, adv: 90e6, drift: 0.1, vol: 0.6, loadings: { SPY: 0.4, GM: 0.15, tech: 0.2 } },
  { symbol: 'NFLX', name: 'Netflix Inc.', assetClass: 'equity', exchange: 'XNAS', price: 700, adv: 4e6, drift: 0.12, vol: 0.4, loadings: { SPY: 0.4, tech: 0.3, consumer: 0.15 } },
  { symbol: 'KO', name: 'Coca-Cola Co.', assetClass: 'equity', exchange: 'XNYS', price: 68, adv: 14e6, drift: 0.06, vol: 0.16, loadings: { SPY: 0.45, WMT: 0.2, consumer: 0.25 } },
  { symbol: 'JNJ', name: 'Johnson & Johnson', assetClass: 'equity', exchange: 'XNYS', price: 155, adv: 7e6, drift: 0.06, vol: 0.17, loadings: { SPY: 0.45, PFE: 0.3, healthcare: 0.2 } },
  { symbol: 'CVX', name: 'Chevron Corp.', assetClass: 'equity', exchange: 'XNYS', price: 150, adv: 8e6, drift: 0.07, vol: 0.26, loadings: { XOM: 0.75, energy: 0.25 } },
  { symbol: 'GS', name: 'Goldman Sachs Group Inc.', assetClass: 'equity', exchange: 'XNYS', price: 520, adv: 2.5e6, drift: 0.09, vol: 0.28, loadings: { JPM: 0.6, SPY: 0.2, financials: 0.2 } },
  // ETFs.
  { symbol: 'QQQ', name: 'Invesco QQQ Trust', assetClass: 'etf', exchange: 'XNAS', price: 480, adv: 40e6, drift: 0.12, vol: 0.21, loadings: { SPY: 0.75, AAPL: 0.08, GOOG: 0.06, AMZN: 0.06, MSFT: 0.06, NVDA: 0.05, tech: 0.15 } },
  { symbol: 'IWM', name: 'iShares Russell 2000 ETF', assetClass: 'etf', exchange: 'ARCX', price: 220, adv: 28e6, drift: 0.08, vol: 0.22, loadings: { SPY: 0.8, smallcap: 0.4 } },
  { symbol: 'EEM', name: 'iShares MSCI Emerging Markets ETF', assetClass: 'etf', exchange: 'ARCX', price: 42, adv: 30e6, drift: 0.06, vol: 0.2, loadings: { SPY: 0.5, BABA: 0.2, emerging: 0.5, usd: -0.2 } },
  { symbol: 'TLT', name: 'iShares 20+ Year Treasury Bond ETF', assetClass: 'etf', exchange: 'XNAS', price: 92, adv: 35e6, drift: 0.03, vol: 0.15, loadings: { rates: 0.9, SPY: -0.2 } },
  { symbol: 'GLD', name: 'SPDR Gold Shares', assetClass: 'etf', exchange: 'ARCX', price: 215, adv: 8e6, drift: 0.05, vol: 0.15, loadings: { gold: 0.92, usd: -0.25 } },
  { symbol: 'XLF', name: 'Financial Select Sector SPDR Fund', assetClass: 'etf', exchange: 'ARCX', price: 45, adv: 40e6, drift: 0.09, vol: 0.2, loadings: { JPM: 0.45, BAC: 0.3, SPY: 0.2, financials: 0.1 } },
  { symbol: 'XLE', name: 'Energy Select Sector SPDR Fund', assetClass: 'etf', exchange: 'ARCX', price: 90, adv: 15e6, drift: 0.07, vol: 0.25, loadings: { XOM: 0.55, CVX: 0.3, RRC: 0.05, energy: 0.1 } },
  // Indices move with their ETFs (same process parameters, near-perfect correlation); no volume.
  { symbol: 'SPX', name: 'S&P 500 Index', assetClass: 'index', exchange: 'INDEX', price: 5600, adv: 0, drift: 0.09, vol: 0.17, loadings: { SPY: 0.995 }, tracks: 'SPY' },
  { symbol: 'NDX', name: 'Nasdaq-100 Index', assetClass: 'index', exchange: 'INDEX', price: 19500, adv: 0, drift: 0.12, vol: 0.21, loadings: { QQQ: 0.995 }, tracks: 'QQQ' },
  { symbol: 'RUT', name: 'Russell 2000 Index', assetClass: 'index', exchange: 'INDEX', price: 2200, adv: 0, drift: 0.08, vol: 0.22, loadings: { IWM: 0.995 }, tracks: 'IWM' },
  // FX spot (volume in units of the base currency).
  { symbol: 'EURUSD', name: 'Euro / US Dollar', assetClass: 'fx', exchange: 'OTC', tickSize: 0.00001, price: 1.08, adv: 2e9, drift: 0, vol: 0.08, loadings: { usd: -0.8, SPY: 0.1 } },
  { symbol: 'GBPUSD', name: 'British Pound / US Dollar', assetClass: 'fx', exchange: 'OTC', tickSize: 0.00001, price: 1.27, adv: 1e9, drift: 0, vol: 0.09, loadings: { EURUSD: 0.65, usd: -0.2 } },
  { symbol: 'USDJPY', name: 'US Dollar / Japanese Yen', assetClass: 'fx', exchange: 'OTC', currency: 'JPY', tickSize: 0.001, price: 150, adv: 1e9, drift: 0, vol: 0.1, loadings: { usd: 0.6, SPY: 0.15, rates: -0.25 } },
  { symbol: 'AUDUSD', name: 'Australian Dollar / US Dollar', assetClass: 'fx', exchange: 'OTC', tickSize: 0.00001, price: 0.66, adv: 5e8, drift: 0, vol: 0.11, loadings: { usd: -0.5, SPY: 0.35, emerging: 0.15 } },
  // Crypto (volume in coins).
  { symbol: 'BTCUSD', name: 'Bitcoin / US Dollar', assetClass: 'crypto', exchange: 'CRYPTO', price: 65000, adv: 30000, drift: 0.2, vol: 0.65, loadings: { crypto: 0.85, SPY: 0.25 } },
  { symbol: 'ETHUSD', name: 'Ether / US Dollar', assetClass: 'crypto', exchange: 'CRYPTO', price: 3400, adv: 400000, drift: 0.2, vol: 0.8, loadings: { BTCUSD: 0.8, crypto: 0.1 } },
  // Commodity futures (front month, volume in contracts).
  { symbol: 'CL=F', name: 'WTI Crude Oil Futures', assetClass: 'commodity', exchange: 'NYMEX', multiplier: 1000, price: 75, adv: 300000, drift: 0.02, vol: 0.35, loadings: { oil: 0.8, SPY: 0.2, XOM: 0.1 } },
  { symbol: 'GC=F', name: 'Gold Futures', assetClass: 'commodity', exchange: 'COMEX', tickSize: 0.1, multiplier: 100, price: 2400, adv: 200000, drift: 0.05, vol: 0.15, loadings: { GLD: 0.98 }, tracks: 'GLD' },
  { symbol: 'SI=F', name: 'Silver Futures', assetClass: 'commodity', exchange: 'COMEX', tickSize: 0.005, multiplier: 5000, price: 29, adv: 80000, drift: 0.04, vol: 0.28, loadings: { 'GC=F': 0.75, SPY: 0.15 } },
  // Treasury futures (price in points, ticks of 1/64 and 1/32).
  { symbol: 'ZN=F', name: '10-Year US Treasury Note Futures', assetClass: 'bond', exchange: 'CBOT', tickSize: 1 / 64, multiplier: 1000, price: 110, adv: 1.5e6, drift: 0.02, vol: 0.065, loadings: { TLT: 0.9 } },
  { symbol: 'ZB=F', name: '30-Year US Treasury Bond Futures', assetClass: 'bond', exchange: 'CBOT', tickSize: 1 / 32, multiplier: 1000, price: 118, adv: 400000, drift: 0.03, vol: 0.15, loadings: { TLT: 0.97 }, tracks: 'TLT' },
];

export interface CreateDemoUniverseOptions {
  /**
   * Estimates from real history (`calibrateFromHistory` over the fixtures):
   * symbols it covers take its volatility, clamped drift and correlations;
   * without it every instrument uses the assumed values above.
   */
  calibration?: HistoryCalibration;
}

/**
 * The ~50 demo instruments (US equities, ETFs, indices, FX, crypto,
 * commodity and Treasury futures) with their price processes and a
 * positive-definite correlation matrix, for seeding history and driving the
 * live simulator when no data-source credentials exist.
 *
 * Volatility handling: a row's (or the calibration's) volatility is the total
 * volatility of log returns; the diffusion part is what remains after the
 * asset class's jump variance, σ_d = √(σ² − λ(m² + δ²)), floored at σ/√2 so
 * jumps never make up more than half the variance (`totalAnnualVolatility`
 * of the result gives σ back when the floor is not hit).
 *
 * @throws Error when the table is inconsistent (bad symbol, duplicate, a
 *   loading on an unknown factor) — a programming error, caught by the tests.
 */
export function createDemoUniverse({ calibration }: CreateDemoUniverseOptions = {}): MarketUniverse {
  const calibratedIndex = new Map((calibration?.symbols ?? []).map((s, i) => [s, i]));
  const bySymbol = new Map<string, InstrumentSpec>();
  const instruments = ROWS.map((row): InstrumentSpec => {
    if (!SYMBOL_PATTERN.test(row.symbol)) throw new Error(`createDemoUniverse: bad symbol '${row.symbol}'`);
    if (bySymbol.has(row.symbol)) throw new Error(`createDemoUniverse: duplicate symbol '${row.symbol}'`);
    const c = calibratedIndex.get(row.symbol);
    const jumps = JUMPS[row.assetClass];
    let drift = row.drift;
    let totalVol = row.vol;
    if (calibration && c !== undefined) {
      drift = Math.min(CALIBRATED_DRIFT_RANGE.max, Math.max(CALIBRATED_DRIFT_RANGE.min, calibration.annualDrift[c]!));
      totalVol = calibration.annualVol[c]!;
    }
    const jumpVariance = jumps.jumpIntensity * (jumps.jumpMean ** 2 + jumps.jumpStd ** 2);
    let spec: InstrumentSpec = {
      symbol: row.symbol,
      name: row.name,
      assetClass: row.assetClass,
      currency: row.currency ?? 'USD',
      exchange: row.exchange,
      tickSize: row.tickSize ?? 0.01,
      multiplier: row.multiplier ?? 1,
      initialPrice: row.price,
      averageDailyVolume: row.adv,
      annualDrift: drift,
      annualVol: Math.sqrt(Math.max(totalVol * totalVol - jumpVariance, (totalVol * totalVol) / 2)),
      ...jumps,
      factorLoadings: row.loadings,
      parameterSource: c !== undefined ? 'calibrated' : 'assumed',
    };
    const tracked = row.tracks ? bySymbol.get(row.tracks) : undefined;
    if (row.tracks && !tracked) throw new Error(`createDemoUniverse: ${row.symbol} tracks unknown ${row.tracks}`);
    if (tracked) {
      const { annualDrift, annualVol, jumpIntensity, jumpMean, jumpStd, parameterSource } = tracked;
      spec = { ...spec, annualDrift, annualVol, jumpIntensity, jumpMean, jumpStd, parameterSource };
    }
    bySymbol.set(row.symbol, spec);
    return spec;
  });

  const calibratedSymbols = calibration?.symbols.filter((s) => bySymbol.has(s)) ?? [];
  const calibrated = calibration
    ? {
        symbols: calibratedSymbols,
        correlation: calibratedSymbols.map((a) =>
          calibratedSymbols.map((b) => calibration.correlation[calibratedIndex.get(a)!]![calibratedIndex.get(b)!]!),
        ),
      }
    : undefined;
  const correlation = buildFactorCorrelation({ instruments, factors: DEMO_FACTORS, ...(calibrated ? { calibrated } : {}) });
  return { instruments, correlation };
}
