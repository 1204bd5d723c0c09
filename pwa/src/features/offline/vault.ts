/**
 * The device's offline store: one IndexedDB database holding the shift pack and the outbox,
 * both sealed with the key derived from the unlock code (see crypto.ts), plus the metadata needed
 * to unlock it. Only the metadata is in the clear: salt, check value, iteration count, failed
 * attempts, expiry and the staff user id (to tell whose vault this is before unlocking).
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  deriveKey,
  open,
  PBKDF2_ITERATIONS,
  randomSalt,
  seal,
  sealCheck,
  unlockKey,
  WrongCodeError,
  type Sealed,
} from './crypto';

export const DB_NAME = 'caregraph-offline';
const DB_VERSION = 1;
/** The 5th wrong code in a row wipes the vault. */
export const MAX_ATTEMPTS = 5;

const PACK_KEY = 'pack';
const META_KEY = 'meta';

interface Meta {
  salt: Uint8Array<ArrayBuffer>;
  check: Sealed;
  iterations: number;
  failedAttempts: number;
  /** Epoch milliseconds: end of shift plus grace. */
  expiresAt: number;
  userId: string;
}

/**
 * An outbox row. Readable without the key: the sequence number and the write-once id (a random
 * UUID, which says nothing about the patient). Everything else is sealed.
 */
export interface SealedOutboxRow {
  seq: number;
  id: string;
  sealed: Sealed;
}

interface OfflineDB extends DBSchema {
  meta: { key: string; value: Meta };
  pack: { key: string; value: Sealed };
  outbox: { key: number; value: SealedOutboxRow };
}

export interface VaultOptions {
  /** Injected clock (epoch ms), for expiry. */
  now?: () => number;
  /** PBKDF2 iterations for a new vault; tests lower it. */
  iterations?: number;
}

export type UnlockResult =
  | { ok: true; vault: Vault }
  | { ok: false; reason: 'wrongCode'; attemptsLeft: number }
  | { ok: false; reason: 'wiped'; cause: 'tooManyAttempts' | 'expired' }
  | { ok: false; reason: 'noVault' };

/** The vault was wiped (expired) while in use; the caller goes back to sign-in. */
export class VaultGoneError extends Error {
  override name = 'VaultGoneError';
  constructor() {
    super('the offline vault has expired and was wiped');
  }
}

function openOfflineDB(): Promise<IDBPDatabase<OfflineDB>> {
  return openDB<OfflineDB>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('meta');
      db.createObjectStore('pack');
      db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
    },
    // Another tab wipes or upgrades: let it, rather than block the deletion for ever.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
    },
  });
}

/** Deletes the whole database (pack, outbox, metadata). Safe to call when there is none. */
export async function wipe(): Promise<void> {
  await deleteDB(DB_NAME);
}

/** Whether a vault exists, and for whom, without the code; an expired one is wiped here. */
export async function peekVault(
  options: VaultOptions = {},
): Promise<{ userId: string; expiresAt: Date } | null> {
  const now = options.now ?? Date.now;
  const db = await openOfflineDB();
  const meta = await db.get('meta', META_KEY);
  db.close();
  if (!meta) return null;
  if (now() >= meta.expiresAt) {
    await wipe();
    return null;
  }
  return { userId: meta.userId, expiresAt: new Date(meta.expiresAt) };
}

/**
 * Makes a new, empty vault for `userId`, replacing any previous one (a new shift starts clean).
 */
export async function createVault(
  code: string,
  userId: string,
  expiresAt: Date,
  options: VaultOptions = {},
): Promise<Vault> {
  await wipe();
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const salt = randomSalt();
  const key = await deriveKey(code, salt, iterations);
  const meta: Meta = {
    salt,
    check: await sealCheck(key),
    iterations,
    failedAttempts: 0,
    expiresAt: expiresAt.getTime(),
    userId,
  };
  const db = await openOfflineDB();
  await db.put('meta', meta, META_KEY);
  return new Vault(db, key, meta, options.now ?? Date.now);
}

/**
 * Opens the vault with the unlock code. Wrong codes are counted in the database (so closing the
 * app does not reset them); the MAX_ATTEMPTS-th in a row wipes everything. An expired vault is
 * wiped before the code is even tried.
 */
