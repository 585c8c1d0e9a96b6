/**
 * `@nautilus/collateral/reads` — what other engines may read of the collateral engine's storage
 * (the `collateral` schema) without a GraphQL round trip. Read-only and typed.
 *
 * - {@link findOptionContracts}: the contract terms of option instruments (underlying, right,
 *   strike, expiry), which collateral records (`defineOptionContract`) for strategy-based and
 *   scenario margin. Risk prices options' Greeks and delta-gamma VaR with them.
 *
 * One statement per call whatever the number of ids; pool or checked-out client. Tested in
 * `test/reads.test.ts`.
 */
export { findOptionContracts, type OptionContractRow } from './store/optionContracts.ts';
