import { useCallback, useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { OrderSide, OrderType } from '../../__generated__/graphql.ts';
import { useMutation, useQuery, useSubscription } from '../../graphql/hooks.tsx';
import { DataTable, FieldError, Panel, fieldErrorFor, type Column } from '../../ui/index.ts';
import { formatDateTime, formatMoney, formatQuantity } from '../../ui/formatFigures.ts';

const OrdersQuery = graphql(`
  query StrategiesOrders($portfolioId: ID!) {
    orders(portfolioId: $portfolioId, first: 50) {
      id
      symbol
      side
      type
      quantity
      filledQuantity
      averagePrice
      limitPrice
      stopPrice
      status
      reason
      createdAt
      strategy {
        name
      }
    }
  }
`);

const OrderEvents = graphql(`
  subscription StrategiesOrderEvents($ids: [ID!]) {
    orderEvents(portfolioIds: $ids) {
      id
      orderId
      status
      reason
      fillQuantity
      fillPrice
      ts
    }
  }
`);

const PlaceOrder = graphql(`
  mutation StrategiesPlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      id
      status
    }
  }
`);

const CancelOrder = graphql(`
  mutation StrategiesCancelOrder($id: ID!) {
    cancelOrder(id: $id) {
      id
      status
    }
  }
`);

const OPEN = ['SUBMITTED', 'ACCEPTED', 'TRIGGERED', 'PARTIALLY_FILLED'];

interface OrderRow {
  id: string;
  symbol: string;
  side: string;
  type: string;
  quantity: number;
  filledQuantity: number;
  averagePrice?: number | null;
  limitPrice?: number | null;
  status: string;
  reason?: string | null;
  createdAt: unknown;
  strategy?: { name: string } | null;
}

interface EventLine {
  id: string;
  orderId: string;
  status: string;
  text: string;
  ts: string;
}

/** Paper orders of a portfolio, their lifecycle events live (orderEvents), placing and cancelling orders. */
export function OrdersBlotter({ portfolios }: { portfolios: readonly { id: string; name: string }[] }) {
  const [portfolioId, setPortfolioId] = useState(portfolios[0]?.id ?? '');
  const selected = portfolioId !== '' ? portfolioId : (portfolios[0]?.id ?? '');
  const { data, error, loading, refetch, retryAt } = useQuery(OrdersQuery, { portfolioId: selected }, { skip: selected === '' });
  const [events, setEvents] = useState<EventLine[]>([]);
  const onEvent = useCallback(
    (d: { orderEvents: { id: string; orderId: string; status: string; reason?: string | null; fillQuantity?: number | null; fillPrice?: number | null; ts: unknown } }) => {
      const e = d.orderEvents;
      const text = e.fillQuantity ? `filled ${formatQuantity(e.fillQuantity)} @ ${formatMoney(e.fillPrice, { cents: true })}` : (e.reason ?? '');
      setEvents((list) => (list.some((x) => x.id === e.id) ? list : [{ id: e.id, orderId: e.orderId, status: e.status, text, ts: String(e.ts) }, ...list].slice(0, 50)));
      refetch();
    },
    [refetch],
  );
  const live = useSubscription(OrderEvents, { ids: [selected] }, onEvent, { skip: selected === '' });
  const [cancel, cancelState] = useMutation(CancelOrder);
  const columns: Column<OrderRow>[] = [
    { key: 'time', header: 'Placed', hideOnMobile: true, render: (o) => formatDateTime(String(o.createdAt)) },
    { key: 'order', header: 'Order', render: (o) => <span>
      <span className={o.side === 'BUY' ? 'up' : 'down'}>{o.side}</span> {formatQuantity(o.quantity)} <span className="symbol">{o.symbol}</span> {o.type.toLowerCase().replace('_', ' ')}
      {o.limitPrice ? ` @ ${formatMoney(o.limitPrice, { cents: true })}` : ''}
    </span> },
    { key: 'filled', header: 'Filled', numeric: true, render: (o) => `${formatQuantity(o.filledQuantity)}${o.averagePrice ? ` @ ${formatMoney(o.averagePrice, { cents: true })}` : ''}` },
    { key: 'status', header: 'Status', render: (o) => <span className={`order-status order-status--${o.status}`} title={o.reason ?? undefined}>{o.status}</span> },
    { key: 'by', header: 'By', hideOnMobile: true, render: (o) => o.strategy?.name ?? 'manual' },
    {
      key: 'cancel',
      header: '',
      render: (o) =>
        OPEN.includes(o.status) ? (
          <button type="button" className="button button--small button--ghost" disabled={cancelState.running} aria-label={`Cancel order ${o.id}`} onClick={async () => {
            if (await cancel({ id: o.id })) refetch();
          }}>
            Cancel
          </button>
        ) : null,
    },
  ];
  return (
    <Panel
      title="Paper orders"
      subtitle="filled against live quotes; events arrive live"
      actions={
        portfolios.length > 1 ? (
          <label className="inline-select">
            Portfolio
            <select value={selected} onChange={(e) => { setPortfolioId(e.target.value); setEvents([]); }}>
              {portfolios.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : undefined
      }
      loading={loading}
      error={error ?? live.error ?? cancelState.error}
      retryAt={retryAt}
      onRetry={refetch}
      hasData={data !== undefined}
      empty={selected === '' ? 'No strategy trades a portfolio yet.' : undefined}
      className="blotter"
    >
      <PlaceOrderForm portfolioId={selected} onPlaced={refetch} />
      {data && <DataTable caption="Paper orders" columns={columns} rows={data.orders} rowKey={(o) => o.id} rowAttributes={(o) => ({ 'data-order': o.id, 'data-status': o.status })} empty="No paper orders yet." />}
      {events.length > 0 && (
        <ol className="order-events" aria-label="Order events" aria-live="polite">
          {events.slice(0, 10).map((e) => (
            <li key={e.id}>
              <span className={`order-status order-status--${e.status}`}>{e.status}</span> order {e.orderId} {e.text} <span className="muted small">{formatDateTime(e.ts)}</span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

function PlaceOrderForm({ portfolioId, onPlaced }: { portfolioId: string; onPlaced: () => void }) {
  const id = useId();
  const [symbol, setSymbol] = useState('');
  const [side, setSide] = useState<OrderSide>('BUY');
  const [type, setType] = useState<OrderType>('MARKET');
  const [quantity, setQuantity] = useState('');
  const [limit, setLimit] = useState('');
  const [place, state] = useMutation(PlaceOrder);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const placed = await place({ input: { portfolioId, symbol: symbol.trim().toUpperCase(), side, type, quantity: Number(quantity), ...(type === 'LIMIT' ? { limitPrice: Number(limit) } : {}) } });
    if (placed) {
      setQuantity('');
      onPlaced();
    }
  };
  const err = (f: string) => fieldErrorFor(state.error, f);
  const known = ['input.symbol', 'input.quantity', 'input.limitPrice'].some((f) => err(f) !== undefined);
  return (
    <form className="form-grid" onSubmit={submit} aria-label="Place paper order">
      <label>
        Symbol
        <input value={symbol} onChange={(e) => setSymbol(e.target.value)} aria-invalid={err('input.symbol') !== undefined} aria-describedby={`${id}-s`} />
        <FieldError id={`${id}-s`} error={err('input.symbol')} />
      </label>
      <label>
        Side
        <select value={side} onChange={(e) => setSide(e.target.value as OrderSide)}>
          <option value="BUY">Buy</option>
          <option value="SELL">Sell</option>
        </select>
      </label>
      <label>
        Type
        <select value={type} onChange={(e) => setType(e.target.value as OrderType)}>
          <option value="MARKET">Market</option>
          <option value="LIMIT">Limit</option>
        </select>
      </label>
      <label>
        Order quantity
        <input inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.target.value)} aria-invalid={err('input.quantity') !== undefined} aria-describedby={`${id}-q`} />
        <FieldError id={`${id}-q`} error={err('input.quantity')} />
      </label>
      {type === 'LIMIT' && (
        <label>
          Limit price
          <input inputMode="decimal" value={limit} onChange={(e) => setLimit(e.target.value)} aria-invalid={err('input.limitPrice') !== undefined} aria-describedby={`${id}-l`} />
          <FieldError id={`${id}-l`} error={err('input.limitPrice')} />
        </label>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={state.running || portfolioId === ''}>
          Place order
        </button>
        {state.error !== undefined && !known && (
          <span className="down small" role="alert">
            {state.error.code}: {state.error.message}
          </span>
        )}
      </div>
    </form>
  );
}
