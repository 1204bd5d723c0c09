/**
 * The offline outbox: bedside writes (vitals, care notes, doses) kept sealed in the vault and
 * replayed in creation order through the write-once path (ARCHITECTURE.md, "One idempotency
 * mechanism: write-once ids"). Each entry's id is made on the device when the entry is created
 * and never changes while it may have reached the server, so sending it again is a replay that
 * the server answers with the original record: the device sends at least once, the server records
 * exactly once.
 */
import { ServerError } from '@apollo/client/errors';
import { graphQLErrorsOf } from '../../app/errors';
import type { Vault } from './vault';

export type OutboxKind = 'vitals' | 'careNote' | 'dose';
/**
 * `pending`: to send. `sent`: handed to `send`, no answer stored yet (the app may have died
 * there); replayed like `pending`, with the same id. `toCheck`: refused, waits for the user.
 */
export type OutboxState = 'pending' | 'sent' | 'toCheck';

/** The server's refusal, kept for the "à vérifier" list. */
export interface OutboxError {
  code: string;
  reason?: string;
  message: string;
  existingId?: string;
}

export interface OutboxEntry {
  /** Device-made UUID: the new record's id and the write-once key. */
  id: string;
  kind: OutboxKind;
  patientId: string;
  input: unknown;
  /** What was entered, in words, for the "à vérifier" list (sealed with the rest). */
  summary?: string;
  /** ISO instant, for display only: order is the store's sequence number. */
  createdAt: string;
  state: OutboxState;
  error?: OutboxError;
  /** Set by `resolve(…, 'retry', reason)`: the user's reason travels with the next send. */
  retryReason?: string;
}

/** The server's answer to a write: the record it holds under that id. */
export interface SendAnswer {
  id: string;
}

/** Sends one entry through the idempotent mutation of its kind; throws what the client threw. */
export type Send = (entry: OutboxEntry) => Promise<SendAnswer>;

export interface ReplayReport {
  /** Ids the server now holds, in the order sent. */
  sent: string[];
  /** Ids that went to "à vérifier" during this replay. */
  toCheck: string[];
  /** True when the server was unreachable: the rest stays pending for the next replay. */
  stopped: boolean;
}

/** Refusals that say the world changed since the device read it (ARCHITECTURE.md). */
export const STALE_REASONS = [
  'PRESCRIPTION_STOPPED',
  'PRESCRIPTION_ENTERED_IN_ERROR',
  'DOSE_ALREADY_RECORDED',
] as const;

type Outcome = { kind: 'unavailable' } | { kind: 'refused'; error: OutboxError };

/**
 * What a failed send means for the outbox. Unreachable (no response, HTTP 503,
 * SERVICE_UNAVAILABLE): stop and retry later with the same id. Anything the server answered with
 * an error, known reason or not, goes to "à vérifier": retrying it blindly would either fail
 * again or, worse, hide a change the user must see.
 */
export function classifyFailure(error: unknown): Outcome {
  const first = graphQLErrorsOf(error)[0];
  const ext = first?.extensions ?? {};
  if (ext.code === 'SERVICE_UNAVAILABLE') return { kind: 'unavailable' };
  if (ServerError.is(error) && error.statusCode === 503) return { kind: 'unavailable' };
  if (!first) {
    if (ServerError.is(error)) {
      return {
        kind: 'refused',
        error: { code: `HTTP_${error.statusCode}`, message: error.message },
      };
    }
    // No answer from the server at all: a failed fetch, a timeout, the radio off.
    return { kind: 'unavailable' };
  }
  const refusal: OutboxError = {
    code: typeof ext.code === 'string' ? ext.code : 'UNKNOWN',
    message: first.message,
  };
  if (typeof ext.reason === 'string') refusal.reason = ext.reason;
  if (typeof ext.existingId === 'string') refusal.existingId = ext.existingId;
  return { kind: 'refused', error: refusal };
}

/** Only one replay at a time, across this tab (promise chain) and other tabs (Web Locks). */
const LOCK_NAME = 'caregraph-outbox';

export interface OutboxOptions {
  now?: () => Date;
  newId?: () => string;
  /**
   * Web Locks, when the browser has them (every current browser; Node 24 too). Without them only
   * replays within this tab are serialized: a second tab could send the same entry at the same
   * time, which the server's write-once lock still records once.
   */
  locks?: LockManager | null;
}

