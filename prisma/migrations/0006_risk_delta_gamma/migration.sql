-- Risk engine: reports may now be computed with the delta-gamma-normal method
-- (Portfolio.riskReport(method: DELTA_GAMMA), subgraphs/risk/README.md).
-- Stored method names are lower case; 0004_risk's CHECK listed the five methods
-- of the time. An applied migration is history, so the constraint is replaced
-- here: dropped and re-added with the new value. The migrator runs this file
-- in one transaction, so no report can be written between the two statements
-- and a failure leaves the old constraint in place. Existing rows satisfy the
-- wider list, so the re-validation cannot fail.

ALTER TABLE risk_report DROP CONSTRAINT risk_report_method_known;

ALTER TABLE risk_report
  ADD CONSTRAINT risk_report_method_known
  CHECK (method IN ('historical', 'filtered_historical', 'parametric', 'cornish_fisher', 'delta_gamma', 'monte_carlo'));
