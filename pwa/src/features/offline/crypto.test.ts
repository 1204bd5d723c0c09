import { describe, expect, it } from 'vitest';
import {
  deriveKey,
  open,
  PBKDF2_ITERATIONS,
  randomSalt,
  seal,
  sealCheck,
  TamperedError,
  unlockKey,
  WrongCodeError,
} from './crypto';

/** Few iterations keep the suite fast; one test below uses the real count. */
const FAST = 1_000;

const value = { patientId: 'p-1', vitals: { pulse: 88, spo2: 97 }, note: 'état stable — à revoir' };

async function setup(code = '482913') {
  const salt = randomSalt();
  const key = await deriveKey(code, salt, FAST);
  const check = await sealCheck(key);
  return { salt, key, check };
}

function flipped(bytes: Uint8Array<ArrayBuffer>, at = 0): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe('offline crypto', () => {
  it('opens what it sealed, with the key derived again from the same code and salt', async () => {
    const { salt, key, check } = await setup();
    const sealed = await seal(key, value);
    const again = await unlockKey('482913', salt, check, FAST);
    expect(await open(again, sealed)).toEqual(value);
  });

  it('refuses a wrong code with WrongCodeError', async () => {
    const { salt, check } = await setup();
    await expect(unlockKey('482914', salt, check, FAST)).rejects.toBeInstanceOf(WrongCodeError);
  });

  it('refuses a tampered ciphertext with TamperedError', async () => {
    const { key } = await setup();
    const sealed = await seal(key, value);
    const last = sealed.ciphertext.length - 1;
    await expect(
      open(key, { ...sealed, ciphertext: flipped(sealed.ciphertext, 3) }),
    ).rejects.toBeInstanceOf(TamperedError);
    await expect(
      open(key, { ...sealed, ciphertext: flipped(sealed.ciphertext, last) }),
    ).rejects.toBeInstanceOf(TamperedError);
  });

  it('refuses a tampered IV with TamperedError', async () => {
    const { key } = await setup();
    const sealed = await seal(key, value);
    await expect(open(key, { ...sealed, iv: flipped(sealed.iv) })).rejects.toBeInstanceOf(
      TamperedError,
    );
  });

  it('refuses a sealed value moved to another context', async () => {
    const { key } = await setup();
    const sealed = await seal(key, value, 'outbox:1');
    expect(await open(key, sealed, 'outbox:1')).toEqual(value);
    await expect(open(key, sealed, 'outbox:2')).rejects.toBeInstanceOf(TamperedError);
  });

  it('seals the same value twice into different IVs and ciphertexts', async () => {
    const { key } = await setup();
    const a = await seal(key, value);
    const b = await seal(key, value);
    expect(a.iv).toHaveLength(12);
    expect(a.iv).not.toEqual(b.iv);
    expect(a.ciphertext).not.toEqual(b.ciphertext);
  });

  it('derives a non-extractable AES-GCM 256 key', async () => {
    const { key } = await setup();
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(globalThis.crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('derives with the production iteration count in a bounded time', async () => {
    const start = performance.now();
    await deriveKey('482913', randomSalt(), PBKDF2_ITERATIONS);
    const ms = performance.now() - start;
    // Loose bound: catches an accidental extra zero, not machine noise.
    expect(ms).toBeLessThan(5_000);
  });
});
