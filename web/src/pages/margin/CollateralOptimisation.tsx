import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { OptimizeCollateralQuery, OptimizeCollateralQueryVariables } from '../../__generated__/graphql.ts';
import { useGatewayRequest } from '../../graphql/hooks.tsx';
import type { GatewayError } from '../../graphql/GatewayError.ts';
import { formatAmount } from '../../lib/formatMargin.ts';
import { DataTable, ErrorState, FieldError, Panel, fieldErrorFor } from '../../ui/index.ts';
import type { AccountDetailData } from './AccountDetail.tsx';

const OptimizeCollateralDocument = graphql(`
  query OptimizeCollateral($requirements: [CollateralRequirementInput!]!, $assets: [CollateralAssetInput!]!) {
    optimizeCollateral(requirements: $requirements, assets: $assets) {
      totalCost
      naiveCost
      saving
      allocation {
        assetId
        marketValue
        collateralValue
        cost
      }
    }
  }
`);

type Holding = AccountDetailData['collateral']['holdings'][number];
type Line = OptimizeCollateralQuery['optimizeCollateral']['allocation'][number];

const assetIdOf = (h: Holding) => h.symbol ?? `${h.currency} cash`;

/**
 * Which of the account's eligible collateral should cover its house requirement at least cost:
 * the server's LP against a first-come allocation. Funding cost rates are the user's inputs.
 */
export function CollateralOptimisation({ account }: { account: AccountDetailData }) {
  const id = useId();
  const holdings = account.collateral.holdings.filter((h) => h.eligible && h.marketValue > 0);
  // Cost rates are the user's assumptions; until edited, 4.5%/yr for cash and 0.5%/yr for securities.
  const [edited, setRates] = useState<Record<string, string>>({});
  const rateOf = (h: Holding) => edited[assetIdOf(h)] ?? (h.kind === 'CASH' ? '4.5' : '0.5');
  const [amount, setAmount] = useState('');
  const request = useGatewayRequest();
  const [result, setResult] = useState<OptimizeCollateralQuery['optimizeCollateral'] | undefined>(undefined);
  const [error, setError] = useState<GatewayError | undefined>(undefined);
  const [running, setRunning] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const variables: OptimizeCollateralQueryVariables = {
      requirements: [{ accountId: account.id, ...(amount.trim() === '' ? {} : { amount: Number(amount) }) }],
      assets: holdings.map((h) => ({ assetId: assetIdOf(h), group: h.kind === 'CASH' ? 'cash' : 'securities', available: h.marketValue, haircut: h.haircut, costRate: Number(rateOf(h)) / 100 })),
    };
    setRunning(true);
    try {
      setResult((await request(OptimizeCollateralDocument, variables)).optimizeCollateral);
      setError(undefined);
    } catch (caught) {
      setError(caught as GatewayError);
      setResult(undefined);
    } finally {
      setRunning(false);
    }
  };

  const columns = [
    { key: 'asset', header: 'Asset', className: 'ui-card-title', mobileLabel: '', render: (l: Line) => <span className="symbol">{l.assetId}</span> },
    { key: 'mv', header: 'Market value used', numeric: true, render: (l: Line) => formatAmount(l.marketValue) },
    { key: 'cv', header: 'Collateral value', numeric: true, render: (l: Line) => formatAmount(l.collateralValue) },
    { key: 'cost', header: 'Cost / yr', numeric: true, render: (l: Line) => formatAmount(l.cost) },
  ];
  const amountError = fieldErrorFor(error, 'amount');
  return (
    <Panel title="Collateral optimisation" subtitle="cheapest eligible collateral to cover the requirement (LP)" className="collateral-optimisation" empty={holdings.length === 0 ? 'No eligible collateral to allocate.' : undefined}>
      <form className="form-row" onSubmit={(e) => void submit(e)} aria-label="Optimise collateral">
        <label className="form-field">
          <span>Amount to cover (blank: house requirement {formatAmount(account.status.houseRequirement)})</span>
          <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-invalid={amountError !== undefined} aria-describedby={`${id}-amount`} />
          <FieldError id={`${id}-amount`} error={amountError} />
        </label>
        {holdings.map((h) => (
          <label key={assetIdOf(h)} className="form-field">
            <span>{assetIdOf(h)} cost %/yr</span>
            <input inputMode="decimal" value={rateOf(h)} onChange={(e) => setRates((r) => ({ ...r, [assetIdOf(h)]: e.target.value }))} />
          </label>
        ))}
        <button type="submit" className="button button--primary" disabled={running}>
          Optimise
        </button>
      </form>
      {error !== undefined && amountError === undefined && <ErrorState error={error} compact />}
      {result !== undefined && (
        <>
          <p className="pad" role="status">
            Optimal cost {formatAmount(result.totalCost)} / yr
            {result.naiveCost != null && ` vs ${formatAmount(result.naiveCost)} first-come`}
            {result.saving != null && ` · saving ${formatAmount(result.saving)}`}
          </p>
          <DataTable caption="Optimal collateral allocation" columns={columns} rows={result.allocation} rowKey={(l) => l.assetId} empty="Nothing to allocate." />
        </>
      )}
    </Panel>
  );
}
