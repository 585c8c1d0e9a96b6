import { MarginPanel } from './AccountsPanel.tsx';
import { AccountDetail } from './AccountDetail.tsx';

/** The account list, or one account's detail when the route names it. */
export function MarginPage({ accountId }: { accountId: string | undefined }) {
  return accountId === undefined ? <MarginPanel /> : <AccountDetail key={accountId} accountId={accountId} />;
}
