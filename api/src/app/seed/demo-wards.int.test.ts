import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRAL_PHARMACY_ID } from '../../modules/pharmacy/index.js';
import { Bed, BedCondition, BedStay, NurseAssignment, Ward } from '../../modules/wards/index.js';
import { ok } from '../testing/fixtures.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { seedDemo, type Credential } from './seed.js';

let app: TestApp;
let creds: Credential[];
// Monday 1 June 2026, 10:00 in Paris.
const NOW = new Date('2026-06-01T08:00:00Z');

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  creds = await seedDemo(app.em(), NOW, app.config.timeZone, app.config.jwtSecret);
});
afterAll(async () => {
  await app.close();
});

async function signIn(key: string): Promise<string> {
  const c = creds.find((x) => x.email === `${key}@caregraph.example`);
  if (!c) throw new Error(`no demo login ${key}`);
  return (await app.login(c.email, c.password)).accessToken;
}

describe('the demo hospital’s wards', () => {
  it('has three wards, 60 beds, two-thirds occupied, some to clean or out of service', async () => {
    const em = app.em();
    expect(await em.count(Ward, {})).toBe(3);
    expect(await em.count(Bed, {})).toBe(60);
    expect(await em.count(BedStay, { endedAt: null, cancelled: false })).toBe(40);
    expect(await em.count(Bed, { condition: BedCondition.TO_CLEAN })).toBe(6);
    expect(await em.count(Bed, { condition: BedCondition.OUT_OF_SERVICE })).toBe(1);
    expect(await em.count(NurseAssignment, { date: '2026-06-01' })).toBe(9);
  });

  it('gives each demo nurse her ward’s patients and each ward doctor a round', async () => {
    const mine = await ok<{ myPatients: { wardName: string }[] }>(
      app,
      '{ myPatients { wardName } }',
      {},
      await signIn('nurse.b'),
    );
    expect(mine.myPatients).toHaveLength(14);
    expect(new Set(mine.myPatients.map((p) => p.wardName))).toEqual(new Set(['Cardiologie']));
    const round = await ok<{ myRound: { news2Score: number | null }[] }>(
      app,
      '{ myRound { news2Score } }',
      {},
      await signIn('doctor.general'),
    );
    expect(round.myRound).toHaveLength(16);
    const scores = round.myRound.map((r) => r.news2Score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThanOrEqual(5);
  });

  it('shows the census on the wards list', async () => {
    const d = await ok<{ wards: { name: string; beds: number; occupied: number; free: number }[] }>(
      app,
      '{ wards { name beds occupied free } }',
      {},
      await signIn('reception'),
    );
    expect(d.wards.map((w) => [w.name, w.beds, w.occupied])).toEqual([
      ['Cardiologie', 20, 14],
      ['Médecine interne', 24, 16],
      ['Pédiatrie', 16, 10],
    ]);
  });
});

describe('the demo emergency department', () => {
  it('has a busy evening: seventeen open cases, some late, one unknown patient; thirty days past', async () => {
    const q = await ok<{
      emergencyQueue: {
        breached: number;
        cases: { level: string | null; unknownIdentity: boolean; name: string }[];
      };
    }>(
      app,
      '{ emergencyQueue { breached cases { level unknownIdentity name } } }',
      {},
      await signIn('nurse.a'),
    );
    const cases = q.emergencyQueue.cases;
    expect(cases).toHaveLength(17);
    expect(q.emergencyQueue.breached).toBeGreaterThan(0);
    expect(cases.filter((c) => c.unknownIdentity).map((c) => c.name)).toEqual([
      'INCONNU Homme 0001',
    ]);
    // Untriaged first, then level 1.
    expect(cases.slice(0, 4).map((c) => c.level)).toEqual([null, null, 'L1', 'L1']);
    const f = await ok<{ emergencyFigures: { arrivals: number; closed: number } }>(
      app,
      '{ emergencyFigures(period: { from: "2026-05-01", to: "2026-05-31" }) { arrivals closed } }',
      {},
      await signIn('manager'),
    );
    expect(f.emergencyFigures.arrivals).toBeGreaterThan(250);
    expect(f.emergencyFigures.closed).toBe(f.emergencyFigures.arrivals);
  });
});

describe('the demo pharmacy', () => {
  it('holds the catalogue, lots near expiry, one expired, items to reorder, every ward stocked, alerts and a worklist', async () => {
    const token = await signIn('pharmacy');
    const items = await ok<{ stockItems: { totalCount: number } }>(
      app,
      '{ stockItems { totalCount } }',
      {},
      token,
    );
    expect(items.stockItems.totalCount).toBeGreaterThanOrEqual(200);
    // Every page of the central pharmacy's levels.
    type CentralLevel = {
      onHand: number;
      belowReorderLevel: boolean;
      lots: { quantity: number; expired: boolean; daysToExpiry: number }[];
    };
    const central: CentralLevel[] = [];
    for (let after: string | null = null, more = true; more;) {
      const page: {
        stockLevels: {
          nodes: CentralLevel[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await ok(
        app,
        `query($l: ID!, $a: String) { stockLevels(locationId: $l, first: 100, after: $a) {
          nodes { onHand belowReorderLevel lots { quantity expired daysToExpiry } }
          pageInfo { hasNextPage endCursor } } }`,
        { l: CENTRAL_PHARMACY_ID, a: after },
        token,
      );
      central.push(...page.stockLevels.nodes);
      more = page.stockLevels.pageInfo.hasNextPage;
      after = page.stockLevels.pageInfo.endCursor;
    }
    expect(central.length).toBeGreaterThanOrEqual(40);
    const lots = central.flatMap((l) => l.lots);
    expect(lots.filter((l) => l.expired)).toHaveLength(1);
    expect(lots.filter((l) => !l.expired && l.daysToExpiry <= 30).length).toBeGreaterThan(2);
    expect(central.filter((l) => l.belowReorderLevel).length).toBeGreaterThan(2);
    const locations = await ok<{ stockLocations: { id: string; kind: string }[] }>(
      app,
      '{ stockLocations { id kind } }',
      {},
      token,
    );
    let stockedWards = 0;
    for (const ward of locations.stockLocations.filter((l) => l.kind === 'WARD')) {
      const w = await ok<{ stockLevels: { nodes: { onHand: number }[] } }>(
        app,
        'query($l: ID!) { stockLevels(locationId: $l, first: 100) { nodes { onHand } } }',
        { l: ward.id },
        token,
      );
      if (w.stockLevels.nodes.some((l) => l.onHand > 0)) stockedWards++;
    }
    const wardLocations = locations.stockLocations.filter((l) => l.kind === 'WARD');
    expect(wardLocations.length).toBeGreaterThanOrEqual(3);
    expect(stockedWards).toBe(wardLocations.length);
    // The alerts are computed at seeding, every kind present.
    const alerts = await ok<{ stockAlerts: { kind: string }[] }>(
      app,
      '{ stockAlerts { kind } }',
      {},
      token,
    );
    expect(new Set(alerts.stockAlerts.map((a) => a.kind))).toEqual(
      new Set(['BELOW_REORDER_LEVEL', 'EXPIRING', 'EXPIRED_ON_HAND']),
    );
    // Inpatients' prescriptions name their catalogue item: some ward has something to dispense.
    let toDispense = 0;
    for (const ward of wardLocations) {
      const rows = await ok<{ dispensingWorklist: unknown[] }>(
        app,
        'query($w: ID!) { dispensingWorklist(wardId: $w) { prescriptionId } }',
        { w: ward.id },
        token,
      );
      toDispense += rows.dispensingWorklist.length;
    }
    expect(toDispense).toBeGreaterThan(0);
    const dispensed = await ok<{ stockMovements: { nodes: { patientId: string | null }[] } }>(
      app,
      '{ stockMovements(filter: { kind: DISPENSE }) { nodes { patientId } } }',
      {},
      token,
    );
    expect(dispensed.stockMovements.nodes.length).toBeGreaterThanOrEqual(2);
    expect(dispensed.stockMovements.nodes.every((n) => n.patientId !== null)).toBe(true);
    // The balances are the ledger's sums.
    const drift = await app.em().execute<{ n: number }[]>(
      `select count(*)::int as n from stock_balance b
        where b.quantity <> coalesce((select sum(case when m.to_location_id = b.location_id then m.quantity else -m.quantity end)
                                        from stock_movement m
                                       where m.lot_id = b.lot_id
                                         and b.location_id in (m.from_location_id, m.to_location_id)), 0)`,
    );
    expect(drift[0]?.n).toBe(0);
  });
});

describe('the demo staff’s working hours (R18)', () => {
  it('gives the nurses and reception a week each, a night shift as two spans', async () => {
    const hours = async (key: string) =>
      (
        await ok<{ myWorkingHours: { weekday: number; startTime: string; endTime: string }[] }>(
          app,
          '{ myWorkingHours { weekday startTime endTime } }',
          {},
          await signIn(key),
        )
      ).myWorkingHours;
    expect(await hours('nurse.a')).toContainEqual({
      weekday: 1,
      startTime: '07:00',
      endTime: '19:00',
    });
    const night = await hours('nurse.c');
    expect(night).toContainEqual({ weekday: 1, startTime: '19:00', endTime: '24:00' });
    expect(night).toContainEqual({ weekday: 2, startTime: '00:00', endTime: '07:00' });
    expect(await hours('reception')).toHaveLength(10);
  });
});
