-- TimescaleDB layout: 5m, 15m and 1h bars are aggregated from the 1m bars of the bar hypertable
-- at query time (time_bucket, see subgraphs/marketdata/src/service/queryBars.ts), as the plain
-- layout does with date_bin. The continuous aggregates of 0002 go:
--   * bar_1h was wrong: created WITH NO DATA, its policy materialised only [now - 3 days,
--     now - 1 hour], and real-time aggregation covers only buckets after the watermark. After the
--     first policy run, hourly bars of 1m data older than 3 days vanished, and a backfill or a
--     corrected 1m bar older than that never reached bar_1h.
--   * bar_1d_intraday (from bar_1h) was refreshed by a policy and read by nothing: daily bars are
--     stored ('1d').
-- Dropping a continuous aggregate removes its refresh policy (background job) with it.
-- Plain PostgreSQL layout: nothing to do (these views never existed there).

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM nautilus_feature WHERE name = 'timescaledb' AND enabled) THEN
    IF current_setting('timescaledb.max_background_workers', true) IS NULL THEN
      -- Touching a continuous aggregate would load the library and end the session (FATAL).
      RAISE EXCEPTION 'this database uses the TimescaleDB layout but the server does not preload timescaledb'
        USING HINT = 'add timescaledb to shared_preload_libraries, restart PostgreSQL and migrate again';
    END IF;
    DROP MATERIALIZED VIEW IF EXISTS bar_1d_intraday;
    DROP MATERIALIZED VIEW IF EXISTS bar_1h;
    UPDATE nautilus_feature
       SET detail = 'hypertables bar and tick with compression; 5m, 15m and 1h bars aggregated from 1m bars at query time with time_bucket'
     WHERE name = 'timescaledb';
  END IF;
END
$$;
