-- Collateral engine: a raised margin call is published from the database, not
-- only from memory (issue #11: calls raised while the bus or the database was
-- down must not be lost). `published_at` is the outbox mark: the call row is
-- written in one transaction, and the engine's publisher (src/workers/
-- marginCallPublisher.ts) puts every call whose mark is NULL on the bus in id
-- order and sets the mark afterwards. A failed publish leaves the mark NULL,
-- so the next round (every few seconds, and at start) sends it: delivery is
-- at least once, and consumers dedupe by call id. Clients that were away
-- catch up with Query.marginCalls(after: <last id seen>).
-- Calls stored before this migration were published when they were raised.

ALTER TABLE collateral.margin_call ADD COLUMN published_at timestamptz;
UPDATE collateral.margin_call SET published_at = raised_at;
CREATE INDEX margin_call_unpublished_idx ON collateral.margin_call (id) WHERE published_at IS NULL;
