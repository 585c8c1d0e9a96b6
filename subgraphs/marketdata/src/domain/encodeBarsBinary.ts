import type { ResolvedBar } from './types.ts';

/** Microseconds between the Unix epoch and PostgreSQL's epoch (2000-01-01). */
const PG_EPOCH_OFFSET_US = 946_684_800_000_000n;
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** 2 (field count) + int4 + text(2) + timestamptz + 5 × float8, each with a 4-byte length. */
const ROW_BYTES = 2 + (4 + 4) + (4 + 2) + (4 + 8) + 5 * (4 + 8);

/**
 * Encodes bars in PostgreSQL's binary COPY format (columns: instrument_id,
 * interval, ts, open, high, low, close, volume), in chunks so a large batch
 * never needs one huge buffer. Binary COPY spares the server from parsing
 * timestamps and floats from text, its main cost in a text COPY.
 * Format: https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4
 */
export function* encodeBarsBinary(bars: readonly ResolvedBar[], rowsPerChunk = 8_192): Generator<Buffer> {
  const header = Buffer.alloc(SIGNATURE.length + 8);
  SIGNATURE.copy(header, 0);
  // flags (int32) = 0, header extension length (int32) = 0
  yield header;
  for (let start = 0; start < bars.length; start += rowsPerChunk) {
    const end = Math.min(bars.length, start + rowsPerChunk);
    const buf = Buffer.allocUnsafe((end - start) * ROW_BYTES);
    let o = 0;
    for (let i = start; i < end; i++) {
      const b = bars[i]!;
      o = buf.writeInt16BE(8, o);
      o = buf.writeInt32BE(4, o);
      o = buf.writeInt32BE(b.instrumentId, o);
      o = buf.writeInt32BE(2, o);
      o += buf.write(b.interval, o, 'latin1');
      o = buf.writeInt32BE(8, o);
      o = buf.writeBigInt64BE(BigInt(b.ts.getTime()) * 1000n - PG_EPOCH_OFFSET_US, o);
      o = buf.writeInt32BE(8, o);
      o = buf.writeDoubleBE(b.open, o);
      o = buf.writeInt32BE(8, o);
      o = buf.writeDoubleBE(b.high, o);
      o = buf.writeInt32BE(8, o);
      o = buf.writeDoubleBE(b.low, o);
      o = buf.writeInt32BE(8, o);
      o = buf.writeDoubleBE(b.close, o);
      o = buf.writeInt32BE(8, o);
      o = buf.writeDoubleBE(b.volume, o);
    }
    yield buf;
  }
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1, 0);
  yield trailer;
}
