import { useSyncExternalStore } from 'react';

/**
 * Where this device stands with the shift pack, for the screens that show it. Light on purpose
 * (no IndexedDB, no crypto): the wards pages import it; the vault code loads after sign-in.
 */
export type PackStatus =
  /** Nothing to show: not a doctor or a nurse, not checked yet, or "later" was chosen. */
  | { state: 'none' }
  /** A doctor or a nurse with no pack on this phone: offer to take the shift offline. */
  | { state: 'offer' }
  /** This user's pack is sealed on the phone; the code has not been given in this visit. */
  | { state: 'locked' }
  /** Unlocked: the pack built by the server at `asOf` is readable, and refreshed while online. */
  | { state: 'ready'; asOf: string };

let status: PackStatus = { state: 'none' };
const listeners = new Set<() => void>();

export function setPackStatus(next: PackStatus): void {
  status = next;
  for (const l of listeners) l();
}

export function getPackStatus(): PackStatus {
  return status;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePackStatus(): PackStatus {
  return useSyncExternalStore(subscribe, getPackStatus);
}

/** "Later" holds for this visit: sessionStorage, cleared at logout with the rest. */
const LATER_KEY = 'caregraph.offline.later';

export function saidLater(): boolean {
  try {
    return sessionStorage.getItem(LATER_KEY) === '1';
  } catch {
    return false;
  }
}

/** Hides the offer until the next visit. */
export function sayLater(): void {
  try {
    sessionStorage.setItem(LATER_KEY, '1');
  } catch {
    // Private mode: offered again next time.
  }
  setPackStatus({ state: 'none' });
}
