import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveredMail, tokenIn } from '../../app/testing/mail.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { MailKind, MailOutbox, REDACTED } from '../mail/index.js';
import { AccountToken } from './account-token.entity.js';
import { RESET_ANSWER_MS } from './account-tokens.service.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

// Monday 1 June 2026, 08:00 in Paris.
const NOW = new Date('2026-06-01T06:00:00Z');
const NEW_PASSWORD = 'a brand new passphrase 42';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
});
afterAll(async () => {
  await app.close();
});

const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET =
  'mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) }';

/** Asks for a reset link for `email` and returns the token the delivered mail carries. */
async function resetToken(email: string): Promise<string> {
  const since = app.clock.now();
  const r = await app.gql<{ requestPasswordReset: boolean }>(REQUEST, { e: email });
  expect(r.errors).toEqual([]);
  expect(r.data?.requestPasswordReset).toBe(true);
  const mail = await deliveredMail(app, email, MailKind.PASSWORD_RESET, since);
  return tokenIn(mail.text, 'reset-password');
}

describe('password reset', () => {
  it('mails a link, sets the new password, ends every session and clears the lockout', async () => {
    const u = await app.seedUser(Role.NURSE);
    const first = await app.login(u.email, u.password);
    await app
      .em()
      .nativeUpdate(
        User,
        { id: u.user.id },
        { failedLoginCount: 3, lockedUntil: new Date(NOW.getTime() + 600_000), lockCount: 1 },
      );
    const token = await resetToken(u.email);

    const r = await app.gql<{ resetPassword: boolean }>(RESET, { t: token, p: NEW_PASSWORD });
    expect(r.errors).toEqual([]);
    expect(r.data?.resetPassword).toBe(true);

    // Sessions and their refresh tokens are dead.
    const me = await app.gql('{ me { id } }', {}, { token: first.accessToken });
    expect(me.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refreshed = await app.gql(
      'mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken } }',
      { t: first.refreshToken },
    );
    expect(refreshed.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const live = await app.em().count(Session, { user: u.user.id, revokedAt: null });
    expect(live).toBe(0);

    // The lock is gone and the new password signs in; the old one does not.
    await expect(app.login(u.email, NEW_PASSWORD)).resolves.toBeTruthy();
    await expect(app.login(u.email, u.password)).rejects.toThrow();
    const after = await app.em().findOneOrFail(User, u.user.id);
    expect(after.lockedUntil).toBeNull();
    expect(after.emailVerifiedAt).toEqual(NOW);

    // The token is stored hashed, the mail kept without it once sent.
    const rows = await app.em().find(AccountToken, { user: u.user.id });
    expect(rows.every((t) => t.tokenHash !== token && t.tokenHash.length === 64)).toBe(true);
    const mail = await app.em().findOneOrFail(MailOutbox, { to: u.email });
    expect(mail.text).not.toContain(token);
    expect(mail.text).toContain(REDACTED);
    expect(mail.secret).toBeNull();
  });

  it('works once: the same link again is refused as used', async () => {
    const u = await app.seedUser(Role.PATIENT);
    const token = await resetToken(u.email);
    expect((await app.gql(RESET, { t: token, p: NEW_PASSWORD })).errors).toEqual([]);
    const again = await app.gql(RESET, { t: token, p: 'yet another passphrase 7' });
    expect(again.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOKEN_USED',
    });
  });

  it('refuses a link after 30 minutes, and an older link once a new one was asked', async () => {
    const u = await app.seedUser(Role.DOCTOR);
    const older = await resetToken(u.email);
    const newer = await resetToken(u.email);
    const replaced = await app.gql(RESET, { t: older, p: NEW_PASSWORD });
    expect(replaced.errors[0]?.extensions?.reason).toBe('TOKEN_EXPIRED');

    app.clock.advance(30 * 60_000 + 1000);
    try {
      const late = await app.gql(RESET, { t: newer, p: NEW_PASSWORD });
      expect(late.errors[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TOKEN_EXPIRED',
      });
    } finally {
      app.clock.set(NOW);
    }
    await expect(app.login(u.email, u.password)).resolves.toBeTruthy();
  });

  it('refuses an unknown token and a weak password, keeping the link usable', async () => {
    const bad = await app.gql(RESET, { t: 'not-a-token', p: NEW_PASSWORD });
    expect(bad.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOKEN_INVALID',
    });
    const u = await app.seedUser(Role.NURSE);
    const token = await resetToken(u.email);
    const weak = await app.gql<unknown>(RESET, { t: token, p: 'password' });
    expect(weak.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { newPassword: expect.any(String) as string },
    });
    expect((await app.gql(RESET, { t: token, p: NEW_PASSWORD })).errors).toEqual([]);
  });

  it('answers an unknown address exactly as a known one, in about the same time, and mails nobody', async () => {
    const u = await app.seedUser(Role.NURSE);
    const before = await app.em().count(MailOutbox, {});
    const t0 = performance.now();
    const unknown = await app.gql(REQUEST, { e: 'nobody.here@test.example' });
    const unknownMs = performance.now() - t0;
    const t1 = performance.now();
    const known = await app.gql(REQUEST, { e: u.email });
    const knownMs = performance.now() - t1;
    expect(unknown).toEqual({ ...known, setCookie: unknown.setCookie });
    expect(unknown.data).toEqual({ requestPasswordReset: true });
    expect(unknownMs).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
    expect(Math.abs(unknownMs - knownMs)).toBeLessThan(150);
    expect(await app.em().count(MailOutbox, {})).toBe(before + 1);
    expect(await app.em().count(MailOutbox, { to: 'nobody.here@test.example' })).toBe(0);
  });

  it('mails in the account’s language', async () => {
    const u = await app.seedUser(Role.PATIENT);
    await app.em().nativeUpdate(User, { id: u.user.id }, { locale: 'fr' as never });
    const since = app.clock.now();
    await app.gql(REQUEST, { e: u.email });
    const mail = await deliveredMail(app, u.email, MailKind.PASSWORD_RESET, since);
    expect(mail.row.subject).toContain('réinitialisez');
    expect(mail.text).toContain('Bonjour');
    expect(mail.text).toContain(`${app.config.publicUrl}/reset-password?token=`);
  });
});

