/**
 * The shift pack on this device: taken with a code after sign-in, refreshed while online, opened
 * with the code when the app starts without network. Holds the one unlocked vault of the tab and
 * registers the pack as the app's offline source (app/offline-source.ts), which the Apollo client
 * answers queries from while the API cannot be reached.
 */
import type { ApolloClient } from '@apollo/client';
import { errorCodeOf } from '../../app/errors';
import { setOfflineSource } from '../../app/offline-source';
import type { SessionUser } from '../../app/session/session-manager';
import { MyShiftPackDocument } from '../../gql/graphql';
import { answerFromPack, packExpiry, type ShiftPack, type StoredPack } from './pack';
import { Outbox, type ReplayReport } from './outbox';
import { sendWith } from './outbox-send';
import { getOutboxStatus, setOutboxPort, setOutboxStatus } from './outbox-status';
import { setPackStatus } from './pack-status';
import { createVault, DB_NAME, peekVault, unlock, wipe, type Vault } from './vault';

/** How often an unlocked pack is fetched again while online. */
export const REFRESH_MS = 5 * 60 * 1000;

let vault: Vault | null = null;
let outbox: Outbox | null = null;

/** Whether the database exists, without creating it (opening it would). */
async function vaultDatabaseExists(): Promise<boolean> {
  if (!('databases' in indexedDB)) return true;
  const dbs = await indexedDB.databases();
  return dbs.some((db) => db.name === DB_NAME);
}

/** Who the sealed pack on this device belongs to, or null; an expired one is wiped here. */
export async function packOnDevice(): Promise<{ userId: string } | null> {
  if (!(await vaultDatabaseExists())) return null;
  const found = await peekVault();
  if (!found) await wipe(); // an empty or expired database: leave nothing behind
  return found;
}

export function isUnlocked(): boolean {
  return vault !== null;
}

/** Shows the outbox as stored (after any change made outside `queueOffline`). */
async function showOutbox(): Promise<void> {
  const current = outbox;
  if (!current) return;
  const entries = await current.list();
  if (outbox === current) setOutboxStatus({ entries });
}

function activate(open: Vault, stored: StoredPack): void {
  if (vault !== open || !outbox) {
    const box = new Outbox(open);
    outbox = box;
    setOutboxPort({
      add: (write) => box.add(write),
      resolve: async (id, action, reason) => {
        const done = await box.resolve(id, action, reason);
        await showOutbox();
        return done;
      },
    });
    void showOutbox();
  }
  vault = open;
  const { pack } = stored;
  setOfflineSource({
    asOf: pack.asOf,
    answer: (operationName, variables) => answerFromPack(pack, operationName, variables),
  });
  setPackStatus({ state: 'ready', asOf: pack.asOf });
}

/** Forgets the key and the pack in memory; the sealed copy stays on the device. */
export function lockPack(): void {
  vault?.lock();
  vault = null;
  outbox = null;
  setOutboxPort(null);
  setOfflineSource(null);
}

/**
 * Sends the outbox in creation order through the real mutations (see `Outbox.replay`); the
 * service worker update waits meanwhile. A no-op while locked or with nothing to send.
 */
export async function replayOutbox(client: ApolloClient): Promise<ReplayReport | null> {
  const box = outbox;
  if (!box) return null;
  if (!getOutboxStatus().entries.some((e) => e.state !== 'toCheck')) return null;
  setOutboxStatus({ sending: true });
  try {
    const report = await box.replay(sendWith(client));
    if (report.sent.length > 0) {
      await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    }
    return report;
  } finally {
    await showOutbox().catch(() => undefined);
    setOutboxStatus({ sending: false });
  }
}

/** Deletes the pack from the device and from memory. */
export async function wipePack(): Promise<void> {
  lockPack();
  setPackStatus({ state: 'none' });
  await wipe();
}

async function fetchPack(client: ApolloClient): Promise<ShiftPack> {
  const { data } = await client.query({ query: MyShiftPackDocument, fetchPolicy: 'network-only' });
  if (!data) throw new Error('no shift pack');
  return data.myShiftPack;
}

/**
 * Takes the shift offline: fetches the pack, makes a new vault sealed with `code` (replacing any
 * older one) that expires with the shift, and seals the pack into it.
 */
export async function takePack(client: ApolloClient, user: SessionUser, code: string) {
  const pack = await fetchPack(client);
  const open = await createVault(code, user.id, packExpiry(pack));
  const stored: StoredPack = { pack, user };
  await open.savePack(stored);
  activate(open, stored);
}

/**
 * Fetches the pack again and seals it in place of the old one; a no-op while locked. A refusal
 * (`FORBIDDEN`) wipes the pack.
 */
export async function refreshPack(client: ApolloClient, user: SessionUser): Promise<void> {
  const open = vault;
  if (!open) return;
  let pack: ShiftPack;
  try {
    pack = await fetchPack(client);
  } catch (error) {
    // The server no longer gives this account a pack (role changed, ward access withdrawn):
    // what the phone holds must go, as at logout.
    if (errorCodeOf(error) === 'FORBIDDEN' && vault === open) await wipePack();
    throw error;
  }
  if (vault !== open) return; // locked or wiped meanwhile
  const stored: StoredPack = { pack, user };
  await open.savePack(stored);
  activate(open, stored);
}

export type OpenResult =
  | { ok: true; stored: StoredPack }
  | { ok: false; reason: 'wrongCode'; attemptsLeft: number }
  | { ok: false; reason: 'wiped' };

/** Opens the sealed pack with the code; the 5th wrong code in a row wipes it. */
export async function openPack(code: string): Promise<OpenResult> {
  const result = await unlock(code);
  if (!result.ok) {
    if (result.reason === 'wrongCode') return result;
    setPackStatus({ state: 'none' });
    return { ok: false, reason: 'wiped' };
  }
  const stored = (await result.vault.loadPack()) as StoredPack | undefined;
  if (!stored) {
    await result.vault.wipe();
    setPackStatus({ state: 'none' });
    return { ok: false, reason: 'wiped' };
  }
  activate(result.vault, stored);
  return { ok: true, stored };
}
