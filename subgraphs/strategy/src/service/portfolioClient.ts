import { randomUUID } from 'node:crypto';
import { signRequest, type Clock } from '@nautilus/runtime';

/** A trade as portfolio's `recordTrades` takes it, keyed for idempotency. */
export interface TradeToRecord {
  symbol: string;
  side: 'BUY' | 'SELL';
  quantity: number;
  price: number;
  fees: number;
  ts: string;
  externalId: string;
}

/** Why portfolio refused a trade (a permanent answer, unlike a network failure). */
export class TradeRefusedError extends Error {
  override name = 'TradeRefusedError';
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

/** Where paper fills become portfolio trades. */
export interface TradeRecorder {
  /** Records the trades (all or none); returns portfolio's trade ids in order. Retrying with the same external ids is safe. */
  recordTrades(portfolioId: string, trades: readonly TradeToRecord[]): Promise<string[]>;
}

export interface PortfolioClientOptions {
  /** Portfolio's subgraph endpoint (PORTFOLIO_URL, else its registry port). */
  url: string;
  /** The internal secret: portfolio refuses unsigned calls. */
  secret: string;
  clock: Clock;
  timeoutMs?: number;
}

/**
 * Calls portfolio's own `recordTrades` mutation over a signed subgraph request (the same HMAC the
 * gateway signs with), so paper fills go through portfolio's validation and transaction and strategy
 * never writes portfolio's tables. Each trade carries `externalId`, so a retry after a lost answer
 * finds the trade instead of writing it twice.
 */
export class PortfolioClient implements TradeRecorder {
  constructor(private readonly options: PortfolioClientOptions) {}

  async recordTrades(portfolioId: string, trades: readonly TradeToRecord[]): Promise<string[]> {
    const body = JSON.stringify({
      query: 'mutation RecordPaperFills($i: RecordTradesInput!) { recordTrades(input: $i) { id externalId } }',
      variables: { i: { portfolioId, trades } },
    });
    const headers = signRequest({ secret: this.options.secret, body, timestamp: this.options.clock.now(), user: 'strategy-engine', requestId: randomUUID() });
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    });
    const result = (await response.json().catch(() => null)) as { data?: { recordTrades?: Array<{ id: string }> } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> } | null;
    const error = result?.errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') throw new TradeRefusedError(error.message, code);
      throw new Error(`portfolio answered ${code}: ${error.message}`);
    }
    if (!response.ok || !result?.data?.recordTrades) throw new Error(`portfolio answered HTTP ${response.status}`);
    return result.data.recordTrades.map((t) => t.id);
  }
}
