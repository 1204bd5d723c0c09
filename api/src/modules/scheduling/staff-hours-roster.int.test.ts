import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { User } from '../auth/index.js';
import { WorkingHoursSpan } from './working-hours.entity.js';

let app: TestApp;
let manager: string;

interface Span {
  weekday: number;
  startTime: string;
  endTime: string;
}
interface Node {
  userId: string;
  displayName: string;
  role: Role;
  jobTitle: string | null;
  spans: Span[];
}
interface Page {
  staffHoursRoster: {
    totalCount: number;
    nodes: Node[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const ROSTER = `query($s: String, $r: Role, $f: Int, $a: String) {
  staffHoursRoster(search: $s, role: $r, first: $f, after: $a) {
    totalCount
    nodes { userId displayName role jobTitle spans { weekday startTime endTime } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A synthetic account with the names the roster sorts and searches on. */
async function person(
  role: Role,
  givenName: string,
  familyName: string,
  opts: { active?: boolean; jobTitle?: string; spans?: Span[] } = {},
) {
  const { user } = await app.seedUser(role, { active: opts.active ?? true });
  const em = app.em();
  await em.nativeUpdate(User, { id: user.id }, { givenName, familyName, jobTitle: opts.jobTitle });
  for (const s of opts.spans ?? []) em.create(WorkingHoursSpan, { user: user.id, ...s });
  await em.flush();
  return user.id;
}

async function roster(vars: Record<string, unknown>, token = manager) {
  return app.gql<Page>(ROSTER, vars, { token });
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(new Date('2026-06-01T06:00:00Z'));
  manager = (await app.tokenFor(Role.MANAGER)).token;
  ids.amandine = await person(Role.NURSE, 'Amandine', 'Zabaleta', {
    jobTitle: 'Infirmière de nuit',
    spans: [
      { weekday: 3, startTime: '20:00', endTime: '24:00' },
      { weekday: 1, startTime: '07:00', endTime: '15:00' },
      { weekday: 4, startTime: '00:00', endTime: '07:00' },
    ],
  });
  ids.bruno = await person(Role.RECEPTIONIST, 'Bruno', 'Zabaleta', {
    spans: [{ weekday: 2, startTime: '08:00', endTime: '16:00' }],
  });
  ids.chloe = await person(Role.LAB_TECHNICIAN, 'Chloé', 'Zahir');
  // Not on the roster: a doctor (sessions, not hours), a disabled account, a patient.
  ids.denis = await person(Role.DOCTOR, 'Denis', 'Zabaleta');
  ids.eve = await person(Role.CASHIER, 'Eve', 'Zabaleta', { active: false });
  ids.fanny = await person(Role.PATIENT, 'Fanny', 'Zabaleta');
});
afterAll(async () => {
  await app.close();
});

describe('the managers’ roster of staff hours (R18)', () => {
  it('lists active staff who keep hours, by family then given name, each with their week', async () => {
    const r = await roster({ s: 'zab' });
    expect(r.errors).toEqual([]);
    const page = r.data?.staffHoursRoster;
    expect(page?.totalCount).toBe(2);
    expect(page?.nodes).toEqual([
      {
        userId: ids.amandine,
        displayName: 'ZABALETA Amandine',
        role: Role.NURSE,
        jobTitle: 'Infirmière de nuit',
        spans: [
          { weekday: 1, startTime: '07:00', endTime: '15:00' },
          { weekday: 3, startTime: '20:00', endTime: '24:00' },
          { weekday: 4, startTime: '00:00', endTime: '07:00' },
        ],
      },
      {
        userId: ids.bruno,
        displayName: 'ZABALETA Bruno',
        role: Role.RECEPTIONIST,
        jobTitle: null,
        spans: [{ weekday: 2, startTime: '08:00', endTime: '16:00' }],
      },
    ]);
  });

  it('finds a person by any case of a part of their names, every word counting', async () => {
    const names = async (s: string) =>
      (await roster({ s })).data?.staffHoursRoster.nodes.map((n) => n.displayName);
    expect(await names('ZAH')).toEqual(['ZAHIR Chloé']);
    expect(await names('bru zaba')).toEqual(['ZABALETA Bruno']);
    expect(await names('  amandine   ')).toEqual(['ZABALETA Amandine']);
    expect(await names('bruno zahir')).toEqual([]);
    // The wildcards a user types are letters.
    expect(await names('%')).toEqual([]);
    expect(await names('z_b')).toEqual([]);
  });

  it('narrows to one role, and names a role that keeps no hours as a field error', async () => {
    const r = await roster({ s: 'za', r: Role.LAB_TECHNICIAN });
    expect(r.data?.staffHoursRoster.nodes.map((n) => n.userId)).toEqual([ids.chloe]);
    const doctors = await roster({ r: Role.DOCTOR });
    expect(doctors.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(doctors.errors[0]?.extensions?.fields).toHaveProperty('role');
  });

  it('pages through the roster with cursors', async () => {
    const first = await roster({ s: 'za', f: 2 });
    const p1 = first.data?.staffHoursRoster;
    expect(p1?.totalCount).toBe(3);
    expect(p1?.nodes.map((n) => n.userId)).toEqual([ids.amandine, ids.bruno]);
    expect(p1?.pageInfo.hasNextPage).toBe(true);
    const second = await roster({ s: 'za', f: 2, a: p1?.pageInfo.endCursor });
    const p2 = second.data?.staffHoursRoster;
    expect(p2?.nodes.map((n) => n.userId)).toEqual([ids.chloe]);
    expect(p2?.pageInfo.hasNextPage).toBe(false);

    const tooMany = await roster({ f: 0 });
    expect(tooMany.errors[0]?.extensions?.fields).toHaveProperty('first');
    const forged = await roster({ a: 'not-a-cursor' });
    expect(forged.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads the week of the whole page in one query', async () => {
    const { result, sql } = await app.sqlDuring(() => roster({ f: 50 }));
    expect(result.errors).toEqual([]);
    const withSpans = result.data?.staffHoursRoster.nodes.filter((n) => n.spans.length > 0);
    expect(withSpans?.length).toBe(2);
    expect(sql.filter((q) => q.includes('working_hours_span'))).toHaveLength(1);
  });

  it('is read by an administrator too', async () => {
    const admin = await app.tokenFor(Role.ADMIN);
    const r = await roster({ s: 'zahir' }, admin.token);
    expect(r.errors).toEqual([]);
    expect(r.data?.staffHoursRoster.nodes.map((n) => n.userId)).toEqual([ids.chloe]);
  });

  it('is refused to other staff and to patients, and asks a stranger to sign in', async () => {
    for (const role of [Role.NURSE, Role.DOCTOR, Role.RECEPTIONIST, Role.PATIENT]) {
      const { token } = await app.tokenFor(role);
      const r = await roster({}, token);
      expect(r.errors[0]?.extensions?.code, role).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
    const anonymous = await app.gql(ROSTER, {});
    expect(anonymous.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('one person of the roster (R18)', () => {
  const ONE = `query($u: ID!) {
    staffHours(userId: $u) { userId displayName role jobTitle spans { weekday startTime endTime } }
  }`;
  type One = { staffHours: Node };

  it('answers what the roster row says, for a page opened directly', async () => {
    const list = await roster({ s: 'amandine' });
    const one = await app.gql<One>(ONE, { u: ids.amandine }, { token: manager });
    expect(one.errors).toEqual([]);
    expect(one.data?.staffHours).toEqual(list.data?.staffHoursRoster.nodes[0]);
    expect(one.data?.staffHours.displayName).toBe('ZABALETA Amandine');
  });

  it('says not found for an unknown account, and a field error for a doctor', async () => {
    const unknown = await app.gql<One>(ONE, { u: randomUUID() }, { token: manager });
    expect(unknown.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const doctor = await app.gql<One>(ONE, { u: ids.denis }, { token: manager });
    expect(doctor.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is refused to other staff', async () => {
    const { token } = await app.tokenFor(Role.NURSE);
    const r = await app.gql<One>(ONE, { u: ids.amandine }, { token });
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.data).toBeNull();
  });
});
