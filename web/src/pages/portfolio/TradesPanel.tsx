import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { TradeSide } from '../../__generated__/graphql.ts';
import { GatewayError } from '../../graphql/GatewayError.ts';
import { useMutation, useQuery } from '../../graphql/hooks.tsx';
import { DataTable, FieldError, Panel, fieldErrorFor, type Column } from '../../ui/index.ts';
import { formatDateTime, formatMoney, formatQuantity } from '../../ui/formatFigures.ts';
import { emptyTradeRow, firstUnreadable, toTradeInputs, type TradeRow } from './tradeForm.ts';

const TradesQuery = graphql(`
  query PortfolioTrades($id: ID!) {
    portfolio(id: $id) {
      id
      trades(first: 25) {
        totalCount
        edges {
          node {
            id
            symbol
            side
            quantity
            price
            fees
            ts
          }
        }
      }
    }
  }
`);

const RecordTrades = graphql(`
  mutation PortfolioRecordTrades($input: RecordTradesInput!) {
    recordTrades(input: $input) {
      id
      symbol
      side
      quantity
      price
    }
  }
`);

interface TradeLine {
  id: string;
  symbol: string;
  side: TradeSide;
  quantity: number;
  price: number;
  fees: number;
  ts: unknown;
}

const columns: Column<TradeLine>[] = [
  { key: 'ts', header: 'Time', render: (t) => formatDateTime(String(t.ts)) },
  { key: 'side', header: 'Side', render: (t) => <span className={t.side === 'BUY' ? 'up' : 'down'}>{t.side}</span> },
  { key: 'symbol', header: 'Symbol', render: (t) => <span className="symbol">{t.symbol}</span> },
  { key: 'qty', header: 'Quantity', numeric: true, render: (t) => formatQuantity(t.quantity) },
  { key: 'price', header: 'Price', numeric: true, render: (t) => formatMoney(t.price, { cents: true }) },
  { key: 'fees', header: 'Fees', numeric: true, hideOnMobile: true, render: (t) => formatMoney(t.fees, { cents: true }) },
];

/** The latest trades and the record-trades form (one or more rows, written all or none). */
export function TradesPanel({ portfolioId, onRecorded }: { portfolioId: string; onRecorded: () => void }) {
  const { data, error, loading, refetch, retryAt } = useQuery(TradesQuery, { id: portfolioId });
  const trades = data?.portfolio?.trades;
  return (
    <Panel title="Trades" subtitle={trades ? `${trades.totalCount} in all, newest first` : undefined} loading={loading} error={error} retryAt={retryAt} onRetry={refetch} hasData={data !== undefined}>
      <RecordTradesForm
        portfolioId={portfolioId}
        onRecorded={() => {
          refetch();
          onRecorded();
        }}
      />
      {trades && <DataTable caption="Trades" columns={columns} rows={trades.edges.map((e) => e.node)} rowKey={(t) => t.id} rowAttributes={(t) => ({ 'data-trade': t.id })} empty="No trades yet." />}
    </Panel>
  );
}

function RecordTradesForm({ portfolioId, onRecorded }: { portfolioId: string; onRecorded: () => void }) {
  const id = useId();
  const [rows, setRows] = useState<TradeRow[]>(() => [emptyTradeRow(Date.now())]);
  const [record, state] = useMutation(RecordTrades);
  const [localError, setLocalError] = useState<GatewayError | undefined>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const error = localError ?? state.error;
  const set = (i: number, patch: Partial<TradeRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    state.reset();
    const trades = toTradeInputs(rows);
    const unreadable = firstUnreadable(trades);
    if (unreadable !== null) {
      setLocalError(new GatewayError('BAD_USER_INPUT', unreadable.message, { field: unreadable.field }));
      return;
    }
    setLocalError(undefined);
    const result = await record({ input: { portfolioId, trades } });
    if (result === undefined) return;
    setDone(`Recorded ${result.recordTrades.length} trade${result.recordTrades.length === 1 ? '' : 's'}: ${result.recordTrades.map((t) => `${t.side} ${t.quantity} ${t.symbol} @ ${t.price}`).join(', ')}.`);
    setRows([emptyTradeRow(Date.now())]);
    onRecorded();
  };
  const fieldError = (i: number, key: string) => fieldErrorFor(error, `input.trades[${i}].${key}`);
  const shownByField = error !== undefined && rows.some((_, i) => ['symbol', 'side', 'quantity', 'price', 'fees', 'ts'].some((k) => fieldError(i, k) !== undefined));

  return (
    <form className="trade-form" onSubmit={submit} aria-label="Record trades">
      {rows.map((row, i) => {
        const field = (key: keyof TradeRow) => ({ id: `${id}-${i}-${key}`, err: fieldError(i, key) });
        const f = { symbol: field('symbol'), qty: field('quantity'), price: field('price'), fees: field('fees'), ts: field('ts') };
        return (
          <fieldset key={i} className="form-grid trade-row">
            <legend className="visually-hidden">Trade {i + 1}</legend>
            <label>
              Symbol
              <input value={row.symbol} onChange={(e) => set(i, { symbol: e.target.value })} autoCapitalize="characters" aria-invalid={f.symbol.err !== undefined} aria-describedby={f.symbol.id} />
              <FieldError id={f.symbol.id} error={f.symbol.err} />
            </label>
            <label>
              Side
              <select value={row.side} onChange={(e) => set(i, { side: e.target.value as TradeSide })}>
                <option value="BUY">Buy</option>
                <option value="SELL">Sell</option>
              </select>
            </label>
            <label>
              Quantity
              <input inputMode="decimal" value={row.quantity} onChange={(e) => set(i, { quantity: e.target.value })} aria-invalid={f.qty.err !== undefined} aria-describedby={f.qty.id} />
              <FieldError id={f.qty.id} error={f.qty.err} />
            </label>
            <label>
              Price
              <input inputMode="decimal" value={row.price} onChange={(e) => set(i, { price: e.target.value })} aria-invalid={f.price.err !== undefined} aria-describedby={f.price.id} />
              <FieldError id={f.price.id} error={f.price.err} />
            </label>
            <label>
              Fees
              <input inputMode="decimal" value={row.fees} onChange={(e) => set(i, { fees: e.target.value })} aria-invalid={f.fees.err !== undefined} aria-describedby={f.fees.id} />
              <FieldError id={f.fees.id} error={f.fees.err} />
            </label>
            <label>
              Time (UTC)
              <input type="datetime-local" value={row.ts} onChange={(e) => set(i, { ts: e.target.value })} aria-invalid={f.ts.err !== undefined} aria-describedby={f.ts.id} />
              <FieldError id={f.ts.id} error={f.ts.err} />
            </label>
            {rows.length > 1 && (
              <button type="button" className="button button--ghost" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} aria-label={`Remove trade ${i + 1}`}>
                Remove
              </button>
            )}
          </fieldset>
        );
      })}
      <div className="form-actions form-message">
        <button type="button" className="button button--ghost" onClick={() => setRows((rs) => [...rs, emptyTradeRow(Date.now())])}>
          + Another trade
        </button>
        <button type="submit" className="button button--primary" disabled={state.running}>
          {state.running ? 'Recording…' : rows.length > 1 ? `Record ${rows.length} trades` : 'Record trade'}
        </button>
        {done !== null && (
          <span className="up small" role="status">
            {done}
          </span>
        )}
        {error !== undefined && !shownByField && (
          <span className="down small" role="alert">
            {error.code}: {error.message}
            {error.field ? ` (field ${error.field})` : ''}
          </span>
        )}
      </div>
    </form>
  );
}
