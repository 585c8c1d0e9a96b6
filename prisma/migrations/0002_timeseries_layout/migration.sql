-- Time-series layout for bar and tick, chosen by what the server offers.
--
-- With TimescaleDB (CREATE EXTENSION succeeds, i.e. the server preloads it):
--   * bar and tick become hypertables (7-day chunks for bars' dense minute
--     data is too fine for daily bars, so 30 days; ticks 1 day);
--   * native compression, segmented by instrument, after 30 / 7 days;
--   * continuous aggregates bar_1h (from 1m bars) and bar_1d_intraday
--     (hierarchical, from bar_1h), real-time (materialized_only = false) with
--     refresh policies. WITH NO DATA because a continuous aggregate cannot be
--     materialized inside a transaction; the refresh policy fills it.
-- Without it (plain PostgreSQL, e.g. the embedded default and CI):
--   * BRIN indexes on ts (tiny, ideal for append-mostly time order), and the
--     primary keys already serve per-instrument range scans; aggregation runs
--     with date_bin at query time (see subgraphs/marketdata/src/service/queryBars.ts).
--
-- Which path ran is recorded in nautilus_feature so services need not guess.

CREATE TABLE nautilus_feature (
  name       text PRIMARY KEY,
  enabled    boolean     NOT NULL,
  detail     text        NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now()
);

DO $$
DECLARE
  has_timescale boolean := false;
  why text := '';
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS timescaledb;
    has_timescale := true;
  EXCEPTION WHEN OTHERS THEN
    why := SQLERRM;
  END;

  IF has_timescale THEN
    PERFORM create_hypertable('bar', 'ts', chunk_time_interval => INTERVAL '30 days', migrate_data => true);
    PERFORM create_hypertable('tick', 'ts', chunk_time_interval => INTERVAL '1 day', migrate_data => true);

    ALTER TABLE bar SET (
      timescaledb.compress,
      timescaledb.compress_segmentby = 'instrument_id, interval',
      timescaledb.compress_orderby = 'ts DESC'
    );
    PERFORM add_compression_policy('bar', INTERVAL '30 days');
    ALTER TABLE tick SET (
      timescaledb.compress,
      timescaledb.compress_segmentby = 'instrument_id',
      timescaledb.compress_orderby = 'ts DESC'
    );
    PERFORM add_compression_policy('tick', INTERVAL '7 days');

    EXECUTE $cagg$
      CREATE MATERIALIZED VIEW bar_1h
      WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
      SELECT instrument_id,
             time_bucket(INTERVAL '1 hour', ts) AS ts,
             first(open, ts) AS open,
             max(high) AS high,
             min(low) AS low,
             last(close, ts) AS close,
             sum(volume) AS volume
        FROM bar
       WHERE interval = '1m'
       GROUP BY instrument_id, time_bucket(INTERVAL '1 hour', ts)
      WITH NO DATA
    $cagg$;
    PERFORM add_continuous_aggregate_policy('bar_1h',
      start_offset => INTERVAL '3 days', end_offset => INTERVAL '1 hour', schedule_interval => INTERVAL '15 minutes');

    EXECUTE $cagg$
      CREATE MATERIALIZED VIEW bar_1d_intraday
      WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
      SELECT instrument_id,
             time_bucket(INTERVAL '1 day', ts) AS ts,
             first(open, ts) AS open,
             max(high) AS high,
             min(low) AS low,
             last(close, ts) AS close,
             sum(volume) AS volume
        FROM bar_1h
       GROUP BY instrument_id, time_bucket(INTERVAL '1 day', ts)
      WITH NO DATA
    $cagg$;
    PERFORM add_continuous_aggregate_policy('bar_1d_intraday',
      start_offset => INTERVAL '7 days', end_offset => INTERVAL '1 day', schedule_interval => INTERVAL '1 hour');

    INSERT INTO nautilus_feature (name, enabled, detail)
    VALUES ('timescaledb', true, 'hypertables, compression and continuous aggregates bar_1h, bar_1d_intraday');
  ELSE
    CREATE INDEX bar_ts_brin ON bar USING brin (ts) WITH (pages_per_range = 32);
    CREATE INDEX tick_ts_brin ON tick USING brin (ts) WITH (pages_per_range = 32);
    INSERT INTO nautilus_feature (name, enabled, detail)
    VALUES ('timescaledb', false, 'plain PostgreSQL with BRIN indexes; TimescaleDB unavailable: ' || why);
  END IF;
END
$$;
