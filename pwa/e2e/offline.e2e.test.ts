import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  arrive,
  fill,
  openBrowser,
  openTab,
  screen,
  serverNow,
  visible,
  type Browser,
} from './browser';
import { demoHospital } from './demo';

const demo = demoHospital();
const { base, gql, tokenOf } = demo;

// A ward doctor no other browser test switches to English (the scheduling test does so with the
// cardiologist).
const DOCTOR = 'doctor.paediatrics@caregraph.example';
const NURSE = 'nurse.a@caregraph.example';
const LAB = 'lab@caregraph.example';
const ADMIN = 'admin@caregraph.example';
const CODE = '482913';
const DB = 'caregraph-offline';

/** Signs in, and waits until the service worker controls the page: the app can then start offline. */
async function signIn(page: Page, email: string) {
  await demo.signIn(page, email);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** Opens the round (doctor) or the patients (nurse) from the home page and takes the shift offline. */
async function takeShiftOffline(page: Page, list: 'my-round' | 'my-patients', shots?: string) {
  await visible(page, `a.cg-shortcut[href="/app/${list}"]`).click();
  await arrive(page, `**/app/${list}`);
  await visible(page, '[data-testid="offline-offer"]').waitFor();
  await visible(page, '[data-testid="inpatient"]').waitFor();
  if (shots) await screen(page, `${shots}-offer`);
  await fill(page, 'offline-code', CODE);
  await fill(page, 'offline-code-confirm', '000000');
  await visible(page, '[data-testid="offline-take"]').click();
  // A slip of the finger is caught before anything is stored.
  await expect
    .poll(() => visible(page, '[data-testid="offline-offer"]').innerText())
    .toMatch(/diffèrent|differ/);
  await fill(page, 'offline-code-confirm', CODE);
  await visible(page, '[data-testid="offline-take"]').click();
  const ready = visible(page, '[data-testid="pack-freshness"]');
  const failed = visible(page, '[data-testid="offline-offer"] .cg-notice');
  await ready.or(failed).waitFor({ timeout: 30_000 });
  if (await failed.isVisible()) throw new Error(`not taken: ${await failed.innerText()}`);
}

/** Reopens the profile a quit browser left, with no network, on `path`. */
async function reopenOffline(closed: Browser, path: string): Promise<Browser> {
  const again = await openBrowser({ locale: 'fr-FR', profile: closed.profile, offline: true });
  await again.page.goto(`${base}${path}`);
  return again;
}

async function databases(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}

async function unlockWith(page: Page, code: string) {
  await fill(page, 'unlock-code', code);
  await visible(page, '[data-testid="unlock"]').click();
}

describe('The ward round offline', () => {
  let chartPatient: { id: string; name: string; lab: string };
  let roundIds: string[];
  let agendaIds: string[];

  beforeAll(async () => {
    const doctor = await tokenOf(DOCTOR);
    const packQuery =
      '{ myShiftPack { patients { patientId inpatient { name } vitals { id } labResults { testCode } } } }';
    type Pack = {
      myShiftPack: {
        patients: {
          patientId: string;
          inpatient: { name: string };
          vitals: { id: string }[];
          labResults: { testCode: string }[];
        }[];
      };
    };
    const before = (await gql<Pack>(doctor, packQuery)).myShiftPack.patients;
    const first = before[0];
    if (!first) throw new Error('the demo doctor has no round');
    // The chart opened offline gets a result of today and a set of vitals, whatever the demo holds.
    const { labTests } = await gql<{ labTests: { code: string; numeric: boolean }[] }>(
      doctor,
      '{ labTests { code numeric } }',
    );
    const test = labTests.find((t) => t.numeric);
    if (!test) throw new Error('no numeric lab test');
    const { orderLabTests } = await gql<{ orderLabTests: { id: string }[] }>(
      doctor,
      'mutation($input: OrderLabTestsInput!) { orderLabTests(input: $input) { id } }',
      { input: { patientId: first.patientId, testCodes: [test.code] } },
    );
    const orderId = orderLabTests[0]?.id;
    if (!orderId) throw new Error('no lab order');
    const lab = await tokenOf(LAB);
    await gql(
      lab,
      'mutation($input: CollectLabSpecimensInput!) { collectLabSpecimens(input: $input) { id } }',
      {
        input: { orderIds: [orderId] },
      },
    );
    await gql(
      lab,
      'mutation($input: EnterLabResultInput!) { enterLabResult(input: $input) { id } }',
      {
        input: { orderId, valueNumeric: 4.2 },
      },
    );
    await gql(
      doctor,
      'mutation($input: RecordVitalsInput!) { recordVitals(input: $input) { id } }',
      {
        input: { id: randomUUID(), patientId: first.patientId, heartRate: 84, spo2: 96 },
      },
    );
    const after = (await gql<Pack>(doctor, packQuery)).myShiftPack.patients;
    roundIds = after.map((p) => p.patientId);
    const agenda = await gql<{ myShiftPack: { appointments: { id: string }[] } }>(
      doctor,
      '{ myShiftPack { appointments { id } } }',
    );
    agendaIds = agenda.myShiftPack.appointments.map((a) => a.id);
    chartPatient = { id: first.patientId, name: first.inpatient.name, lab: test.code };
  });

  it('a doctor takes the shift offline, closes the app, reopens it without network, unlocks and reads the round and a chart', async () => {
    const online = await openBrowser({ locale: 'fr-FR' });
    let offline: Browser | undefined;
    try {
      await signIn(online.page, DOCTOR);
      await takeShiftOffline(online.page, 'my-round', 'offline-01');
      expect(await visible(online.page, '[data-testid="pack-freshness"]').innerText()).toMatch(
        /^Disponible hors ligne — données de \d{2}:\d{2}$/,
      );
      await screen(online.page, 'offline-02-round-ready');
      await online.quit();

      offline = await reopenOffline(online, '/app/home');
      const { page } = offline;
      await visible(page, '[data-testid="offline-unlock"] form').waitFor();
      await screen(page, 'offline-03-unlock');
      await unlockWith(page, CODE);
      await arrive(page, '**/app/my-round');
      await visible(page, '[data-testid="inpatient"]').waitFor();
      expect(await visible(page, '[data-testid="offline-banner"]').innerText()).toMatch(
        /^Hors ligne — données de \d{2}:\d{2}$/,
      );
      const shown = await page
        .locator('[data-testid="inpatient"]:visible')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-patient-id')));
      expect(shown).toEqual(roundIds);
      await screen(page, 'offline-04-round-offline');

      await visible(
        page,
        `[data-testid="inpatient"][data-patient-id="${chartPatient.id}"]`,
      ).click();
      await arrive(page, `**/app/patients/${chartPatient.id}/chart`);
      await visible(page, '[data-testid="chart-summary"]').waitFor();
      expect(await visible(page, '[data-testid="patient-header"]').innerText()).toContain(
        chartPatient.name.split(' ')[0],
      );
      await visible(page, '[data-testid="chart-summary"] [data-testid="vitals-summary"]').waitFor();
      await visible(page, '[data-testid="chart-summary"] [data-testid="lab-result"]').waitFor();
      // What the pack does not hold says so, instead of looking empty or spinning.
      expect(await visible(page, '[data-testid="chart-summary"]').innerText()).toContain(
        'Non disponible hors ligne',
      );
      await screen(page, 'offline-05-chart-summary');

      await visible(page, '[data-testid="section-labs"]').click();
      await visible(page, '[data-testid="chart-labs"] [data-testid="lab-result"]').waitFor();
      expect(await visible(page, '[data-testid="chart-labs"]').innerText()).toContain(
        chartPatient.lab,
      );
      await screen(page, 'offline-06-chart-labs');

      await visible(page, '[data-testid="section-vitals"]').click();
      await visible(page, '[data-testid="vitals-summary"]').waitFor();
      await visible(page, '[data-testid="section-timeline"]').click();
      await expect
        .poll(() => visible(page, 'ion-content').innerText())
        .toContain('Non disponible hors ligne');
      // Nothing in Cache Storage but the app shell: the pack lives only in the sealed vault.
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
        }
        return urls;
      });
      expect(cached.filter((u) => new URL(u).pathname.startsWith('/graphql'))).toEqual([]);
      // Write actions that need the server are not offered; vitals and care notes are.
      expect(await page.locator('[data-testid="action-prescribe"]').count()).toBe(0);
      expect(await page.locator('[data-testid="action-vitals"]:visible').count()).toBe(1);

      // Today's agenda, from the pack, with no action (they all need the server).
      expect(agendaIds.length).toBeGreaterThan(0);
      await openTab(page, 'agenda');
      await visible(page, '[data-testid="agenda"] [data-testid="board-appointment"]').waitFor();
      const agenda = await page
        .locator('[data-testid="board-appointment"]:visible')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
      expect(agenda).toEqual(agendaIds);
      expect(await page.locator('[data-testid="running-late"]').count()).toBe(0);
      expect(
        await page.locator('[data-testid="board-appointment"] ion-button:visible').count(),
      ).toBe(0);
      await screen(page, 'offline-06b-agenda');
    } finally {
      await (offline ?? online).close();
    }
  }, 240_000);

  it('five wrong codes erase the offline data and the app asks to reconnect', async () => {
    const online = await openBrowser({ locale: 'fr-FR' });
    let offline: Browser | undefined;
    try {
      await signIn(online.page, NURSE);
      await takeShiftOffline(online.page, 'my-patients');
      await online.quit();

      offline = await reopenOffline(online, '/app/my-patients');
      const { page } = offline;
      await visible(page, '[data-testid="offline-unlock"] form').waitFor();
      for (const left of [4, 3, 2, 1]) {
        await unlockWith(page, '111111');
        await expect
          .poll(() => visible(page, '[data-testid="unlock-problem"]').innerText())
          .toContain(left === 1 ? '1 essai restant' : `${String(left)} essais restants`);
        if (left === 2) await screen(page, 'offline-07-wrong-code');
      }
      await unlockWith(page, '111111');
      await visible(page, '[data-testid="offline-wiped"]').waitFor();
      expect(await visible(page, '[data-testid="offline-wiped"]').innerText()).toContain(
        'Reconnectez-vous',
      );
      await screen(page, 'offline-08-wiped');
      expect(await databases(page)).not.toContain(DB);

      // Reopened again: no pack, so the usual "cannot reach the server" screen.
      await page.reload();
      await visible(page, '.cg-splash ion-button').waitFor();
      expect(await page.locator('[data-testid="offline-unlock"]').count()).toBe(0);
    } finally {
      await (offline ?? online).close();
    }
  });

  it('logout leaves no offline database and no cached patient data', async () => {
    const browser = await openBrowser({ locale: 'fr-FR' });
    try {
      const { page } = browser;
      await signIn(page, DOCTOR);
      await takeShiftOffline(page, 'my-round');
      expect(await databases(page)).toContain(DB);
      await openTab(page, 'account');
      await visible(page, '[data-testid="logout"]').click();
      await arrive(page, '**/login');
      await expect.poll(() => databases(page)).not.toContain(DB);
      const left = await page.evaluate(async () => {
        const names = await caches.keys();
        const urls: string[] = [];
        for (const name of names) {
          for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
        }
        return { names, urls };
      });
      expect(left.names.every((n) => n.startsWith('workbox-precache'))).toBe(true);
      expect(left.urls.filter((u) => new URL(u).pathname.startsWith('/graphql'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
  it('a nurse records vitals and doses offline, reopens the app, and the network back sends each once; a dose on a prescription stopped meanwhile waits "à vérifier"', async () => {
    const nurse = await tokenOf(NURSE);
    const doctor = await tokenOf(DOCTOR);
    type Due = {
      scheduledAt: string;
      prescription: { id: string; patientId: string; medicationName: string };
      administration: { id: string } | null;
    };
    const duesQuery =
      '{ myShiftPack { patients { patientId } dosesDue { scheduledAt prescription { id patientId medicationName } administration { id } } } }';
    type Dues = { myShiftPack: { patients: { patientId: string }[]; dosesDue: Due[] } };
    const patientId = (await gql<Dues>(nurse, duesQuery)).myShiftPack.patients[0]?.patientId;
    if (!patientId) throw new Error('the demo nurse has no patient');
    // Two hourly prescriptions: the first started a moment ago, the second starts in a few
    // minutes. The nurse gives the first dose of each offline; the second prescription is stopped
    // meanwhile, before its dose was due: the server refuses that dose as PRESCRIPTION_STOPPED.
    const rxIds: string[] = [];
    for (const [medicationName, startIn] of [
      ['Paracétamol hors ligne', -10],
      ['Furosémide hors ligne', 5],
    ] as const) {
      const { prescribe } = await gql<{ prescribe: { id: string } }>(
        doctor,
        'mutation($input: PrescribeInput!) { prescribe(input: $input) { id } }',
        {
          input: {
            patientId,
            medicationName,
            dose: 1,
            doseUnit: 'cp',
            route: 'ORAL',
            intervalHours: 1,
            startAt: new Date(serverNow().getTime() + startIn * 60_000).toISOString(),
          },
        },
      );
      rxIds.push(prescribe.id);
    }
    const dues = (await gql<Dues>(nurse, duesQuery)).myShiftPack.dosesDue;
    const firstOpen = (rx: string | undefined) => {
      const d = dues.find((x) => x.prescription.id === rx && !x.administration);
      if (!d) throw new Error(`no open dose of ${String(rx)} in the nurse's pack`);
      return d;
    };
    const given = firstOpen(rxIds[0]);
    const stopped = firstOpen(rxIds[1]);
    const row = (d: Due) =>
      `[data-testid="dose"][data-prescription-id="${d.prescription.id}"][data-scheduled-at="${d.scheduledAt}"]`;
    // Values no other set of the demo has, to find this one on the server.
    const vitals = { heartRate: '57', respiratoryRate: '13', spo2: '91' };
    const noteText = `Pansement refait sans réseau ${randomUUID().slice(0, 8)}`;

    const online = await openBrowser({ locale: 'fr-FR' });
    let first: Browser | undefined;
    let second: Browser | undefined;
    try {
      await signIn(online.page, NURSE);
      await takeShiftOffline(online.page, 'my-patients');
      await online.quit();

      first = await reopenOffline(online, '/app/my-patients');
      let page = first.page;
      await visible(page, '[data-testid="offline-unlock"] form').waitFor();
      await unlockWith(page, CODE);
      await arrive(page, '**/app/my-patients');
      await visible(page, `[data-testid="inpatient"][data-patient-id="${patientId}"]`).click();
      await arrive(page, `**/app/patients/${patientId}/chart`);
      await visible(page, '[data-testid="action-vitals"]').click();
      await arrive(page, `**/app/patients/${patientId}/chart/vitals`);
      for (const [name, value] of Object.entries(vitals)) await fill(page, name, value);
      await visible(page, '[data-testid="save-vitals"]').click();
      await visible(page, '[data-testid="vitals-pending"]').waitFor();
      expect(await visible(page, '[data-testid="outbox-badge"]').innerText()).toBe('1 en attente');
      await screen(page, 'offline-09-vitals-pending');

      await visible(page, '[data-testid="back-to-chart"]').click();
      await arrive(page, /\/chart$/);
      await visible(page, '[data-testid="action-care-note"]').click();
      await arrive(page, `**/app/patients/${patientId}/chart/care-note`);
      await page.locator('textarea[name="text"]:visible').fill(noteText);
      await visible(page, 'form.cg-form ion-button[type="submit"]').click();
      await visible(page, '[data-testid="care-note-pending"]').waitFor();
      expect(await visible(page, '[data-testid="outbox-badge"]').innerText()).toBe('2 en attente');
      await visible(page, '[data-testid="back-to-chart"]').click();
      await arrive(page, /\/chart$/);
      // The chart shows at once what waits on the phone.
      await expect
        .poll(() =>
          page
            .locator('[data-testid="pending-entry"]:visible')
            .evaluateAll((els) =>
              els.map((e) => `${e.dataset.kind ?? ''}:${e.dataset.state ?? ''}`),
            ),
        )
        .toEqual(['vitals:pending', 'careNote:pending']);
      expect(await visible(page, '[data-testid="pending-entries"]').innerText()).toContain(
        noteText,
      );
      await screen(page, 'offline-09b-chart-pending');
      await visible(page, '[data-testid="section-medications"]').click();
      await visible(page, '[data-testid="mar"]').waitFor();
      for (const d of [given, stopped]) {
        await visible(page, `${row(d)} [data-testid="dose-give"]`).click();
        await expect
          .poll(() => visible(page, row(d)).getAttribute('data-outbox'), { timeout: 15_000 })
          .toBe('pending');
      }
      expect(await visible(page, '[data-testid="outbox-badge"]').innerText()).toBe('4 en attente');
      await screen(page, 'offline-10-doses-pending');
      await first.quit();

      // Meanwhile a doctor stops the second prescription.
      await gql(
        doctor,
        'mutation($input: StopPrescriptionInput!) { stopPrescription(input: $input) { id } }',
        { input: { id: stopped.prescription.id, reason: 'Arrêt pendant la coupure (test)' } },
      );

      // The app closed and reopened still offline: the entries are in the sealed outbox.
      second = await reopenOffline(first, '/app/my-patients');
      page = second.page;
      await visible(page, '[data-testid="offline-unlock"] form').waitFor();
      await unlockWith(page, CODE);
      await arrive(page, '**/app/my-patients');
      await expect
        .poll(() => visible(page, '[data-testid="outbox-badge"]').innerText(), { timeout: 30_000 })
        .toBe('4 en attente');

      // The network returns: the outbox goes out in order, and the stopped one waits for a decision.
      await second.context.setOffline(false);
      await expect
        .poll(() => visible(page, '[data-testid="outbox-badge"]').innerText(), { timeout: 60_000 })
        .toBe('1 à vérifier');

      type Vitals = {
        vitals: {
          nodes: {
            id: string;
            heartRate: number | null;
            respiratoryRate: number | null;
            spo2: number | null;
          }[];
        };
      };
      const sets = (
        await gql<Vitals>(
          nurse,
          'query($p: ID!) { vitals(patientId: $p, first: 100) { nodes { id heartRate respiratoryRate spo2 } } }',
          { p: patientId },
        )
      ).vitals.nodes.filter((v) => v.heartRate === 57 && v.respiratoryRate === 13 && v.spo2 === 91);
      expect(sets).toHaveLength(1);
      const notes = (
        await gql<{ careNotes: { nodes: { text: string }[] } }>(
          nurse,
          'query($p: ID!) { careNotes(patientId: $p, first: 100) { nodes { text } } }',
          { p: patientId },
        )
      ).careNotes.nodes.filter((n) => n.text === noteText);
      expect(notes).toHaveLength(1);
      type Admins = {
        medicationAdministrations: {
          id: string;
          scheduledAt: string | null;
          afterStopReason: string | null;
        }[];
      };
      const adminsOf = async (d: Due) =>
        (
          await gql<Admins>(
            nurse,
            'query($p: ID!, $rx: ID) { medicationAdministrations(patientId: $p, prescriptionId: $rx, first: 100) { id scheduledAt afterStopReason } }',
            { p: patientId, rx: d.prescription.id },
          )
        ).medicationAdministrations.filter(
          (a) => a.scheduledAt && Date.parse(a.scheduledAt) === Date.parse(d.scheduledAt),
        );
      expect(await adminsOf(given)).toHaveLength(1);
      expect(await adminsOf(stopped)).toHaveLength(0);

      await visible(page, '[data-testid="outbox-badge"]').click();
      const item = visible(page, '[data-testid="outbox-to-check"]');
      await item.waitFor();
      expect(await item.innerText()).toContain('La prescription a été arrêtée entre-temps.');
      expect(await item.innerText()).toContain(stopped.prescription.medicationName);
      await screen(page, 'offline-11-to-check');
      await visible(page, '[data-testid="outbox-retry"]').click();
      await visible(page, '[data-testid="outbox-confirm"]').click();
      expect(await item.innerText()).toContain('Indiquez un motif');
      await page.locator('textarea[name="outbox-reason"]:visible').fill('Donnée avant l’arrêt');
      await visible(page, '[data-testid="outbox-confirm"]').click();
      await expect
        .poll(() => page.locator('[data-testid="outbox-badge"]').count(), { timeout: 30_000 })
        .toBe(0);
      const recorded = await adminsOf(stopped);
      expect(recorded).toHaveLength(1);
      expect(recorded[0]?.afterStopReason).toBe('Donnée avant l’arrêt');
      expect(await adminsOf(given)).toHaveLength(1);
    } finally {
      await (second ?? first ?? online).close();
    }
  }, 300_000);

  it('a dose a colleague recorded meanwhile waits "à vérifier"; discarded with a reason, the audit keeps it', async () => {
    const nurse = await tokenOf(NURSE);
    const doctor = await tokenOf(DOCTOR);
    const admin = await tokenOf(ADMIN);
    type Due = {
      scheduledAt: string;
      prescription: { id: string; patientId: string };
      administration: { id: string } | null;
    };
    const { myShiftPack } = await gql<{
      myShiftPack: {
        patients: { patientId: string; inpatient: { name: string } }[];
      };
    }>(nurse, '{ myShiftPack { patients { patientId inpatient { name } } } }');
    const patient = myShiftPack.patients[2] ?? myShiftPack.patients[0];
    if (!patient) throw new Error('the demo nurse has no patient');
    const { prescribe } = await gql<{ prescribe: { id: string } }>(
      doctor,
      'mutation($input: PrescribeInput!) { prescribe(input: $input) { id } }',
      {
        input: {
          patientId: patient.patientId,
          medicationName: 'Métoclopramide hors ligne',
          dose: 1,
          doseUnit: 'cp',
          route: 'ORAL',
          intervalHours: 1,
          startAt: new Date(serverNow().getTime() - 10 * 60_000).toISOString(),
        },
      },
    );
    const dues = (
      await gql<{ myShiftPack: { dosesDue: Due[] } }>(
        nurse,
        '{ myShiftPack { dosesDue { scheduledAt prescription { id patientId } administration { id } } } }',
      )
    ).myShiftPack.dosesDue;
    const due = dues.find((d) => d.prescription.id === prescribe.id && !d.administration);
    if (!due) throw new Error('no open dose in the nurse’s pack');
    const row = `[data-testid="dose"][data-prescription-id="${due.prescription.id}"][data-scheduled-at="${due.scheduledAt}"]`;
    const reason = `Donnée par ma collègue ${randomUUID().slice(0, 6)}`;

    const browser = await openBrowser({ locale: 'fr-FR' });
    try {
      const { page, context } = browser;
      await signIn(page, NURSE);
      await takeShiftOffline(page, 'my-patients');
      // In the app, not by reloading it: a reload would lock the pack again.
      await visible(
        page,
        `[data-testid="inpatient"][data-patient-id="${patient.patientId}"]`,
      ).click();
      await arrive(page, `**/app/patients/${patient.patientId}/chart`);
      await visible(page, '[data-testid="section-medications"]').click();
      await visible(page, row).waitFor({ timeout: 30_000 });
      await context.setOffline(true);
      await visible(page, `${row} [data-testid="dose-give"]`).click();
      await expect
        .poll(() => visible(page, row).getAttribute('data-outbox'), { timeout: 15_000 })
        .toBe('pending');
      // Meanwhile the same dose is recorded from another device.
      await gql(
        nurse,
        'mutation($input: RecordMedicationAdministrationInput!) { recordMedicationAdministration(input: $input) { id } }',
        {
          input: {
            id: randomUUID(),
            prescriptionId: due.prescription.id,
            scheduledAt: due.scheduledAt,
            status: 'GIVEN',
          },
        },
      );
      await context.setOffline(false);
      await expect
        .poll(() => visible(page, '[data-testid="outbox-badge"]').innerText(), { timeout: 60_000 })
        .toBe('1 à vérifier');
      await visible(page, '[data-testid="outbox-badge"]').click();
      const item = visible(page, '[data-testid="outbox-to-check"]');
      await item.waitFor();
      expect(await item.innerText()).toContain(patient.inpatient.name);
      expect(await item.innerText()).toContain('a déjà été enregistrée');
      // Nothing to record anyway: only the discard is offered, and it wants a reason.
      expect(await page.locator('[data-testid="outbox-retry"]').count()).toBe(0);
      await visible(page, '[data-testid="outbox-discard"]').click();
      await visible(page, '[data-testid="outbox-confirm"]').click();
      expect(await item.innerText()).toContain('Indiquez un motif');
      await page.locator('textarea[name="outbox-reason"]:visible').fill(reason);
      await screen(page, 'offline-12-discard');
      await visible(page, '[data-testid="outbox-confirm"]').click();
      await expect
        .poll(() => page.locator('[data-testid="outbox-badge"]').count(), { timeout: 30_000 })
        .toBe(0);

      const { auditEvents } = await gql<{
        auditEvents: {
          nodes: { targetType: string; details: { reason?: string; kind?: string } }[];
        };
      }>(
        admin,
        'query($p: ID!) { auditEvents(filter: { action: "discardOfflineEntry", patientId: $p }, first: 50) { nodes { targetType details } } }',
        { p: patient.patientId },
      );
      const kept = auditEvents.nodes.filter((n) => n.details.reason === reason);
      expect(kept).toHaveLength(1);
      expect(kept[0]).toMatchObject({ targetType: 'OfflineEntry', details: { kind: 'DOSE' } });
      const { medicationAdministrations } = await gql<{
        medicationAdministrations: { scheduledAt: string | null }[];
      }>(
        nurse,
        'query($p: ID!, $rx: ID) { medicationAdministrations(patientId: $p, prescriptionId: $rx, first: 100) { scheduledAt } }',
        { p: patient.patientId, rx: due.prescription.id },
      );
      expect(
        medicationAdministrations.filter(
          (a) => a.scheduledAt && Date.parse(a.scheduledAt) === Date.parse(due.scheduledAt),
        ),
      ).toHaveLength(1);
    } finally {
      await browser.close();
    }
  }, 300_000);

  it('with the network flapping during the replay, each entry still reaches the server exactly once', async () => {
    const nurse = await tokenOf(NURSE);
    const { myShiftPack } = await gql<{ myShiftPack: { patients: { patientId: string }[] } }>(
      nurse,
      '{ myShiftPack { patients { patientId } } }',
    );
    const patientId = myShiftPack.patients[1]?.patientId ?? myShiftPack.patients[0]?.patientId;
    if (!patientId) throw new Error('the demo nurse has no patient');
    // Eight sets told apart by their temperature, with a pulse the demo's sets never have.
    const temperatures = ['35.1', '35.2', '35.3', '35.4', '35.5', '35.6', '35.7', '35.8'];
    const browser = await openBrowser({ locale: 'fr-FR' });
    try {
      const { page, context } = browser;
      await signIn(page, NURSE);
      await takeShiftOffline(page, 'my-patients');
      await visible(page, `[data-testid="inpatient"][data-patient-id="${patientId}"]`).click();
      await arrive(page, `**/app/patients/${patientId}/chart`);
      await visible(page, '[data-testid="action-vitals"]').click();
      await arrive(page, `**/app/patients/${patientId}/chart/vitals`);
      await context.setOffline(true);
      for (const temperature of temperatures) {
        await fill(page, 'temperatureC', temperature);
        await fill(page, 'heartRate', '71');
        await fill(page, 'respiratoryRate', '15');
        await visible(page, '[data-testid="save-vitals"]').click();
        await visible(page, '[data-testid="vitals-pending"]').waitFor();
        await visible(page, '[data-testid="vitals-pending"] ion-button[fill="outline"]').click();
        await visible(page, '[data-testid="save-vitals"]').waitFor();
      }
      expect(await visible(page, '[data-testid="outbox-badge"]').innerText()).toBe('8 en attente');

      // The network comes and goes while the outbox is being sent, then stays.
      for (let i = 0; i < 12; i++) {
        await context.setOffline(false);
        await page.waitForTimeout(60 + ((i * 37) % 140));
        await context.setOffline(true);
        await page.waitForTimeout(40 + ((i * 53) % 90));
      }
      await context.setOffline(false);
      await expect
        .poll(() => page.locator('[data-testid="outbox-badge"]').count(), { timeout: 60_000 })
        .toBe(0);

      const { vitals } = await gql<{
        vitals: {
          nodes: {
            temperatureC: number | null;
            heartRate: number | null;
            respiratoryRate: number | null;
          }[];
        };
      }>(
        nurse,
        'query($p: ID!) { vitals(patientId: $p, first: 100) { nodes { temperatureC heartRate respiratoryRate } } }',
        { p: patientId },
      );
      const mine = vitals.nodes
        .filter((v) => v.heartRate === 71 && v.respiratoryRate === 15)
        .map((v) => (v.temperatureC ?? 0).toFixed(1))
        .sort();
      expect(mine).toEqual(temperatures);
    } finally {
      await browser.close();
    }
  }, 300_000);
});
