import { MarginPanel } from '../../components/MarginPanel.tsx';

export function MarginPage({ accountId }: { accountId: string | undefined }) {
  return accountId === undefined ? <MarginPanel /> : <p>{accountId}</p>;
}
