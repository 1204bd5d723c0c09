import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent } from '../audit/index.js';
import { MfaRecoveryCode } from './mfa-recovery-code.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`;
const VERIFY = `mutation($i: VerifyMfaInput!) { verifyMfa(input: $i) { accessToken user { id } } }`;
const START = `mutation { startMfaEnrolment { secret otpauthUri qrCodeDataUrl } }`;
const CONFIRM = `mutation($c: String!) { confirmMfaEnrolment(code: $c) { recoveryCodes user { mfaEnabled } } }`;
const ME = `{ me { id mfaEnabled mfaRequired } }`;

type Account = Awaited<ReturnType<TestApp['seedUser']>>;

/** The password step: the challenge of an account with two-step verification. */
async function challengeOf(u: Account): Promise<string> {
  const r = await app.gql(LOGIN, { i: { email: u.email, password: u.password } });
  expect(r.data).toBeNull();
  expect(r.errors[0]?.extensions?.code).toBe('MFA_REQUIRED');
  const challenge = r.errors[0]?.extensions?.challenge;
  expect(typeof challenge).toBe('string');
  return challenge as string;
}

async function verify(challenge: string, code: string) {
  return app.gql<{ verifyMfa: { accessToken: string } }>(VERIFY, { i: { challenge, code } });
}

/** Enrols a signed-in account; answers its secret and recovery codes. */
async function enrol(token: string) {
  const start = await app.gql<{ startMfaEnrolment: { secret: string } }>(START, {}, { token });
  expect(start.errors).toEqual([]);
  const secret = start.data!.startMfaEnrolment.secret;
  const done = await app.gql<{ confirmMfaEnrolment: { recoveryCodes: string[] } }>(
    CONFIRM,
    { c: await generate({ secret }) },
    { token },
  );
  expect(done.errors).toEqual([]);
  return { secret, recoveryCodes: done.data!.confirmMfaEnrolment.recoveryCodes };
}

async function sessionsOf(userId: string) {
  return app.em().count(Session, { user: userId, revokedAt: null });
}

