import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../kernel/auth/roles.js';
import { publishAfterCommit } from '../kernel/pubsub.js';
import { NOTIFICATION_TOPIC, type NotificationPush } from '../modules/notifications/index.js';
import { seed, type Seed } from './testing/fixtures.js';
import { startTestApp, wsSubscribe, type TestApp } from './testing/test-app.js';

const SUB = 'subscription { notificationAdded { params } }';

describe('live subscriptions end with their session', () => {
  let app: TestApp;
  let admin: string;
  let s: Seed;
  beforeAll(async () => {
    app = await startTestApp();
    s = seed(app);
    admin = (await app.tokenFor(Role.ADMIN)).token;
  });
  afterAll(async () => {
    await app.close();
  });

  /** Stores a notification whose parameters carry `text`, then pushes it as a commit would. */
  async function tell(userId: string, text: string) {
    const n = await s.notification(userId, { count: 1, practitionerName: text });
    publishAfterCommit(NOTIFICATION_TOPIC, {
      userId,
      notificationId: n.id,
    } satisfies NotificationPush);
  }

  /** Until the server has registered the subscription, an event reaches nobody: tell again. */
  async function untilListening(sub: ReturnType<typeof wsSubscribe>, userId: string) {
    await sub.connected;
    for (let i = 0; i < 50 && sub.received.length === 0; i++) {
      await tell(userId, 'Avant');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(sub.received[0]?.data).toEqual({
      notificationAdded: { params: { count: 1, practitionerName: 'Avant' } },
    });
    sub.received.length = 0;
  }

  it('delivers events while the session lives, and none once the patient logged out', async () => {
    const patient = await app.tokenFor(Role.PATIENT);
    const sub = wsSubscribe(app.url, SUB, patient.token);
    await untilListening(sub, patient.user.id);

    const out = await app.gql('mutation { logout }', {}, { token: patient.token });
    expect(out.errors).toEqual([]);
    await tell(patient.user.id, 'Après la déconnexion');
    // The server closes the socket instead of delivering the event.
    await expect.poll(() => sub.failure(), { timeout: 10_000 }).not.toBeNull();
    expect(JSON.stringify(sub.received)).not.toContain('Après');
    await sub.close();
  });

  it('stops delivering to a nurse whose account an administrator disabled', async () => {
    const nurse = await app.tokenFor(Role.NURSE);
    const sub = wsSubscribe(app.url, SUB, nurse.token);
    await untilListening(sub, nurse.user.id);
    const disabled = await app.gql(
      'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id active } }',
      { i: { id: nurse.user.id, active: false } },
      { token: admin },
    );
    expect(disabled.errors).toEqual([]);
    await tell(nurse.user.id, 'Secret de service');
    await expect.poll(() => sub.failure(), { timeout: 10_000 }).not.toBeNull();
    expect(JSON.stringify(sub.received)).not.toContain('Secret');
    await sub.close();
  });
});
