/** Device preferences that hold no personal data and survive logout. */
export const KEPT_LOCAL_KEYS: readonly string[] = ['caregraph.lang'];

/** Cache Storage names of the app shell precache (code, not data), kept for offline start. */
export function isShellCache(name: string): boolean {
  return name.startsWith('workbox-precache');
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => {
      resolve();
    };
    req.onerror = () => {
      resolve();
    };
    req.onblocked = () => {
      resolve();
    };
  });
}

/**
 * Removes every byte of app data the browser holds for this origin: local and session storage
 * (but the language preference), every IndexedDB database and every Cache Storage cache except
 * the app shell precache. The Apollo cache is in memory and is cleared by the caller.
 */
export async function wipeDeviceData(): Promise<void> {
  for (const key of Object.keys(localStorage)) {
    if (!KEPT_LOCAL_KEYS.includes(key)) localStorage.removeItem(key);
  }
  sessionStorage.clear();
  if ('databases' in indexedDB) {
    const dbs = await indexedDB.databases();
    await Promise.all(dbs.map((db) => (db.name ? deleteDatabase(db.name) : Promise.resolve())));
  }
  if ('caches' in window) {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => !isShellCache(n)).map((n) => caches.delete(n)));
  }
}