describe('TOTP enrolment', () => {
  it('turns verification on only with a first right code, and shows ten recovery codes once', async () => {
    const nurse = await app.tokenFor(Role.NURSE);
    const start = await app.gql<{
      startMfaEnrolment: { secret: string; otpauthUri: string; qrCodeDataUrl: string };
    }>(START, {}, { token: nurse.token });
    expect(start.errors).toEqual([]);
    const offer = start.data!.startMfaEnrolment;
    expect(offer.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(offer.otpauthUri).toContain(`secret=${offer.secret}`);
    expect(offer.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);

    const wrong = await app.gql(CONFIRM, { c: '000000' }, { token: nurse.token });
    expect(wrong.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    let row = await app.em().findOneOrFail(User, nurse.user.id, { populate: ['mfaSecret'] });
    expect(row.mfaEnabledAt).toBeNull();
    expect(row.mfaSecret).toBeNull();

    const done = await app.gql<{
      confirmMfaEnrolment: { recoveryCodes: string[]; user: { mfaEnabled: boolean } };
    }>(CONFIRM, { c: await generate({ secret: offer.secret }) }, { token: nurse.token });
    expect(done.errors).toEqual([]);
    expect(done.data?.confirmMfaEnrolment.user.mfaEnabled).toBe(true);
    const codes = done.data!.confirmMfaEnrolment.recoveryCodes;
    expect(new Set(codes).size).toBe(10);

    // Sealed at rest, never answered again, recovery codes stored as hashes only.
    row = await app.em().findOneOrFail(User, nurse.user.id, { populate: ['mfaSecret'] });
    expect(row.mfaSecret).toBeTruthy();
    expect(row.mfaSecret).not.toContain(offer.secret);
    const stored = await app.em().find(MfaRecoveryCode, { user: nurse.user.id });
    expect(stored).toHaveLength(10);
    expect(stored.map((c) => c.codeHash)).not.toContain(codes[0]);
    const again = await app.gql(START, {}, { token: nurse.token });
    expect(again.errors[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('is refused to patients', async () => {
    const patient = await app.tokenFor(Role.PATIENT);
    const r = await app.gql(START, {}, { token: patient.token });
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('sign-in with two-step verification', () => {
  it('gives no session for the password alone, and one for the password and a code', async () => {
    const manager = await app.seedUser(Role.MANAGER);
    const challenge = await challengeOf(manager);
    expect(await sessionsOf(manager.user.id)).toBe(0);
    const r = await verify(challenge, await app.totpCode(manager.email));
    expect(r.errors).toEqual([]);
    const me = await app.gql<{ me: { id: string } }>(
      ME,
      {},
      { token: r.data!.verifyMfa.accessToken },
    );
    expect(me.data?.me.id).toBe(manager.user.id);
    expect(await sessionsOf(manager.user.id)).toBe(1);
  });

  it('refuses a wrong code, counting it toward the lockout', async () => {
    const admin = await app.seedUser(Role.ADMIN);
    const challenge = await challengeOf(admin);
    for (let i = 0; i < 5; i++) {
      const r = await verify(challenge, i % 2 ? '123456' : 'zzzzz-zzzzz');
      expect(r.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const row = await app.em().findOneOrFail(User, admin.user.id);
    expect(row.lockCount).toBe(1);
    // Locked: even the right code is refused now.
    const right = await verify(challenge, await app.totpCode(admin.email));
    expect(right.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sessionsOf(admin.user.id)).toBe(0);
    const audit = await app.em().find(AuditEvent, { action: 'verifyMfa', targetId: admin.user.id });
    expect(audit.map((e) => e.details.reason)).toContain('bad-code');
  });

  it('refuses a code played a second time', async () => {
    const admin = await app.seedUser(Role.ADMIN);
    const code = await app.totpCode(admin.email);
    expect((await verify(await challengeOf(admin), code)).errors).toEqual([]);
    const replay = await verify(await challengeOf(admin), code);
    expect(replay.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged or expired challenge', async () => {
    const admin = await app.seedUser(Role.ADMIN);
    const challenge = await challengeOf(admin);
    const forged = await verify(`${challenge.slice(0, -4)}AAAA`, await app.totpCode(admin.email));
    expect(forged.errors[0]?.extensions?.reason).toBe('CHALLENGE_INVALID');
    app.clock.advance(6 * 60_000);
    const late = await verify(challenge, await app.totpCode(admin.email));
    expect(late.errors[0]?.extensions?.reason).toBe('CHALLENGE_INVALID');
  });

  it('takes each recovery code once', async () => {
    const nurse = await app.tokenFor(Role.NURSE);
    const { recoveryCodes } = await enrol(nurse.token);
    const [first = '', second = ''] = recoveryCodes;
    const ok = await verify(await challengeOf(nurse), first.toUpperCase());
    expect(ok.errors).toEqual([]);
    const again = await verify(await challengeOf(nurse), first);
    expect(again.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await verify(await challengeOf(nurse), second)).errors).toEqual([]);
    const used = await app
      .em()
      .count(MfaRecoveryCode, { user: nurse.user.id, usedAt: { $ne: null } });
    expect(used).toBe(2);
  });
});

describe('two sign-ins at once with one code', () => {
  const ATTEMPTS = 8;

  it('let exactly one through with a recovery code', async () => {
    const nurse = await app.tokenFor(Role.NURSE);
    const { recoveryCodes } = await enrol(nurse.token);
    const code = recoveryCodes[0] ?? '';
    const challenges = await Promise.all(
      Array.from({ length: ATTEMPTS }, () => challengeOf(nurse)),
    );
    const before = await sessionsOf(nurse.user.id);
    const results = await Promise.all(challenges.map((c) => verify(c, code)));
    const won = results.filter((r) => r.errors.length === 0);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.errors[0]?.extensions?.code === 'UNAUTHENTICATED')).toHaveLength(
      ATTEMPTS - 1,
    );
    expect(await sessionsOf(nurse.user.id)).toBe(before + 1);
    const used = await app
      .em()
      .count(MfaRecoveryCode, { user: nurse.user.id, usedAt: { $ne: null } });
    expect(used).toBe(1);
  });

  it('let exactly one through with a TOTP code, and count the others as failures', async () => {
    const admin = await app.seedUser(Role.ADMIN);
    const challenges = await Promise.all(
      Array.from({ length: ATTEMPTS }, () => challengeOf(admin)),
    );
    const code = await app.totpCode(admin.email);
    const results = await Promise.all(challenges.map((c) => verify(c, code)));
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.errors[0]?.extensions?.code === 'UNAUTHENTICATED')).toHaveLength(
      ATTEMPTS - 1,
    );
    expect(await sessionsOf(admin.user.id)).toBe(1);
    const audit = await app.em().find(AuditEvent, { action: 'verifyMfa', targetId: admin.user.id });
    expect(audit.filter((e) => e.details.reason === 'bad-code')).toHaveLength(ATTEMPTS - 1);
  });
});

describe('roles that require two-step verification', () => {
  it('hold an administrator without it to enrolment, then let them work', async () => {
    const admin = await app.seedUser(Role.ADMIN, { mfa: false });
    const { accessToken: token } = await app.login(admin.email, admin.password);
    const me = await app.gql<{ me: { mfaRequired: boolean; mfaEnabled: boolean } }>(
      ME,
      {},
      { token },
    );
    expect(me.data?.me).toMatchObject({ mfaRequired: true, mfaEnabled: false });
    const users = await app.gql('{ users(first: 1) { totalCount } }', {}, { token });
    expect(users.errors[0]?.extensions?.code).toBe('MFA_ENROLMENT_REQUIRED');
    const create = await app.gql(
      'mutation { updateMyProfile(input: { phone: "" }) { id } }',
      {},
      { token },
    );
    expect(create.errors[0]?.extensions?.code).toBe('MFA_ENROLMENT_REQUIRED');
    await enrol(token);
    const after = await app.gql('{ users(first: 1) { totalCount } }', {}, { token });
    expect(after.errors).toEqual([]);
  });

  it('cannot turn it off, where other staff can with a code', async () => {
    const manager = await app.tokenFor(Role.MANAGER);
    const r = await app.gql(
      'mutation($c: String!) { disableMfa(code: $c) { id } }',
      { c: await app.totpCode(manager.email) },
      { token: manager.token },
    );
    expect(r.errors[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'MFA_REQUIRED_FOR_ROLE',
    });

    const nurse = await app.tokenFor(Role.NURSE);
    const { secret } = await enrol(nurse.token);
    const DISABLE = 'mutation($c: String!) { disableMfa(code: $c) { mfaEnabled } }';
    const bad = await app.gql(DISABLE, { c: '000000' }, { token: nurse.token });
    expect(bad.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const next = generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const off = await app.gql<{ disableMfa: { mfaEnabled: boolean } }>(
      DISABLE,
      { c: await next },
      { token: nurse.token },
    );
    expect(off.errors).toEqual([]);
    expect(off.data?.disableMfa.mfaEnabled).toBe(false);
    expect(await app.em().count(MfaRecoveryCode, { user: nurse.user.id })).toBe(0);
  });
});

describe('administrator reset', () => {
  it('erases another account’s authenticator, ends its sessions and is audited', async () => {
    const admin = await app.tokenFor(Role.ADMIN);
    const manager = await app.tokenFor(Role.MANAGER);
    expect(await sessionsOf(manager.user.id)).toBe(1);
    const RESET = 'mutation($id: ID!) { resetUserMfa(id: $id) { id mfaEnabled } }';
    const r = await app.gql<{ resetUserMfa: { mfaEnabled: boolean } }>(
      RESET,
      { id: manager.user.id },
      { token: admin.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.resetUserMfa.mfaEnabled).toBe(false);
    expect(await sessionsOf(manager.user.id)).toBe(0);
    expect(await app.em().count(MfaRecoveryCode, { user: manager.user.id })).toBe(0);
    const audit = await app
      .em()
      .findOneOrFail(AuditEvent, { action: 'resetUserMfa', targetId: manager.user.id });
    expect(audit).toMatchObject({ actorId: admin.user.id, outcome: 'SUCCESS' });
    // The manager signs in with the password again, to a session held to enrolment.
    const again = await app.login(manager.email, manager.password);
    const users = await app.gql('{ nurseCandidates { userId } }', {}, { token: again.accessToken });
    expect(users.errors[0]?.extensions?.code).toBe('MFA_ENROLMENT_REQUIRED');

    const own = await app.gql(RESET, { id: admin.user.id }, { token: admin.token });
    expect(own.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const byManager = await app.gql(RESET, { id: admin.user.id }, { token: manager.token });
    expect(byManager.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
