import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__/index.ts';
import { useMutation } from '../../graphql/hooks.tsx';
import { formatAmount } from '../../lib/formatMargin.ts';
import { FieldError, fieldErrorFor } from '../../ui/index.ts';
import type { AccountDetailData } from './AccountDetail.tsx';

const DepositCollateralMutation = graphql(`
  mutation DepositCollateral($input: CollateralMovementInput!) {
    depositCollateral(input: $input) {
      id
      status {
        equity
        utilization
      }
    }
  }
`);

const WithdrawCollateralMutation = graphql(`
  mutation WithdrawCollateral($input: CollateralMovementInput!) {
    withdrawCollateral(input: $input) {
      id
      status {
        equity
        utilization
      }
    }
  }
`);

/**
 * Deposit or withdraw collateral: cash in a currency, or a security by symbol. Errors come back
 * with the field they concern and are shown under it (a withdrawal that would cause a call says
 * how much can be withdrawn).
 */
export function CollateralForm({ account, onDone }: { account: AccountDetailData; onDone: () => void }) {
  const id = useId();
  const [asset, setAsset] = useState('');
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [deposit, depositState] = useMutation(DepositCollateralMutation);
  const [withdraw, withdrawState] = useMutation(WithdrawCollateralMutation);
  const [last, setLast] = useState<'deposit' | 'withdraw'>('deposit');
  const error = last === 'deposit' ? depositState.error : withdrawState.error;
  const running = depositState.running || withdrawState.running;

  const submit = async (event: FormEvent<HTMLFormElement>, kind: 'deposit' | 'withdraw') => {
    event.preventDefault();
    setLast(kind);
    setDone(null);
    const trimmed = asset.trim().toUpperCase();
    const isCash = trimmed === '' || trimmed === account.currency;
    const label = isCash ? account.currency : trimmed;
    const input = {
      accountId: account.id,
      quantity: Number(quantity),
      ...(isCash ? { currency: account.currency } : { symbol: trimmed }),
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    };
    const result = kind === 'deposit' ? await deposit({ input }) : await withdraw({ input });
    if (result !== undefined) {
      setDone(`${kind === 'deposit' ? 'Deposited' : 'Withdrew'} ${formatAmount(input.quantity)} ${label}.`);
      setQuantity('');
      setNote('');
      onDone();
    }
  };
  const assetError = fieldErrorFor(error, 'input.symbol') ?? fieldErrorFor(error, 'input.currency');
  const quantityError = fieldErrorFor(error, 'input.quantity');
  const otherError = error !== undefined && assetError === undefined && quantityError === undefined ? error : undefined;

  return (
    <form className="form-row collateral-form" aria-label="Move collateral" onSubmit={(event) => void submit(event, (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'withdraw' ? 'withdraw' : 'deposit')}>
      <label className="form-field">
        <span>Asset (blank for {account.currency} cash, or a symbol)</span>
        <input value={asset} onChange={(e) => setAsset(e.target.value)} placeholder={account.currency} aria-invalid={assetError !== undefined} aria-describedby={`${id}-asset`} />
        <FieldError id={`${id}-asset`} error={assetError} />
      </label>
      <label className="form-field">
        <span>Quantity</span>
        <input inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.target.value)} required aria-invalid={quantityError !== undefined} aria-describedby={`${id}-quantity`} />
        <FieldError id={`${id}-quantity`} error={quantityError} />
      </label>
      <label className="form-field">
        <span>Note (optional)</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="form-buttons">
        <button type="submit" className="button button--primary" value="deposit" disabled={running}>
          Deposit
        </button>
        <button type="submit" className="button" value="withdraw" disabled={running}>
          Withdraw
        </button>
      </div>
      {otherError !== undefined && <FieldError id={`${id}-form`} error={otherError} />}
      {done !== null && (
        <p className="form-done" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