export class Outbox {
  readonly #vault: Vault;
  readonly #now: () => Date;
  readonly #newId: () => string;
  readonly #locks: LockManager | null;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(vault: Vault, options: OutboxOptions = {}) {
    this.#vault = vault;
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    this.#locks =
      options.locks !== undefined
        ? options.locks
        : typeof navigator !== 'undefined' && 'locks' in navigator
          ? navigator.locks
          : null;
  }

  /** Runs `fn` after every earlier exclusive task of this tab, and under the cross-tab lock. */
  #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const locks = this.#locks;
    const run = () => (locks ? locks.request(LOCK_NAME, fn) : fn());
    const next = this.#chain.then(run, run);
    this.#chain = next.catch(() => undefined);
    return next;
  }

  /**
   * Records a bedside write; its id is fixed here, before anything is sent: the one the form made
   * when it opened, when it gives one.
   */
  async add(write: {
    id?: string;
    kind: OutboxKind;
    patientId: string;
    input: unknown;
    summary?: string;
  }): Promise<OutboxEntry> {
    const entry: OutboxEntry = {
      id: write.id ?? this.#newId(),
      kind: write.kind,
      patientId: write.patientId,
      input: write.input,
      ...(write.summary ? { summary: write.summary } : {}),
      createdAt: this.#now().toISOString(),
      state: 'pending',
    };
    await this.#vault.appendOutbox(entry.id, entry);
    return entry;
  }

  /** Every entry, in creation order. */
  async list(): Promise<OutboxEntry[]> {
    return (await this.#rows()).map((row) => row.entry);
  }

  async #rows(): Promise<{ seq: number; entry: OutboxEntry }[]> {
    const rows = await this.#vault.readOutbox();
    return rows.map(({ seq, value }) => ({ seq, entry: value as OutboxEntry }));
  }

  /**
   * Sends pending entries one at a time, in creation order, through `send`. Stops at the first
   * sign the server is unreachable, keeping that entry and every later one for the next replay;
   * a refused entry goes to "à vérifier" and the replay goes on with the next one.
   */
  replay(send: Send): Promise<ReplayReport> {
    return this.#exclusive(async () => {
      const report: ReplayReport = { sent: [], toCheck: [], stopped: false };
      for (const { seq, entry } of await this.#rows()) {
        if (entry.state === 'toCheck') continue;
        // Marked before sending: an entry found `sent` later may have reached the server, and
        // must keep its id for ever (it does: ids never change except on a user's retry).
        await this.#vault.putOutbox(seq, entry.id, { ...entry, state: 'sent' });
        let answer: SendAnswer;
        try {
          answer = await send({ ...entry, state: 'sent' });
        } catch (error) {
          const outcome = classifyFailure(error);
          if (outcome.kind === 'unavailable') {
            await this.#vault.putOutbox(seq, entry.id, { ...entry, state: 'pending' });
            report.stopped = true;
            return report;
          }
          await this.#toCheck(seq, entry, outcome.error);
          report.toCheck.push(entry.id);
          continue;
        }
        if (answer.id !== entry.id) {
          // The write-once path answers the record made under our id, first time or replay; any
          // other id means something we do not understand happened to this entry.
          await this.#toCheck(seq, entry, {
            code: 'UNEXPECTED_ANSWER',
            message: `the server answered record ${answer.id} for entry ${entry.id}`,
          });
          report.toCheck.push(entry.id);
          continue;
        }
        await this.#vault.deleteOutbox(seq);
        report.sent.push(entry.id);
      }
      return report;
    });
  }

  async #toCheck(seq: number, entry: OutboxEntry, error: OutboxError): Promise<void> {
    await this.#vault.putOutbox(seq, entry.id, { ...entry, state: 'toCheck', error });
  }

  /**
   * The user's decision on an "à vérifier" entry, always with a reason. `discard` removes it and
   * answers it with the reason (the caller records the decision); `retry` puts it back in the
   * queue at its place with the reason attached. It keeps its id, so if it had in fact been
   * recorded the server answers a replay, except after a CONFLICT without reason: that is the
   * write-once conflict (the server holds other content under this id), so it gets a new id.
   */
  resolve(
    id: string,
    action: 'discard' | 'retry',
    reason: string,
  ): Promise<{ entry: OutboxEntry; reason: string }> {
    return this.#exclusive(async () => {
      if (reason.trim() === '') throw new Error('a reason is required to resolve an entry');
      const row = (await this.#rows()).find((r) => r.entry.id === id);
      if (row?.entry.state !== 'toCheck') {
        throw new Error(`no entry ${id} waits for a decision`);
      }
      const { seq, entry } = row;
      if (action === 'discard') {
        await this.#vault.deleteOutbox(seq);
        return { entry, reason };
      }
      const writeOnceConflict = entry.error?.code === 'CONFLICT' && !entry.error.reason;
      const retried: OutboxEntry = {
        id: writeOnceConflict ? this.#newId() : entry.id,
        kind: entry.kind,
        patientId: entry.patientId,
        input: entry.input,
        ...(entry.summary ? { summary: entry.summary } : {}),
        createdAt: entry.createdAt,
        state: 'pending',
        retryReason: reason,
      };
      await this.#vault.putOutbox(seq, retried.id, retried);
      return { entry: retried, reason };
    });
  }
}
