import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import {
  checkTotp,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  openSecret,
  otpauthUri,
  sealSecret,
  timeStepAt,
} from './totp.js';

const key = new TextEncoder().encode('k'.repeat(48));
const at = new Date('2026-06-01T08:00:10Z');
const epoch = (d: Date) => Math.floor(d.getTime() / 1000);
const codeAt = (secret: string, d: Date) => generate({ secret, epoch: epoch(d) });

describe('TOTP helpers', () => {
  it('seals a secret so that only the same server secret opens it', () => {
    const secret = newTotpSecret();
    const sealed = sealSecret(secret, key);
    expect(sealed).not.toContain(secret);
    expect(openSecret(sealed, key)).toBe(secret);
    expect(() => openSecret(sealed, new TextEncoder().encode('x'.repeat(48)))).toThrow();
  });

  it('builds an otpauth URI naming the issuer and the account', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'admin@example.org');
    expect(uri).toMatch(/^otpauth:\/\/totp\/CareGraph:admin%40example\.org\?/);
    expect(uri).toContain('issuer=CareGraph');
  });

  it('accepts the code of the step, one step either side, and nothing further', async () => {
    const secret = newTotpSecret();
    const step = timeStepAt(at);
    expect(await checkTotp(secret, await codeAt(secret, at), at, null)).toBe(step);
    const before = new Date(at.getTime() - 30_000);
    const after = new Date(at.getTime() + 30_000);
    expect(await checkTotp(secret, await codeAt(secret, before), at, null)).toBe(step - 1);
    expect(await checkTotp(secret, await codeAt(secret, after), at, null)).toBe(step + 1);
    const far = new Date(at.getTime() - 90_000);
    expect(await checkTotp(secret, await codeAt(secret, far), at, null)).toBeNull();
    expect(await checkTotp(secret, 'abcdef', at, null)).toBeNull();
  });

  it('refuses a code of a step already used', async () => {
    const secret = newTotpSecret();
    const code = await codeAt(secret, at);
    expect(await checkTotp(secret, code, at, timeStepAt(at))).toBeNull();
    expect(await checkTotp(secret, code, at, timeStepAt(at) - 1)).toBe(timeStepAt(at));
  });

  it('makes ten distinct recovery codes and reads them back however typed', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const first = codes[0] ?? '';
    expect(normaliseRecoveryCode(` ${first.toUpperCase().replace('-', ' ')} `)).toBe(first);
    expect(normaliseRecoveryCode('123456')).toBeNull();
  });
});
