import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { Notification } from './notification.entity.js';

let app: TestApp;
let s: Seed;

const NOW = new Date('2026-06-01T06:00:00Z');

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
});
afterAll(async () => {
  await app.close();
});

const READ = `mutation($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }`;
const READ_ALL = `mutation { markAllNotificationsRead }`;

async function unread(token: string) {
  const r = await app.gql<{
    unreadNotificationCount: number;
    notifications: { nodes: { id: string }[] };
  }>(`{ unreadNotificationCount notifications(unreadOnly: true) { nodes { id } } }`, {}, { token });
  expect(r.errors).toEqual([]);
  return {
    count: r.data?.unreadNotificationCount,
    ids: r.data?.notifications.nodes.map((n) => n.id).sort(),
  };
}

async function readAtOf(id: string) {
  return (await app.em().findOneOrFail(Notification, id)).readAt ?? null;
}

describe('markNotificationRead', () => {
  it('marks one of the caller’s notifications read at the clock’s time and takes it off the unread ones', async () => {
    const nurse = await app.tokenFor(Role.NURSE);
    const a = await s.notification(nurse.user.id, { count: 2, practitionerName: 'Dr A' });
    const b = await s.notification(nurse.user.id, { count: 3, practitionerName: 'Dr B' });
    expect(await unread(nurse.token)).toEqual({ count: 2, ids: [a.id, b.id].sort() });
    const r = await app.gql<{ markNotificationRead: { id: string; readAt: string } }>(
      READ,
      { i: { id: a.id } },
      { token: nurse.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.markNotificationRead).toEqual({ id: a.id, readAt: NOW.toISOString() });
    expect(await unread(nurse.token)).toEqual({ count: 1, ids: [b.id] });
  });

  it('keeps the first read time when read again', async () => {
    const doctor = await app.tokenFor(Role.DOCTOR);
    const n = await s.notification(doctor.user.id);
    await app.gql(READ, { i: { id: n.id } }, { token: doctor.token });
    app.clock.advance(60_000);
    try {
      const again = await app.gql<{ markNotificationRead: { readAt: string } }>(
        READ,
        { i: { id: n.id } },
        { token: doctor.token },
      );
      expect(again.errors).toEqual([]);
      expect(again.data?.markNotificationRead.readAt).toBe(NOW.toISOString());
    } finally {
      app.clock.set(NOW);
    }
  });

  it('answers "not found" for someone else’s notification, which stays unread, and for a malformed id', async () => {
    const owner = await app.tokenFor(Role.PATIENT);
    const other = await app.tokenFor(Role.PATIENT);
    const n = await s.notification(owner.user.id);
    const r = await app.gql(READ, { i: { id: n.id } }, { token: other.token });
    expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await readAtOf(n.id)).toBeNull();
    const malformed = await app.gql(READ, { i: { id: 'nope' } }, { token: other.token });
    expect(malformed.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('markAllNotificationsRead', () => {
  it('marks every unread notification of the caller read, says how many, and touches nobody else’s', async () => {
    const me = await app.tokenFor(Role.RECEPTIONIST);
    const someoneElse = await app.tokenFor(Role.RECEPTIONIST);
    const mine = [await s.notification(me.user.id), await s.notification(me.user.id)];
    const alreadyRead = await s.notification(me.user.id);
    await app.gql(READ, { i: { id: alreadyRead.id } }, { token: me.token });
    const theirs = await s.notification(someoneElse.user.id);
    app.clock.advance(60_000);
    try {
      const r = await app.gql<{ markAllNotificationsRead: number }>(
        READ_ALL,
        {},
        { token: me.token },
      );
      expect(r.errors).toEqual([]);
      expect(r.data?.markAllNotificationsRead).toBe(2);
      for (const n of mine) expect(await readAtOf(n.id)).toEqual(new Date(NOW.getTime() + 60_000));
      expect(await readAtOf(alreadyRead.id)).toEqual(NOW);
      expect(await unread(me.token)).toEqual({ count: 0, ids: [] });
      expect(await readAtOf(theirs.id)).toBeNull();
      const again = await app.gql<{ markAllNotificationsRead: number }>(
        READ_ALL,
        {},
        { token: me.token },
      );
      expect(again.data?.markAllNotificationsRead).toBe(0);
    } finally {
      app.clock.set(NOW);
    }
  });

  it('needs a signed-in caller', async () => {
    const r = await app.gql(READ_ALL);
    expect(r.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
