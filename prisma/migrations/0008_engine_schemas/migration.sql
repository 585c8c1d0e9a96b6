-- Data ownership: every engine owns a PostgreSQL schema and its SQL names only that schema
-- (another engine reads through the owner's published module, `@nautilus/<owner>/reads`).
--
--   marketdata  instrument, bar, tick
--   portfolio   entity, ownership, portfolio, trade, cash_entry, goal, goal_portfolio; the views
--               position and cash (were portfolio_position, portfolio_cash) and the average-cost
--               aggregate behind position
--   risk        risk_report, risk_limit, risk_limit_breach
--   collateral  option_contract, margin_account, margin_account_portfolio, collateral_movement,
--               the view collateral_holding, margin_requirement, margin_call, margin_call_event,
--               margin_warning
--
-- Stay in public: the migrator's bookkeeping (nautilus_migration) and nautilus_feature, which
-- records what the server offered when the migrations ran (TimescaleDB or not): a fact about the
-- database, decided by migrations, read by whoever needs it, written by no engine.
--
-- ALTER … SET SCHEMA keeps every object's identity: rows, indexes, constraints, owned identity
-- sequences and privileges go with the table, and views, foreign keys and the aggregate refer to
-- objects by OID, so nothing is rebuilt and nothing is copied. Foreign keys across schemas (a
-- trade's instrument, an option contract's instruments) stay as they are. On the TimescaleDB
-- layout bar and tick are hypertables; SET SCHEMA on a hypertable updates TimescaleDB's catalog
-- (its chunks stay in _timescaledb_internal), so the statements are the same on both layouts.
-- The services' role gets USAGE and DML on the new schemas from grantApplicationRole, which
-- covers every non-system schema after migrating.

CREATE SCHEMA marketdata;
CREATE SCHEMA portfolio;
CREATE SCHEMA risk;
CREATE SCHEMA collateral;

ALTER TABLE instrument SET SCHEMA marketdata;
ALTER TABLE bar SET SCHEMA marketdata;
ALTER TABLE tick SET SCHEMA marketdata;

ALTER TABLE entity SET SCHEMA portfolio;
ALTER TABLE ownership SET SCHEMA portfolio;
ALTER TABLE portfolio SET SCHEMA portfolio;
ALTER TABLE trade SET SCHEMA portfolio;
ALTER TABLE cash_entry SET SCHEMA portfolio;
ALTER TABLE goal SET SCHEMA portfolio;
ALTER TABLE goal_portfolio SET SCHEMA portfolio;
ALTER FUNCTION portfolio_average_cost_step(numeric[], text, numeric, numeric, numeric) SET SCHEMA portfolio;
ALTER AGGREGATE portfolio_average_cost(text, numeric, numeric, numeric) SET SCHEMA portfolio;
ALTER VIEW portfolio_position SET SCHEMA portfolio;
ALTER VIEW portfolio.portfolio_position RENAME TO position;
ALTER VIEW portfolio_cash SET SCHEMA portfolio;
ALTER VIEW portfolio.portfolio_cash RENAME TO cash;

ALTER TABLE risk_report SET SCHEMA risk;
ALTER TABLE risk_limit SET SCHEMA risk;
ALTER TABLE risk_limit_breach SET SCHEMA risk;

ALTER TABLE option_contract SET SCHEMA collateral;
ALTER TABLE margin_account SET SCHEMA collateral;
ALTER TABLE margin_account_portfolio SET SCHEMA collateral;
ALTER TABLE collateral_movement SET SCHEMA collateral;
ALTER VIEW collateral_holding SET SCHEMA collateral;
ALTER TABLE margin_requirement SET SCHEMA collateral;
ALTER TABLE margin_call SET SCHEMA collateral;
ALTER TABLE margin_call_event SET SCHEMA collateral;
ALTER TABLE margin_warning SET SCHEMA collateral;
