import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from './tokens.js';

const settings = {
  secret: new TextEncoder().encode('x'.repeat(48)),
  issuer: 'caregraph',
  audience: 'caregraph-api',
  ttlSeconds: 900,
};
const claims = { sub: 'u1', sid: 's1', role: 'NURSE' };
const t0 = new Date('2026-03-01T10:00:00Z');

describe('access tokens', () => {
  it('round-trips the claims while valid', async () => {
    const { token, expiresAt } = await signAccessToken(claims, settings, t0);
    expect(expiresAt.toISOString()).toBe('2026-03-01T10:15:00.000Z');
    expect(await verifyAccessToken(token, settings, t0)).toEqual(claims);
  });

  it('rejects an expired token', async () => {
    const { token } = await signAccessToken(claims, settings, t0);
    expect(await verifyAccessToken(token, settings, new Date(t0.getTime() + 901_000))).toBeNull();
  });

  it('rejects a token for another audience or issuer', async () => {
    const { token } = await signAccessToken(claims, { ...settings, audience: 'other' }, t0);
    expect(await verifyAccessToken(token, settings, t0)).toBeNull();
    const { token: t2 } = await signAccessToken(claims, { ...settings, issuer: 'evil' }, t0);
    expect(await verifyAccessToken(t2, settings, t0)).toBeNull();
  });

  it('rejects an algorithm outside the allowlist', async () => {
    const token = await new SignJWT({ sid: 's1', role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject('u1')
      .setIssuer('caregraph')
      .setAudience('caregraph-api')
      .setIssuedAt(Math.floor(t0.getTime() / 1000))
      .setNotBefore(Math.floor(t0.getTime() / 1000))
      .setExpirationTime(Math.floor(t0.getTime() / 1000) + 60)
      .sign(settings.secret);
    expect(await verifyAccessToken(token, settings, t0)).toBeNull();
  });

  it('rejects a token signed with another secret', async () => {
    const { token } = await signAccessToken(
      claims,
      { ...settings, secret: new TextEncoder().encode('y'.repeat(48)) },
      t0,
    );
    expect(await verifyAccessToken(token, settings, t0)).toBeNull();
  });
});