export async function unlock(code: string, options: VaultOptions = {}): Promise<UnlockResult> {
  const now = options.now ?? Date.now;
  const db = await openOfflineDB();
  const meta = await db.get('meta', META_KEY);
  if (!meta) {
    db.close();
    return { ok: false, reason: 'noVault' };
  }
  if (now() >= meta.expiresAt) {
    db.close();
    await wipe();
    return { ok: false, reason: 'wiped', cause: 'expired' };
  }
  try {
    const key = await unlockKey(code, meta.salt, meta.check, meta.iterations);
    const reset = { ...meta, failedAttempts: 0 };
    await db.put('meta', reset, META_KEY);
    return { ok: true, vault: new Vault(db, key, reset, now) };
  } catch (error) {
    if (!(error instanceof WrongCodeError)) {
      db.close();
      throw error;
    }
  }
  // Counted in one transaction, so two unlock attempts at once both count.
  const tx = db.transaction('meta', 'readwrite');
  const current = await tx.store.get(META_KEY);
  const failedAttempts = (current?.failedAttempts ?? 0) + 1;
  if (current) await tx.store.put({ ...current, failedAttempts }, META_KEY);
  await tx.done;
  db.close();
  if (failedAttempts >= MAX_ATTEMPTS) {
    await wipe();
    return { ok: false, reason: 'wiped', cause: 'tooManyAttempts' };
  }
  return { ok: false, reason: 'wrongCode', attemptsLeft: MAX_ATTEMPTS - failedAttempts };
}

/** An unlocked vault: holds the key in memory until `lock()` or a wipe. */
export class Vault {
  readonly userId: string;
  readonly expiresAt: Date;
  #db: IDBPDatabase<OfflineDB> | null;
  #key: CryptoKey | null;
  readonly #now: () => number;

  constructor(db: IDBPDatabase<OfflineDB>, key: CryptoKey, meta: Meta, now: () => number) {
    this.#db = db;
    this.#key = key;
    this.#now = now;
    this.userId = meta.userId;
    this.expiresAt = new Date(meta.expiresAt);
  }

  /** The database and key, or a wipe when the shift (plus grace) is over. */
  async #live(): Promise<{ db: IDBPDatabase<OfflineDB>; key: CryptoKey }> {
    if (this.#now() >= this.expiresAt.getTime()) {
      await this.wipe();
      throw new VaultGoneError();
    }
    if (!this.#db || !this.#key) throw new VaultGoneError();
    return { db: this.#db, key: this.#key };
  }

  async savePack(pack: unknown): Promise<void> {
    const { db, key } = await this.#live();
    await db.put('pack', await seal(key, pack, PACK_KEY), PACK_KEY);
  }

  /** The pack, or undefined when none was saved yet. */
  async loadPack(): Promise<unknown> {
    const { db, key } = await this.#live();
    const sealed = await db.get('pack', PACK_KEY);
    return sealed ? open(key, sealed, PACK_KEY) : undefined;
  }

  /**
   * Seals `value` as a new outbox row at the end of the sequence, in one write; answers the row's
   * number. The number comes from the store (autoIncrement), not the clock, so creation order
   * survives clock changes and a phone restart.
   */
  async appendOutbox(id: string, value: unknown): Promise<number> {
    const { db, key } = await this.#live();
    const sealed = await seal(key, value, outboxContext(id));
    return db.add('outbox', { id, sealed } as SealedOutboxRow);
  }

  /** Replaces the content of an existing outbox row. */
  async putOutbox(seq: number, id: string, value: unknown): Promise<void> {
    const { db, key } = await this.#live();
    await db.put('outbox', { seq, id, sealed: await seal(key, value, outboxContext(id)) });
  }

  async deleteOutbox(seq: number): Promise<void> {
    const { db } = await this.#live();
    await db.delete('outbox', seq);
  }

  /** Every outbox row opened, in sequence order. */
  async readOutbox(): Promise<{ seq: number; value: unknown }[]> {
    const { db, key } = await this.#live();
    const rows = await db.getAll('outbox');
    const opened: { seq: number; value: unknown }[] = [];
    for (const row of rows) {
      opened.push({ seq: row.seq, value: await open(key, row.sealed, outboxContext(row.id)) });
    }
    return opened;
  }

  /** Forgets the key; the data stays sealed on disk until the next unlock. */
  lock(): void {
    this.#key = null;
    this.#db?.close();
    this.#db = null;
  }

  /** Forgets the key and deletes the whole database. */
  async wipe(): Promise<void> {
    this.lock();
    await wipe();
  }
}

/** A row's content is bound to its write-once id: a sealed blob copied under another id fails. */
function outboxContext(id: string): string {
  return `outbox:${id}`;
}