describe('email verification', () => {
  const REGISTER =
    'mutation($i: RegisterPatientInput!) { registerPatient(input: $i) { accessToken user { emailVerifiedAt } } }';

  async function register(email: string) {
    const r = await app.gql<{
      registerPatient: { accessToken: string; user: { emailVerifiedAt: string | null } };
    }>(REGISTER, {
      i: {
        givenNames: 'Alix',
        familyName: 'Verifie',
        birthDate: '1991-03-04',
        sex: 'FEMALE',
        phone: '+33 6 11 22 33 44',
        email,
        password: 'a long enough passphrase 1',
        locale: 'en',
      },
    });
    expect(r.errors).toEqual([]);
    return r.data!.registerPatient;
  }

  it('mails a link at self-registration; the link confirms the address once', async () => {
    const email = `verify.${String(Date.now())}@test.example`;
    const since = app.clock.now();
    const reg = await register(email);
    expect(reg.user.emailVerifiedAt).toBeNull();
    const mail = await deliveredMail(app, email, MailKind.EMAIL_VERIFICATION, since);
    expect(mail.row.subject).toBe('CareGraph: confirm your email address');
    const token = tokenIn(mail.text, 'verify-email');

    // Unverified, the patient is signed in and reads their account.
    const me = await app.gql<{ me: { emailVerifiedAt: string | null } }>(
      '{ me { emailVerifiedAt } }',
      {},
      { token: reg.accessToken },
    );
    expect(me.data?.me.emailVerifiedAt).toBeNull();

    const v = await app.gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: token });
    expect(v.errors).toEqual([]);
    const after = await app.gql<{ me: { emailVerifiedAt: string | null } }>(
      '{ me { emailVerifiedAt } }',
      {},
      { token: reg.accessToken },
    );
    expect(after.data?.me.emailVerifiedAt).toBe(NOW.toISOString());
    // Opening the link again is harmless.
    const again = await app.gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: token });
    expect(again.errors).toEqual([]);
    // Confirmed: nothing more to resend.
    const resend = await app.gql<{ resendVerificationEmail: boolean }>(
      'mutation { resendVerificationEmail }',
      {},
      { token: reg.accessToken },
    );
    expect(resend.data?.resendVerificationEmail).toBe(false);
  });

  it('resends a new link that replaces the first; a bad token is refused', async () => {
    const email = `resend.${String(Date.now())}@test.example`;
    const since = app.clock.now();
    const reg = await register(email);
    const first = tokenIn(
      (await deliveredMail(app, email, MailKind.EMAIL_VERIFICATION, since)).text,
      'verify-email',
    );
    app.clock.advance(1000);
    const since2 = app.clock.now();
    const r = await app.gql<{ resendVerificationEmail: boolean }>(
      'mutation { resendVerificationEmail }',
      {},
      { token: reg.accessToken },
    );
    expect(r.data?.resendVerificationEmail).toBe(true);
    const second = tokenIn(
      (await deliveredMail(app, email, MailKind.EMAIL_VERIFICATION, since2)).text,
      'verify-email',
    );
    expect(second).not.toBe(first);
    const old = await app.gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: first });
    expect(old.errors[0]?.extensions?.reason).toBe('TOKEN_EXPIRED');
    const bad = await app.gql('mutation { verifyEmail(token: "nope") }');
    expect(bad.errors[0]?.extensions?.reason).toBe('TOKEN_INVALID');
    const ok = await app.gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: second });
    expect(ok.errors).toEqual([]);
  });
});

describe('reminder opt-out', () => {
  it('is the patient’s own switch', async () => {
    const p = await app.tokenFor(Role.PATIENT);
    const r = await app.gql<{ setReminderOptOut: { remindersOptOut: boolean } }>(
      'mutation { setReminderOptOut(optOut: true) { remindersOptOut } }',
      {},
      { token: p.token },
    );
    expect(r.data?.setReminderOptOut.remindersOptOut).toBe(true);
    const n = await app.tokenFor(Role.NURSE);
    const refused = await app.gql(
      'mutation { setReminderOptOut(optOut: true) { remindersOptOut } }',
      {},
      { token: n.token },
    );
    expect(refused.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
