import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, seed, type Account, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent, AuditOutcome } from '../audit/index.js';
import { VitalSigns } from '../records/index.js';

/** "Abandonner" on an entry the server refused: the decision and its reason are kept. */
let app: TestApp;
let s: Seed;
let nurse: Account;

const NOW = new Date('2026-06-01T08:00:00Z');
const DISCARD = `mutation($i: DiscardOfflineEntryInput!) {
  discardOfflineEntry(input: $i) { id kind patientId reason discardedAt } }`;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  nurse = await app.tokenFor(Role.NURSE);
});
afterAll(async () => {
  await app.close();
});

interface Discarded {
  discardOfflineEntry: {
    id: string;
    kind: string;
    patientId: string;
    reason: string;
    discardedAt: string;
  };
}

const rowsOf = (id: string) =>
  app.em().find(AuditEvent, {
    action: 'discardOfflineEntry',
    outcome: AuditOutcome.SUCCESS,
    targetId: id,
  });

describe('discarding an entry made offline', () => {
  it('writes one audit row naming the patient, the kind, the reason and the refusal, and nothing in the record', async () => {
    const p = await s.patient();
    const id = randomUUID();
    const input = {
      id,
      kind: 'VITALS',
      patientId: p.id,
      enteredAt: '2026-06-01T07:40:00Z',
      reason: '  Saisie en double  ',
      refusal: 'CONFLICT',
    };
    const r = await ok<Discarded>(app, DISCARD, { i: input }, nurse.token);
    expect(r.discardOfflineEntry).toEqual({
      id,
      kind: 'VITALS',
      patientId: p.id,
      reason: 'Saisie en double',
      discardedAt: NOW.toISOString(),
    });
    const rows = await rowsOf(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: nurse.user.id,
      patientId: p.id,
      targetType: 'OfflineEntry',
      details: {
        kind: 'VITALS',
        enteredAt: '2026-06-01T07:40:00.000Z',
        reason: 'Saisie en double',
        refusal: 'CONFLICT',
      },
    });
    expect(await app.em().count(VitalSigns, { id })).toBe(0);
  });

  it('answers a replay, and five at once, with the first decision: one record of it', async () => {
    const p = await s.patient();
    const id = randomUUID();
    const input = {
      id,
      kind: 'DOSE',
      patientId: p.id,
      enteredAt: '2026-06-01T07:00:00Z',
      reason: 'Dose donnée par une collègue',
    };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => ok<Discarded>(app, DISCARD, { i: input }, nurse.token)),
    );
    app.clock.set(new Date(NOW.getTime() + 60_000));
    try {
      answers.push(
        await ok<Discarded>(app, DISCARD, { i: { ...input, reason: 'Autre motif' } }, nurse.token),
      );
    } finally {
      app.clock.set(NOW);
    }
    for (const a of answers) {
      expect(a.discardOfflineEntry).toMatchObject({
        reason: 'Dose donnée par une collègue',
        discardedAt: NOW.toISOString(),
      });
    }
    const rows = await rowsOf(id);
    expect(rows.filter((r) => r.details.replay !== true)).toHaveLength(1);
    expect(rows.filter((r) => r.details.replay === true)).toHaveLength(5);
  });

  it('refuses a blank reason, a bad id or an entry dated in the future, and records nothing', async () => {
    const p = await s.patient();
    const id = randomUUID();
    const base = {
      id,
      kind: 'CARE_NOTE',
      patientId: p.id,
      enteredAt: '2026-06-01T07:00:00Z',
      reason: 'x',
    };
    for (const [bad, field] of [
      [{ reason: '   ' }, 'reason'],
      [{ id: 'not-a-uuid' }, 'id'],
      [{ enteredAt: '2026-06-01T09:00:00Z' }, 'enteredAt'],
    ] as const) {
      const r = await app.gql(DISCARD, { i: { ...base, ...bad } }, { token: nurse.token });
      expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(r.errors[0]?.extensions?.fields as object)).toEqual([field]);
    }
    expect(await rowsOf(id)).toHaveLength(0);
  });

  it('treats a patient the caller may not see as not found', async () => {
    const r = await app.gql(
      DISCARD,
      {
        i: {
          id: randomUUID(),
          kind: 'VITALS',
          patientId: randomUUID(),
          enteredAt: '2026-06-01T07:00:00Z',
          reason: 'Erreur de patient',
        },
      },
      { token: nurse.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
