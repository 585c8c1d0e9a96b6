import { createHmac, timingSafeEqual } from 'node:crypto';
import { ReplayWindow } from '../replayWindow.ts';

/** Events older (or further in the future) than this are refused: a captured message cannot be replayed later. */
export const BUS_MESSAGE_MAX_AGE_MS = 30_000;

export type OpenedMessage = { ok: true; payload: unknown } | { ok: false; reason: string };

/**
 * Authenticates bus messages on the networked buses (PostgreSQL NOTIFY, Redis
 * pub/sub): anyone who can connect to the database or Redis can publish on a
 * channel, so a message counts only when it carries an HMAC made with the
 * platform's internal secret. Wire format (one text):
 *
 *   v1.<sent at, ms>.<hex HMAC-SHA256 over "topic \n sent at \n payload">.<payload JSON>
 *
 * The payload JSON is signed as sent (no re-serialisation). A message is
 * refused when unsigned, signed with another key, for another topic, older or
 * newer than {@link BUS_MESSAGE_MAX_AGE_MS}, or seen before within that window
 * (a replay). Time here is the wall clock on purpose: it bounds a transport,
 * not a simulated market.
 */
export class BusSeal {
  private readonly key: Buffer;
  /** Signatures accepted lately (replay protection). */
  private readonly seen = new ReplayWindow(BUS_MESSAGE_MAX_AGE_MS * 2);

  constructor(secret: string, private readonly now: () => number = Date.now) {
    if (!secret) throw new Error('BusSeal: the internal secret is required to authenticate bus messages');
    this.key = createHmac('sha256', secret).update('nautilus bus v1').digest();
  }

  seal(topic: string, payload: unknown): string {
    const json = JSON.stringify(payload);
    const sentAt = this.now();
    return `v1.${sentAt}.${this.sign(topic, sentAt, json)}.${json}`;
  }

  open(topic: string, text: string): OpenedMessage {
    const match = /^v1\.(\d{1,16})\.([0-9a-f]{64})\./.exec(text);
    if (!match) return { ok: false, reason: 'unsigned' };
    const sentAt = Number(match[1]);
    const signature = match[2]!;
    const json = text.slice(match[0].length);
    const expected = Buffer.from(this.sign(topic, sentAt, json), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return { ok: false, reason: 'bad signature' };
    const now = this.now();
    if (Math.abs(now - sentAt) > BUS_MESSAGE_MAX_AGE_MS) return { ok: false, reason: 'expired' };
    if (!this.seen.accept(signature, now)) return { ok: false, reason: 'replayed' };
    try {
      return { ok: true, payload: JSON.parse(json) };
    } catch {
      return { ok: false, reason: 'malformed' };
    }
  }

  private sign(topic: string, sentAt: number, json: string): string {
    return createHmac('sha256', this.key).update(`${topic}\n${sentAt}\n`).update(json).digest('hex');
  }
}

/** Counts refused messages and logs them at most once per minute per bus (a flood must not flood the log). */
export class RejectionCounter {
  count = 0;
  private lastLogged = Number.NEGATIVE_INFINITY;

  constructor(private readonly log: (details: { channel: string; reason: string; rejected: number }) => void) {}

  reject(channel: string, reason: string): void {
    this.count++;
    const now = Date.now();
    if (now - this.lastLogged < 60_000) return;
    this.lastLogged = now;
    this.log({ channel, reason, rejected: this.count });
  }
}
