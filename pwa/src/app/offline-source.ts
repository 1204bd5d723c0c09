import { useSyncExternalStore } from 'react';
import { useOnline } from './use-online';

/**
 * Data kept on the device for reading without network (the shift pack). app/ knows no domain: a
 * feature registers a source once its data are unlocked, and the Apollo client answers queries
 * from it while the API cannot be reached (see `createApolloClient`).
 */
export interface OfflineSource {
  /** When the server built the data (ISO instant): what "données de 07:42" says. */
  asOf: string;
  /** The data of one query, or undefined when the source does not hold all of it. */
  answer(operationName: string, variables: Record<string, unknown>): unknown;
}

/** The error code of a query the device cannot answer without network. */
export const OFFLINE_UNAVAILABLE = 'OFFLINE_UNAVAILABLE';

let source: OfflineSource | null = null;
const listeners = new Set<() => void>();

/** Registers (or, with null, forgets) the device's offline data. */
export function setOfflineSource(next: OfflineSource | null): void {
  source = next;
  for (const l of listeners) l();
}

export function getOfflineSource(): OfflineSource | null {
  return source;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The registered source, offline or not, re-rendering when it changes. */
export function useOfflineSource(): OfflineSource | null {
  return useSyncExternalStore(subscribe, getOfflineSource);
}

/**
 * The source the screens are reading from right now: set only while offline with unlocked data,
 * so that a screen can say what the device does not hold instead of showing it empty.
 */
export function useReadingOffline(): OfflineSource | null {
  const online = useOnline();
  const current = useOfflineSource();
  return online ? null : current;
}

/**
 * Whether the device is sending its offline writes (the outbox) right now: the service worker
 * update waits for the end before reloading the page.
 */
let writesSending = false;
const sendingWaiters = new Set<() => void>();

export function setWritesSending(sending: boolean): void {
  writesSending = sending;
  if (!sending) {
    for (const w of sendingWaiters) w();
    sendingWaiters.clear();
  }
}

export function isWritesSending(): boolean {
  return writesSending;
}

/** Resolves at once, or when the writes being sent are done. */
export function whenWritesSettled(): Promise<void> {
  if (!writesSending) return Promise.resolve();
  return new Promise((resolve) => sendingWaiters.add(resolve));
}
