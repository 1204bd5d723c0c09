/**
 * Encryption at rest for the offline ward round: an AES-GCM 256 key derived from the short
 * unlock code chosen at shift start, never stored anywhere (it lives in memory while the app is
 * unlocked). Everything sealed here is JSON inside AES-GCM, so any change to the stored bytes
 * (ciphertext, IV or the context it is bound to) makes `open` refuse instead of answering garbage.
 */

/**
 * PBKDF2-SHA-256 iterations. Measured with WebCrypto in Node 24.21 on a shared 2-vCPU AMD EPYC VM:
 * 600 000 iterations took 170-264 ms (100 000: 31-45 ms, 300 000: 118-126 ms). WebCrypto runs
 * PBKDF2 natively (BoringSSL in Chrome, the same code as Node's OpenSSL path within a small
 * factor), and current mid-range phones with ARMv8 SHA-2 instructions hash at roughly 1-1.5x the
 * time of this VM, which puts 600 000 at about 250-400 ms: the ~300 ms the unlock screen can
 * afford. It is also OWASP's current floor for PBKDF2-HMAC-SHA256. Not yet measured on a real
 * phone: that figure belongs in bench/README.md (DevTools CPU throttling does not slow WebCrypto,
 * which runs off the main thread, so only a real device tells).
 *
 * The count is stored beside each vault's salt, so raising it later leaves existing vaults
 * readable.
 */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

/** A value encrypted with AES-GCM; `ciphertext` ends with the 16-byte authentication tag. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** The unlock code does not open this vault. */
export class WrongCodeError extends Error {
  override name = 'WrongCodeError';
  constructor() {
    super('wrong unlock code');
  }
}

/** The key is right (the check value opened) but these bytes were changed or moved. */
export class TamperedError extends Error {
  override name = 'TamperedError';
  constructor() {
    super('sealed data failed authentication');
  }
}

/** A known plaintext sealed at setup: opening it tells a wrong code from tampered data. */
const CHECK_CONTEXT = 'caregraph-offline:check';
const CHECK_VALUE = 'caregraph-offline:check:v1';

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function randomSalt(): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/**
 * Derives the vault key from the unlock code. The key is non-extractable: even script running in
 * the page cannot read its bytes back, only use it while this tab holds it.
 */
export async function deriveKey(
  code: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', encoder.encode(code), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Encrypts `value` as JSON under a fresh random IV. `context` (e.g. the record's key in the store)
 * is authenticated but not encrypted: a sealed blob copied to another slot no longer opens.
 */
export async function seal(key: CryptoKey, value: unknown, context = ''): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plaintext = encoder.encode(JSON.stringify(value));
  const ciphertext = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    plaintext,
  );
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

/** Decrypts what `seal` made with the same key and context; throws `TamperedError` otherwise. */
export async function open(key: CryptoKey, sealed: Sealed, context = ''): Promise<unknown> {
  let plaintext: ArrayBuffer;
  try {
    plaintext = await subtle().decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(context) },
      key,
      sealed.ciphertext,
    );
  } catch {
    // WebCrypto answers every authentication failure with one OperationError, on purpose.
    throw new TamperedError();
  }
  return JSON.parse(decoder.decode(plaintext)) as unknown;
}

/** The check value stored at setup, beside the salt. */
export function sealCheck(key: CryptoKey): Promise<Sealed> {
  return seal(key, CHECK_VALUE, CHECK_CONTEXT);
}

/**
 * Derives the key from `code` and proves it against the check value: `WrongCodeError` when it
 * does not open. (A tampered check value also reads as a wrong code: nothing else can tell.)
 */
export async function unlockKey(
  code: string,
  salt: Uint8Array<ArrayBuffer>,
  check: Sealed,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  const key = await deriveKey(code, salt, iterations);
  try {
    if ((await open(key, check, CHECK_CONTEXT)) === CHECK_VALUE) return key;
  } catch (error) {
    if (!(error instanceof TamperedError)) throw error;
  }
  throw new WrongCodeError();
}
