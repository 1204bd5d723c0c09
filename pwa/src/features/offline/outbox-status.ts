/**
 * The outbox as the screens see it: the entries waiting on this device (in memory while the
 * vault is unlocked), whether a replay is running, and the way a form puts a write in the outbox.
 * Light on purpose (no IndexedDB, no crypto): the forms import it; the vault code registers the
 * open outbox after unlocking.
 */
import { useSyncExternalStore } from 'react';
import { setWritesSending } from '../../app/offline-source';
import type { OutboxEntry, OutboxKind } from './outbox';

export interface OutboxStatus {
  entries: readonly OutboxEntry[];
  sending: boolean;
}

/** What the registered outbox does for the screens (shift-offline.ts registers it). */
export interface OutboxPort {
  add(write: {
    id: string;
    kind: OutboxKind;
    patientId: string;
    input: unknown;
    summary?: string;
  }): Promise<OutboxEntry>;
  resolve(id: string, action: 'discard' | 'retry', reason: string): Promise<unknown>;
}

let port: OutboxPort | null = null;
let status: OutboxStatus = { entries: [], sending: false };
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

export function setOutboxPort(next: OutboxPort | null): void {
  port = next;
  if (!next) setOutboxStatus({ entries: [], sending: false });
}

export function setOutboxStatus(next: Partial<OutboxStatus>): void {
  status = { ...status, ...next };
  setWritesSending(status.sending);
  emit();
}

export function getOutboxStatus(): OutboxStatus {
  return status;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOutboxStatus(): OutboxStatus {
  return useSyncExternalStore(subscribe, getOutboxStatus);
}

/** Whether a write can go to the outbox now: the vault is unlocked. */
export function canQueueOffline(): boolean {
  return port !== null;
}

/**
 * Puts a bedside write in the sealed outbox under the id the form made when it opened; it is sent
 * when the network returns. Null when no unlocked vault can hold it.
 */
export async function queueOffline(write: {
  id: string;
  kind: OutboxKind;
  patientId: string;
  input: Record<string, unknown>;
  summary?: string;
}): Promise<OutboxEntry | null> {
  if (!port) return null;
  const entry = await port.add(write);
  setOutboxStatus({ entries: [...status.entries, entry] });
  return entry;
}

/** The user's decision on an "à vérifier" entry (see `Outbox.resolve`). */
export async function resolveEntry(
  id: string,
  action: 'discard' | 'retry',
  reason: string,
): Promise<void> {
  if (!port) throw new Error('the outbox is locked');
  await port.resolve(id, action, reason);
}

/** The counts the badge shows. */
export function outboxCounts(entries: readonly OutboxEntry[]): {
  pending: number;
  toCheck: number;
} {
  let pending = 0;
  let toCheck = 0;
  for (const e of entries) {
    if (e.state === 'toCheck') toCheck += 1;
    else pending += 1;
  }
  return { pending, toCheck };
}

/** The waiting dose entry of one scheduled dose, if any (the MAR shows it as pending). */
export function doseEntryOf(
  entries: readonly OutboxEntry[],
  prescriptionId: string,
  scheduledAt: string,
): OutboxEntry | undefined {
  return entries.find((e) => {
    if (e.kind !== 'dose') return false;
    const input = e.input as { prescriptionId?: unknown; scheduledAt?: unknown };
    return input.prescriptionId === prescriptionId && input.scheduledAt === scheduledAt;
  });
}

/** The words of the badge's parts (the screens give them from i18n). */
export type BadgeWords = (part: 'pending' | 'toCheck' | 'sending', count: number) => string;

/** The badge: "2 en attente · 1 à vérifier", or null when the outbox is empty. */
export function outboxBadge(
  entries: readonly OutboxEntry[],
  sending: boolean,
  words: BadgeWords,
): string | null {
  const { pending, toCheck } = outboxCounts(entries);
  const parts: string[] = [];
  if (pending > 0) parts.push(words('pending', pending));
  if (toCheck > 0) parts.push(words('toCheck', toCheck));
  if (parts.length === 0) return null;
  if (sending && pending > 0) parts.push(words('sending', pending));
  return parts.join(' · ');
}
