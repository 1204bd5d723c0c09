import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wireMail } from '../../app/mail.js';
import { deliveredMail, emlText } from '../../app/testing/mail.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { deliverQueuedMail, MAX_ATTEMPTS } from './mail-delivery.js';
import { MailKind, MailOutbox, MailStatus } from './mail-outbox.entity.js';
import { queueMail } from './mail.service.js';

const NOW = new Date('2026-06-01T06:00:00Z');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
});
afterAll(async () => {
  await app.close();
});

const settings = () => app.config.mail;

describe('mail outbox', () => {
  it('writes a queued mail as an .eml file and marks it sent, its secret erased', async () => {
    const key = `test:${String(Date.now())}`;
    await app.em().transactional(async (tx) => {
      await queueMail(tx, {
        to: 'camille.test@test.example',
        subject: 'Rendez-vous confirmé',
        text: 'Bonjour, voici le lien : https://h.example/x?token=SECRET123 — à bientôt.',
        kind: MailKind.APPOINTMENT_REMINDER,
        dedupeKey: key,
        secret: 'SECRET123',
      });
    });
    await deliverQueuedMail(app.em(), app.clock, settings());
    const row = await app.em().findOneOrFail(MailOutbox, { dedupeKey: key });
    expect(row.status).toBe(MailStatus.SENT);
    expect(row.sentAt).toEqual(NOW);
    expect(row.attempts).toBe(1);
    expect(row.secret).toBeNull();
    expect(row.text).not.toContain('SECRET123');

    const file = (await readdir(settings().dir)).find((f) => f.includes(row.id));
    expect(file).toMatch(/\.eml$/);
    const eml = await readFile(path.join(settings().dir, file!), 'utf8');
    expect(eml).toMatch(/^To: camille\.test@test\.example$/m);
    expect(eml).toMatch(/^From: .*no-reply@caregraph\.invalid/m);
    expect(eml).toMatch(/^Subject: /m);
    expect(eml).toMatch(/^Message-ID: </m);
    expect(emlText(eml)).toContain('https://h.example/x?token=SECRET123 — à bientôt.');
  });

  it('makes one row per dedupe key, and none when the writing transaction rolls back', async () => {
    const key = `dup:${String(Date.now())}`;
    const mail = {
      to: 'dup@test.example',
      subject: 's',
      text: 't',
      kind: MailKind.APPOINTMENT_REMINDER,
      dedupeKey: key,
    };
    const written = await Promise.all([
      app.em().transactional((tx) => queueMail(tx, mail)),
      app.em().transactional((tx) => queueMail(tx, mail)),
    ]);
    expect(written.filter(Boolean)).toHaveLength(1);
    expect(await app.em().count(MailOutbox, { dedupeKey: key })).toBe(1);

    const lost = `rollback:${String(Date.now())}`;
    await expect(
      app.em().transactional(async (tx) => {
        await queueMail(tx, { ...mail, dedupeKey: lost });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await app.em().count(MailOutbox, { dedupeKey: lost })).toBe(0);
  });

  it('counts failed attempts without personal data and gives up after the last', async () => {
    const key = `fail:${String(Date.now())}`;
    await app.em().transactional((tx) =>
      queueMail(tx, {
        to: 'nobody@test.example',
        subject: 's',
        text: 't',
        kind: MailKind.PASSWORD_RESET,
        dedupeKey: key,
      }),
    );
    // An SMTP server that refuses connections.
    const broken = { ...settings(), smtpUrl: 'smtp://127.0.0.1:9' };
    for (let i = 0; i < MAX_ATTEMPTS; i++) await deliverQueuedMail(app.em(), app.clock, broken);
    const row = await app.em().findOneOrFail(MailOutbox, { dedupeKey: key });
    expect(row.status).toBe(MailStatus.FAILED);
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    expect(row.error).toBeTruthy();
    expect(row.error).not.toContain('nobody');
    // Other tests' mails may have shared those runs: deliver them properly again.
    await app
      .em()
      .nativeUpdate(
        MailOutbox,
        { status: MailStatus.FAILED, dedupeKey: { $ne: key } },
        { status: MailStatus.QUEUED, attempts: 0 },
      );
  });

  it('lists the outbox to administrators only, tokens hidden', async () => {
    const key = `list:${String(Date.now())}`;
    await app.em().transactional((tx) =>
      queueMail(tx, {
        to: 'listed@test.example',
        subject: 'Listed',
        text: 'link ?token=HIDDENTOKEN',
        kind: MailKind.PASSWORD_RESET,
        dedupeKey: key,
        secret: 'HIDDENTOKEN',
      }),
    );
    const admin = await app.tokenFor(Role.ADMIN);
    const r = await app.gql<{
      mailOutbox: { totalCount: number; nodes: { to: string; text: string; status: string }[] };
    }>(
      '{ mailOutbox(first: 5, status: QUEUED) { totalCount nodes { to subject text status kind createdAt sentAt attempts error } } }',
      {},
      { token: admin.token },
    );
    expect(r.errors).toEqual([]);
    const listed = r.data?.mailOutbox.nodes.find((n) => n.to === 'listed@test.example');
    expect(listed?.text).toBe('link ?token=[…]');
    const nurse = await app.tokenFor(Role.NURSE);
    const refused = await app.gql(
      '{ mailOutbox(first: 5) { totalCount } }',
      {},
      { token: nurse.token },
    );
    expect(refused.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('delivers a committed mutation’s mail at once, without waiting for the schedule', async () => {
    wireMail(app.config, app.jobs);
    try {
      const u = await app.seedUser(Role.NURSE);
      const since = app.clock.now();
      const r = await app.gql('mutation($e: String!) { requestPasswordReset(email: $e) }', {
        e: u.email,
      });
      expect(r.errors).toEqual([]);
      const mail = await deliveredMail(app, u.email, MailKind.PASSWORD_RESET, since, {
        wait: true,
      });
      expect(mail.row.status).toBe(MailStatus.SENT);
    } finally {
      wireMail(app.config, undefined);
    }
  });
});
