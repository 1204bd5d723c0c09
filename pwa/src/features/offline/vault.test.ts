import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createVault,
  DB_NAME,
  MAX_ATTEMPTS,
  peekVault,
  unlock,
  VaultGoneError,
  wipe,
} from './vault';

const FAST = { iterations: 1_000 };
const T0 = Date.parse('2026-03-02T07:30:00Z');
const SHIFT_END = new Date('2026-03-02T20:00:00Z');
const at = (iso: string) => ({ ...FAST, now: () => Date.parse(iso) });
const during = at('2026-03-02T10:00:00Z');

const pack = {
  asOf: '2026-03-02T07:42:00Z',
  patients: [{ id: 'p-1', allergies: ['pénicilline'] }],
};

async function databaseNames(): Promise<string[]> {
  const dbs = await indexedDB.databases();
  return dbs.map((db) => db.name ?? '');
}

describe('offline vault', () => {
  beforeEach(async () => {
    await wipe();
  });

  it('saves a pack and loads it back after locking and unlocking with the code', async () => {
    const vault = await createVault('482913', 'nurse-1', SHIFT_END, { ...FAST, now: () => T0 });
    expect(await vault.loadPack()).toBeUndefined();
    await vault.savePack(pack);
    vault.lock();

    expect(await peekVault(during)).toEqual({ userId: 'nurse-1', expiresAt: SHIFT_END });
    const result = await unlock('482913', during);
    if (!result.ok) throw new Error(`unlock failed: ${result.reason}`);
    expect(await result.vault.loadPack()).toEqual(pack);
    result.vault.lock();
  });

  it('keeps the pack sealed on disk: the stored bytes hold no patient data', async () => {
    const vault = await createVault('482913', 'nurse-1', SHIFT_END, during);
    await vault.savePack(pack);
    vault.lock();
    const raw = await new Promise<unknown>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME);
      req.onsuccess = () => {
        const get = req.result.transaction('pack').objectStore('pack').get('pack');
        get.onsuccess = () => {
          req.result.close();
          resolve(get.result);
        };
        get.onerror = () => {
          reject(get.error ?? new Error('read failed'));
        };
      };
      req.onerror = () => {
        reject(req.error ?? new Error('open failed'));
      };
    });
    const { ciphertext } = raw as { ciphertext: Uint8Array };
    expect(new TextDecoder().decode(ciphertext)).not.toContain('pénicilline');
  });

  it('counts wrong codes and says how many are left; a right code resets the count', async () => {
    (await createVault('482913', 'nurse-1', SHIFT_END, during)).lock();
    expect(await unlock('000000', during)).toEqual({
      ok: false,
      reason: 'wrongCode',
      attemptsLeft: MAX_ATTEMPTS - 1,
    });
    expect(await unlock('111111', during)).toMatchObject({ attemptsLeft: MAX_ATTEMPTS - 2 });
    const right = await unlock('482913', during);
    expect(right.ok).toBe(true);
    if (right.ok) right.vault.lock();
    expect(await unlock('000000', during)).toMatchObject({ attemptsLeft: MAX_ATTEMPTS - 1 });
  });

  it('wipes everything at the 5th wrong code and says so', async () => {
    const vault = await createVault('482913', 'nurse-1', SHIFT_END, during);
    await vault.savePack(pack);
    vault.lock();
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      expect(await unlock(`00000${i}`, during)).toMatchObject({ reason: 'wrongCode' });
    }
    expect(await unlock('000009', during)).toEqual({
      ok: false,
      reason: 'wiped',
      cause: 'tooManyAttempts',
    });
    expect(await databaseNames()).not.toContain(DB_NAME);
    // Even the right code finds nothing now.
    expect(await unlock('482913', during)).toEqual({ ok: false, reason: 'noVault' });
  });

  it('wipes an expired vault on unlock, before trying the code', async () => {
    const vault = await createVault('482913', 'nurse-1', SHIFT_END, during);
    await vault.savePack(pack);
    vault.lock();
    expect(await unlock('482913', at('2026-03-02T20:00:00Z'))).toEqual({
      ok: false,
      reason: 'wiped',
      cause: 'expired',
    });
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('wipes an expired vault on peek, and an open vault once its shift is over', async () => {
    (await createVault('482913', 'nurse-1', SHIFT_END, during)).lock();
    expect(await peekVault(at('2026-03-03T00:00:00Z'))).toBeNull();
    expect(await databaseNames()).not.toContain(DB_NAME);

    let clock = Date.parse('2026-03-02T19:59:00Z');
    const vault = await createVault('482913', 'nurse-1', SHIFT_END, { ...FAST, now: () => clock });
    await vault.savePack(pack);
    clock = Date.parse('2026-03-02T20:01:00Z');
    await expect(vault.loadPack()).rejects.toBeInstanceOf(VaultGoneError);
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('leaves no database after wipe', async () => {
    const vault = await createVault('482913', 'nurse-1', SHIFT_END, during);
    await vault.savePack(pack);
    await vault.appendOutbox('id-1', { note: 'x' });
    expect(await databaseNames()).toContain(DB_NAME);
    await vault.wipe();
    expect(await databaseNames()).not.toContain(DB_NAME);
    expect(await peekVault(during)).toBeNull();
    await wipe();
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('starts a new shift with a fresh vault: the previous pack is gone', async () => {
    const first = await createVault('482913', 'nurse-1', SHIFT_END, during);
    await first.savePack(pack);
    first.lock();
    const second = await createVault('777777', 'nurse-2', SHIFT_END, during);
    expect(await second.loadPack()).toBeUndefined();
    second.lock();
    expect(await unlock('482913', during)).toMatchObject({ reason: 'wrongCode' });
  });
});
