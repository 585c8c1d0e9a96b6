import type pg from 'pg';

/** A pool or a checked-out client (so a caller's transaction can run the statement). */
export type Queryable = pg.Pool | pg.PoolClient;
