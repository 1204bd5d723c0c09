import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent } from '../audit/index.js';
import { sha256Hex } from '../../kernel/auth/tokens.js';
import { RefreshToken } from './session.entity.js';
import { User } from './user.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const ME = `{ me { id email role mustChangePassword } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken expiresAt user { id email role } } }`;
const REFRESH = `mutation($i: RefreshSessionInput) { refreshSession(input: $i) { accessToken refreshToken } }`;

function refresh(refreshToken: string) {
  return app.gql<{ refreshSession: { refreshToken: string; accessToken: string } }>(REFRESH, {
    i: { refreshToken },
  });
}

/** The session a refresh token belongs to, read fresh from the database. */
async function sessionOf(refreshToken: string) {
  const row = await app
    .em()
    .findOneOrFail(RefreshToken, { tokenHash: sha256Hex(refreshToken) }, { populate: ['session'] });
  return row.session.getEntity();
}

async function revokedReason(refreshToken: string) {
  return (await sessionOf(refreshToken)).revokedReason ?? null;
}

async function failFor(email: string) {
  const r = await app.gql(LOGIN, { i: { email, password: 'wrong-password-xx' } });
  expect(r.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
}

/** The lockout counters of an account, and the seconds its lock has left. */
async function lockOf(userId: string) {
  const row = await app.em().findOneOrFail(User, userId);
  const until = row.lockedUntil?.getTime() ?? 0;
  const seconds = Math.max(0, Math.ceil((until - app.clock.now().getTime()) / 1000));
  return { failedLoginCount: row.failedLoginCount, lockCount: row.lockCount, seconds };
}

describe('me', () => {
  it('answers the fields a session holds from the session lookup alone, the rest from the account', async () => {
    const u = await app.tokenFor(Role.NURSE);
    const ask = (fields: string) =>
      app.sqlDuring(() =>
        app.gql<{ me: Record<string, unknown> }>(`{ me { ${fields} } }`, {}, { token: u.token }),
      );
    const light = await ask('__typename id role mustChangePassword capabilities');
    const full = await ask('id role mustChangePassword capabilities email displayName');
    expect(light.result.errors).toEqual([]);
    expect(full.result.errors).toEqual([]);
    expect(light.result.data?.me).toEqual({
      __typename: 'User',
      id: u.user.id,
      role: 'NURSE',
      mustChangePassword: false,
      capabilities: full.result.data?.me.capabilities,
    });
    expect(full.result.data?.me).toMatchObject({ id: u.user.id, email: u.email });
    const accountReads = (sql: string[]) => sql.filter((q) => /from "app_user" as/.test(q));
    expect(accountReads(light.sql)).toEqual([]);
    expect(accountReads(full.sql)).toHaveLength(1);
    expect(full.sql).toHaveLength(light.sql.length + 1);
  });

  it('shows a password change still required, from the session lookup as from the account', async () => {
    const u = await app.seedUser(Role.NURSE, { mustChangePassword: true });
    const { accessToken } = await app.login(u.email, u.password);
    for (const fields of ['id mustChangePassword', 'email mustChangePassword']) {
      const r = await app.gql<{ me: { mustChangePassword: boolean } }>(
        `{ me { ${fields} } }`,
        {},
        { token: accessToken },
      );
      expect(r.data?.me.mustChangePassword).toBe(true);
    }
  });
});

describe('login', () => {
  it('returns a 15-minute access token, the user, and an httpOnly SameSite=Strict cookie', async () => {
    const u = await app.seedUser(Role.NURSE);
    const r = await app.gql<{
      login: { accessToken: string; expiresAt: string; user: { role: string } };
    }>(LOGIN, { i: { email: u.email, password: u.password } });
    expect(r.errors).toEqual([]);
    expect(r.data?.login.user.role).toBe('NURSE');
    const ttl = Date.parse(r.data!.login.expiresAt) - app.clock.now().getTime();
    expect(ttl).toBeGreaterThan(14 * 60_000);
    expect(ttl).toBeLessThanOrEqual(15 * 60_000);
    const cookie = r.setCookie.find((c) => c.startsWith('cg_refresh='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await app.gql<{ me: { role: string } }>(
      ME,
      {},
      { token: r.data!.login.accessToken },
    );
    expect(me.data?.me.role).toBe('NURSE');
  });

  it('answers a wrong password, an unknown email and a locked account identically', async () => {
    const u = await app.seedUser(Role.DOCTOR);
    const wrong = await app.gql(LOGIN, { i: { email: u.email, password: 'not-the-password-1' } });
    const unknown = await app.gql(LOGIN, {
      i: { email: 'nobody@test.example', password: 'not-the-password-1' },
    });
    const v = await app.seedUser(Role.DOCTOR);
    for (let i = 0; i < 5; i++) await failFor(v.email);
    const locked = await app.gql(LOGIN, { i: { email: v.email, password: v.password } });
    expect(wrong.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const other of [unknown, locked]) {
      expect(other.errors[0]?.message).toBe(wrong.errors[0]?.message);
      expect(other.errors[0]?.extensions).toEqual(wrong.errors[0]?.extensions);
    }
    expect(wrong.errors[0]?.extensions).not.toHaveProperty('retryAfter');
  });

  it('locks the account for 15 minutes after 5 failures, even for the right password', async () => {
    const u = await app.seedUser(Role.RECEPTIONIST);
    for (let i = 0; i < 4; i++) await failFor(u.email);
    expect(await lockOf(u.user.id)).toEqual({ failedLoginCount: 4, lockCount: 0, seconds: 0 });
    await failFor(u.email);
    expect(await lockOf(u.user.id)).toEqual({ failedLoginCount: 0, lockCount: 1, seconds: 900 });
    const right = await app.gql(LOGIN, { i: { email: u.email, password: u.password } });
    expect(right.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const audit = await app
      .em()
      .find(
        AuditEvent,
        { action: 'login', targetId: u.user.id },
        { orderBy: { occurredAt: 'asc', id: 'asc' } },
      );
    expect(audit.map((e) => e.details)).toMatchObject([
      ...Array.from({ length: 4 }, () => ({ reason: 'bad-password' })),
      { reason: 'bad-password', lockedForSeconds: 900 },
      { reason: 'locked' },
    ]);
    app.clock.advance(15 * 60_000 + 1000);
    const after = await app.gql(LOGIN, { i: { email: u.email, password: u.password } });
    expect(after.errors).toEqual([]);
  });

  it('doubles the lock each further time', async () => {
    const u = await app.seedUser(Role.CASHIER);
    for (let i = 0; i < 5; i++) await failFor(u.email);
    app.clock.advance(15 * 60_000 + 1000);
    for (let i = 0; i < 5; i++) await failFor(u.email);
    expect(await lockOf(u.user.id)).toEqual({ failedLoginCount: 0, lockCount: 2, seconds: 1800 });
    app.clock.advance(15 * 60_000 + 1000);
    const early = await app.gql(LOGIN, { i: { email: u.email, password: u.password } });
    expect(early.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    app.clock.advance(15 * 60_000);
    const after = await app.gql(LOGIN, { i: { email: u.email, password: u.password } });
    expect(after.errors).toEqual([]);
  });

  it('counts concurrent failures without losing any', async () => {
    const u = await app.seedUser(Role.PHARMACIST);
    await Promise.all(Array.from({ length: 5 }, () => failFor(u.email)));
    expect(await lockOf(u.user.id)).toEqual({ failedLoginCount: 0, lockCount: 1, seconds: 900 });
    const r = await app.gql(LOGIN, { i: { email: u.email, password: u.password } });
    expect(r.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a disabled account with the same error', async () => {
    const u = await app.seedUser(Role.NURSE, { active: false });
    const r = await app.gql(LOGIN, { i: { email: u.email, password: u.password } });
    expect(r.errors[0]?.message).toBe('Invalid email or password.');
  });
});

describe('per-IP limit', () => {
  it('answers RATE_LIMITED once an address has tried too often', async () => {
    const limited = await startTestApp({ LOGIN_RATE_PER_IP: '3' });
    try {
      const codes: unknown[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await limited.gql(LOGIN, {
          i: { email: `x${String(i)}@test.example`, password: 'whatever-password' },
        });
        codes.push(r.errors[0]?.extensions?.code);
      }
      expect(codes.slice(0, 3)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
      expect(codes[3]).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});

describe('sessions', () => {
  it('rotates the refresh token, accepting the cookie or the body', async () => {
    const u = await app.tokenFor(Role.DOCTOR);
    const byBody = await app.gql<{ refreshSession: { refreshToken: string; accessToken: string } }>(
      REFRESH,
      { i: { refreshToken: u.refreshToken } },
    );
    expect(byBody.errors).toEqual([]);
    const next = byBody.data!.refreshSession.refreshToken;
    expect(next).not.toBe(u.refreshToken);
    const byCookie = await app.gql(REFRESH, {}, { cookie: `cg_refresh=${next}` });
    expect(byCookie.errors).toEqual([]);
  });

  it('revokes the whole family when a used refresh token is presented after its successor was used', async () => {
    const u = await app.tokenFor(Role.NURSE);
    const first = await refresh(u.refreshToken);
    const fresh = first.data!.refreshSession;
    // The legitimate client uses its new token; the old one turns up again: a copy was taken.
    const legit = await refresh(fresh.refreshToken);
    expect(legit.errors).toEqual([]);
    const replay = await refresh(u.refreshToken);
    expect(replay.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The thief's replay ended the session: the legitimate new tokens are dead too.
    const again = await refresh(legit.data!.refreshSession.refreshToken);
    expect(again.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const me = await app.gql(ME, {}, { token: legit.data!.refreshSession.accessToken });
    expect(me.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await revokedReason(u.refreshToken)).toBe('refresh-token-reuse');
  });

  it('revokes the session when a used token comes back after the grace window, successor unused', async () => {
    const u = await app.tokenFor(Role.NURSE);
    const first = await refresh(u.refreshToken);
    expect(first.errors).toEqual([]);
    app.clock.advance((app.config.refreshReuseGraceSeconds + 1) * 1000);
    const late = await refresh(u.refreshToken);
    expect(late.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const next = await refresh(first.data!.refreshSession.refreshToken);
    expect(next.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers again a refresh whose answer was lost (page reloaded mid-refresh), retiring the undelivered token', async () => {
    const u = await app.tokenFor(Role.DOCTOR);
    const lost = await refresh(u.refreshToken);
    expect(lost.errors).toEqual([]);
    app.clock.advance(2_000);
    // The reloaded page still holds the old cookie and presents it again.
    const retried = await refresh(u.refreshToken);
    expect(retried.errors).toEqual([]);
    const kept = retried.data!.refreshSession;
    expect(kept.refreshToken).not.toBe(lost.data!.refreshSession.refreshToken);
    const me = await app.gql<{ me: { role: string } }>(ME, {}, { token: kept.accessToken });
    expect(me.data?.me.role).toBe('DOCTOR');
    // The session goes on with the retried answer's token.
    const onward = await refresh(kept.refreshToken);
    expect(onward.errors).toEqual([]);
    // The undelivered token was retired: turning up now that its successor was used, it is a
    // replay and ends the session.
    const stray = await refresh(lost.data!.refreshSession.refreshToken);
    expect(stray.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await revokedReason(u.refreshToken)).toBe('refresh-token-reuse');
  });

  it('two refreshes of one token at once both answer, and leave exactly one live token', async () => {
    const u = await app.tokenFor(Role.NURSE);
    const results = await Promise.all([refresh(u.refreshToken), refresh(u.refreshToken)]);
    expect(results.map((r) => r.errors)).toEqual([[], []]);
    const session = await sessionOf(u.refreshToken);
    const live = await app.em().count(RefreshToken, { session: session.id, usedAt: null });
    expect(live).toBe(1);
    expect(session.revokedAt ?? null).toBeNull();
  });

  it('logout ends the access token at once', async () => {
    const u = await app.tokenFor(Role.MANAGER);
    const out = await app.gql(`mutation { logout }`, {}, { token: u.token });
    expect(out.errors).toEqual([]);
    const me = await app.gql(ME, {}, { token: u.token });
    expect(me.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(me.status).toBe(401);
  });

  it('disabling an account ends its sessions at once', async () => {
    const admin = await app.tokenFor(Role.ADMIN);
    const nurse = await app.tokenFor(Role.NURSE);
    const r = await app.gql(
      `mutation($i: UpdateUserInput!) { updateUser(input: $i) { id active } }`,
      { i: { id: nurse.user.id, active: false } },
      { token: admin.token },
    );
    expect(r.errors).toEqual([]);
    const me = await app.gql(ME, {}, { token: nurse.token });
    expect(me.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refresh = await app.gql(REFRESH, { i: { refreshToken: nurse.refreshToken } });
    expect(refresh.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects an expired access token', async () => {
    const u = await app.tokenFor(Role.LAB_TECHNICIAN);
    app.clock.advance(16 * 60_000);
    const me = await app.gql(ME, {}, { token: u.token });
    expect(me.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('passwords', () => {
  const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id } }`;

  it('refuses short and common passwords with a field error', async () => {
    const u = await app.tokenFor(Role.NURSE);
    const short = await app.gql(
      CHANGE,
      { i: { currentPassword: u.password, newPassword: 'short' } },
      { token: u.token },
    );
    expect(short.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(short.errors[0]?.extensions?.fields).toEqual({
      newPassword: 'must be at least 12 characters',
    });
    const common = await app.gql(
      CHANGE,
      { i: { currentPassword: u.password, newPassword: '1qaz2wsx3edc' } },
      { token: u.token },
    );
    expect(common.errors[0]?.extensions?.fields).toEqual({
      newPassword: 'is too common; choose another',
    });
  });

  it('needs the current password and ends the other sessions', async () => {
    const u = await app.seedUser(Role.DOCTOR);
    const a = await app.login(u.email, u.password);
    const b = await app.login(u.email, u.password);
    const wrong = await app.gql(
      CHANGE,
      { i: { currentPassword: 'not-current-password', newPassword: 'un autre mot de passe' } },
      { token: a.accessToken },
    );
    expect(wrong.errors[0]?.extensions?.fields).toHaveProperty('currentPassword');
    const ok = await app.gql(
      CHANGE,
      { i: { currentPassword: u.password, newPassword: 'un autre mot de passe' } },
      { token: a.accessToken },
    );
    expect(ok.errors).toEqual([]);
    expect((await app.gql(ME, {}, { token: a.accessToken })).errors).toEqual([]);
    expect((await app.gql(ME, {}, { token: b.accessToken })).errors[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await app.login(u.email, 'un autre mot de passe');
  });

  it('after an admin reset, the temporary password works only to change it', async () => {
    const admin = await app.tokenFor(Role.ADMIN);
    const u = await app.seedUser(Role.NURSE);
    const reset = await app.gql<{ resetUserPassword: { temporaryPassword: string } }>(
      `mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { temporaryPassword } }`,
      { i: { id: u.user.id } },
      { token: admin.token },
    );
    const temp = reset.data!.resetUserPassword.temporaryPassword;
    const session = await app.login(u.email, temp);
    const me = await app.gql<{ me: { mustChangePassword: boolean } }>(
      ME,
      {},
      {
        token: session.accessToken,
      },
    );
    expect(me.data?.me.mustChangePassword).toBe(true);
    const blocked = await app.gql(
      `mutation { updateMyProfile(input: { phone: "0601020304" }) { id } }`,
      {},
      { token: session.accessToken },
    );
    expect(blocked.errors[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await app.gql(
      CHANGE,
      { i: { currentPassword: temp, newPassword: 'mon nouveau mot de passe' } },
      { token: session.accessToken },
    );
    const after = await app.gql<{ me: { mustChangePassword: boolean } }>(
      ME,
      {},
      {
        token: session.accessToken,
      },
    );
    expect(after.data?.me.mustChangePassword).toBe(false);
  });
});

describe('registerPatient', () => {
  const REGISTER = `mutation($i: RegisterPatientInput!) { registerPatient(input: $i) { accessToken user { role } } }`;
  const base = {
    givenNames: 'Léa',
    familyName: 'Nouvelle',
    birthDate: '1990-02-03',
    sex: 'FEMALE',
    phone: '+33 6 00 00 00 01',
    password: 'un mot de passe solide',
  };

  it('creates a PATIENT account linked to a new record with an MRN, and signs in', async () => {
    const r = await app.gql<{ registerPatient: { accessToken: string; user: { role: string } } }>(
      REGISTER,
      { i: { ...base, email: 'lea.nouvelle@test.example' } },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.registerPatient.user.role).toBe('PATIENT');
    const me = await app.gql<{ me: { patient: { mrn: string; displayName: string } } }>(
      `{ me { patient { mrn displayName } } }`,
      {},
      { token: r.data!.registerPatient.accessToken },
    );
    expect(me.data?.me.patient.mrn).toMatch(/^CG\d{8}$/);
    expect(me.data?.me.patient.displayName).toBe('NOUVELLE Léa');
  });

  it('gives per-field errors and creates nothing', async () => {
    const r = await app.gql(REGISTER, {
      i: { ...base, email: 'not-an-email', password: 'short', birthDate: '2999-01-01' },
    });
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(r.errors[0]?.extensions?.fields as object)).toEqual(['email']);
    const r2 = await app.gql(REGISTER, {
      i: { ...base, email: 'ok.address@test.example', password: 'short', birthDate: '2999-01-01' },
    });
    expect(Object.keys(r2.errors[0]?.extensions?.fields as object).sort()).toEqual([
      'birthDate',
      'password',
    ]);
  });

  it('refuses an email that is already registered', async () => {
    await app.gql(REGISTER, { i: { ...base, email: 'twice@test.example' } });
    const again = await app.gql(REGISTER, { i: { ...base, email: 'twice@test.example' } });
    expect(again.errors[0]?.extensions?.fields).toEqual({ email: 'is already registered' });
  });
});
