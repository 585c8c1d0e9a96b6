import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__/index.ts';
import { useMutation, useQuery } from '../../graphql/hooks.tsx';
import { DataTable, FieldError, Panel, fieldErrorFor, type Column } from '../../ui/index.ts';
import { formatDateTime, formatMoney, formatSignedMoney, signClass } from '../../ui/formatFigures.ts';

const CashQuery = graphql(`
  query PortfolioCash($id: ID!) {
    portfolio(id: $id) {
      id
      cash
      cashEntries(first: 12) {
        id
        amount
        kind
        ts
      }
    }
  }
`);

const Deposit = graphql(`
  mutation PortfolioDeposit($input: CashInput!) {
    depositCash(input: $input) {
      id
      amount
    }
  }
`);

const Withdraw = graphql(`
  mutation PortfolioWithdraw($input: CashInput!) {
    withdrawCash(input: $input) {
      id
      amount
    }
  }
`);

type Entry = { id: string; amount: number; kind: string; ts: unknown };

const columns: Column<Entry>[] = [
  { key: 'ts', header: 'Time', render: (e) => formatDateTime(String(e.ts)) },
  { key: 'kind', header: 'Kind', render: (e) => e.kind.toLowerCase() },
  { key: 'amount', header: 'Amount', numeric: true, render: (e) => <span className={signClass(e.amount)}>{formatSignedMoney(e.amount, { cents: true })}</span> },
];

/** The cash balance, the latest ledger entries, and deposits/withdrawals (no overdraft). */
export function CashPanel({ portfolioId, onChanged }: { portfolioId: string; onChanged: () => void }) {
  const id = useId();
  const { data, error, loading, refetch, retryAt } = useQuery(CashQuery, { id: portfolioId });
  const [amount, setAmount] = useState('');
  const [deposit, depositState] = useMutation(Deposit);
  const [withdraw, withdrawState] = useMutation(Withdraw);
  const [last, setLast] = useState<'deposit' | 'withdraw'>('deposit');
  const mutationError = last === 'deposit' ? depositState.error : withdrawState.error;
  const amountError = fieldErrorFor(mutationError, 'input.amount');
  const move = async (kind: 'deposit' | 'withdraw') => {
    setLast(kind);
    const input = { portfolioId, amount: Number(amount) };
    const done = kind === 'deposit' ? await deposit({ input }) : await withdraw({ input });
    if (done) {
      setAmount('');
      refetch();
      onChanged();
    }
  };
  const cash = data?.portfolio?.cash;
  return (
    <Panel title="Cash" subtitle={cash !== undefined ? `balance ${formatMoney(cash, { cents: true })}` : undefined} loading={loading} error={error} retryAt={retryAt} onRetry={refetch} hasData={data !== undefined}>
      <form className="form-grid" aria-label="Move cash" onSubmit={(e: FormEvent) => { e.preventDefault(); void move('deposit'); }}>
        <label>
          Amount
          <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-invalid={amountError !== undefined} aria-describedby={`${id}-amount`} />
          <FieldError id={`${id}-amount`} error={amountError} />
        </label>
        <div className="form-actions">
          <button type="submit" className="button" disabled={depositState.running || withdrawState.running}>
            Deposit
          </button>
          <button type="button" className="button" disabled={depositState.running || withdrawState.running} onClick={() => void move('withdraw')}>
            Withdraw
          </button>
          {mutationError !== undefined && amountError === undefined && (
            <span className="down small" role="alert">
              {mutationError.code}: {mutationError.message}
            </span>
          )}
        </div>
      </form>
      {data?.portfolio && <DataTable caption="Cash entries" columns={columns} rows={data.portfolio.cashEntries} rowKey={(e) => e.id} empty="No cash entries yet." />}
    </Panel>
  );
}
