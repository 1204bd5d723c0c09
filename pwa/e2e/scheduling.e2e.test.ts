import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  arrive,
  fill,
  login,
  openBrowser,
  openTab,
  serverNow,
  PHONE,
  screen,
  select,
  submit,
  TABLET,
  visible,
} from './browser';
import { demoHospital } from './demo';

const { base, passwordOf, codeOf, gql, tokenOf } = demoHospital();

const PATIENT = 'patient.a@caregraph.example';
const RECEPTION = 'reception@caregraph.example';
const CARDIO = 'doctor.cardio@caregraph.example';
const NURSE = 'nurse.a@caregraph.example';
const ADMIN = 'admin@caregraph.example';

interface Practitioner {
  id: string;
  displayName: string;
}

async function practitionerOf(token: string, specialty: string): Promise<Practitioner> {
  const data = await gql<{ practitioners: { nodes: Practitioner[] } }>(
    token,
    'query($s: String) { practitioners(specialty: $s, first: 5) { nodes { id displayName } } }',
    { s: specialty },
  );
  const p = data.practitioners.nodes[0];
  if (!p) throw new Error(`no practitioner of ${specialty}`);
  return p;
}

async function patientIds(token: string): Promise<string[]> {
  const data = await gql<{ patients: { nodes: { id: string }[] } }>(
    token,
    '{ patients(search: "", first: 30) { nodes { id } } }',
  );
  return data.patients.nodes.map((n) => n.id);
}

/**
 * A patient of this test alone, with no other appointment: moving theirs (a delay) can never
 * collide with a demo patient's day, whatever the hour and the tests before.
 */
async function freshPatient(token: string, familyName: string): Promise<string> {
  const data = await gql<{ createPatient: { patient: { id: string } | null } }>(
    token,
    'mutation($i: CreatePatientInput!) { createPatient(input: $i) { patient { id } } }',
    {
      i: {
        familyName,
        givenNames: `E2E ${String(Date.now() % 100_000)}`,
        birthDate: '1979-04-18',
        sex: 'FEMALE',
        confirmDuplicate: true,
        duplicateReason: 'Browser test',
      },
    },
  );
  const id = data.createPatient.patient?.id;
  if (!id) throw new Error('the test patient was not created');
  return id;
}

/**
 * Reception books `practitionerId` at the first time from `after` (5-minute steps) that is free for
 * the practitioner and for one of the patients, outside sessions if need be.
 */
async function bookSoon(
  token: string,
  practitionerId: string,
  after: Date,
  patients: string[],
): Promise<{ id: string; startsAt: string; patientId: string }> {
  const start = Math.ceil(after.getTime() / 300_000) * 300_000;
  for (let step = 0; step < 40; step++) {
    const startsAt = new Date(start + step * 5 * 60_000).toISOString();
    for (const patientId of patients.slice(0, 8)) {
      try {
        const data = await gql<{ bookAppointment: { id: string } }>(
          token,
          'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
          {
            input: {
              patientId,
              practitionerId,
              startsAt,
              durationMinutes: 15,
              reason: 'Contrôle (test)',
              outsideSessionReason: 'Browser test',
            },
          },
        );
        return { id: data.bookAppointment.id, startsAt, patientId };
      } catch (e) {
        if (!String(e).includes('taken') && !String(e).includes('already has')) throw e;
      }
    }
  }
  throw new Error('no free time found');
}

function parisDate(at: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(at));
}

/** "09:05": the hospital's 24-hour wall time, as every clinical time is shown. */
function parisTime(at: string | Date): string {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return fmt.format(new Date(at));
}

async function tab(page: Page, name: string) {
  await openTab(page, name);
}

/** Screenshots of a page used on a tablet: phone then tablet, and back to the tablet. */
async function screenAtTablet(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await screen(page, name);
  await page.setViewportSize(TABLET);
}

async function confirmAlert(page: Page, reason?: string) {
  const alert = page.locator('ion-alert');
  await alert.waitFor();
  if (reason !== undefined) await alert.locator('input').fill(reason);
  await alert.locator('button.alert-button-role-destructive').click();
  await alert.waitFor({ state: 'detached' });
}

describe('Scheduling', () => {
  let receptionToken: string;

  beforeAll(async () => {
    receptionToken = await tokenOf(RECEPTION);
  });

  it('a patient books in three taps and cancels on a phone; the bell shows what reception booked', async () => {
    const patientToken = await tokenOf(PATIENT);
    const me = await gql<{ me: { patient: { id: string } } }>(
      patientToken,
      '{ me { patient { id } } }',
    );
    const general = await practitionerOf(receptionToken, 'GENERAL_PRACTICE');
    // Something for the bell: reception books for this patient, the patient is told.
    await bookSoon(receptionToken, general.id, new Date(serverNow().getTime() + 3 * 86_400_000), [
      me.me.patient.id,
    ]);

    const browser = await openBrowser();
    const { page } = browser;
    try {
      await login(page, base, PATIENT, passwordOf(PATIENT));
      await arrive(page, '**/app/home');
      await expect
        .poll(() => visible(page, '[data-testid="notification-bell"]').getAttribute('data-count'), {
          timeout: 10_000,
        })
        .not.toBe('0');

      await tab(page, 'appointments');
      await visible(page, '[data-testid="book-new"]').click();
      await arrive(page, '**/app/book');
      await visible(page, '[data-testid="specialty-CARDIOLOGY"]').waitFor();
      await screen(page, 'scheduling-01-book-specialty');

      await visible(page, '[data-testid="specialty-CARDIOLOGY"]').click();
      await visible(page, '[data-testid="next-slot"]').waitFor();
      await screen(page, 'scheduling-02-book-practitioners');

      // The next-slot chip is one tap to the confirmation; here we take a time at least three
      // hours away from the full list, so that online cancellation is still open.
      await visible(page, '[data-testid="all-times"]').click();
      await visible(page, '[data-testid="slot"]').waitFor();
      await screen(page, 'scheduling-03-book-slots');
      await visible(page, '[data-testid="join-waitlist"]').click();
      await visible(page, '[data-testid="waitlist-form"] .cg-notice-success').waitFor();
      const starts = await page
        .locator('[data-testid="slot"]:visible')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-starts-at') ?? ''));
      const startsAt = starts.find(
        (s) => new Date(s).getTime() > serverNow().getTime() + 3 * 3_600_000,
      );
      expect(startsAt).toBeDefined();
      await visible(page, `[data-testid="slot"][data-starts-at="${startsAt ?? ''}"]`).click();

      await visible(page, '[data-testid="confirm-booking"]').waitFor();
      await screen(page, 'scheduling-04-book-confirm');
      await visible(page, '[data-testid="confirm-booking"]').click();
      await visible(page, '[data-testid="booked"]').waitFor();
      await screen(page, 'scheduling-05-book-done');

      await visible(page, '[data-testid="see-mine"]').click();
      await arrive(page, '**/app/appointments');
      const card = visible(
        page,
        `[data-testid="my-appointment"][data-starts-at="${startsAt ?? ''}"]`,
      );
      await card.waitFor();
      await visible(page, '[data-testid="waitlist-request"]').waitFor();
      await screen(page, 'scheduling-06-my-appointments');

      await card.locator('[data-testid="cancel-appointment"]').click();
      await page.locator('ion-alert').waitFor();
      await screen(page, 'scheduling-07-cancel-confirm');
      await confirmAlert(page, 'Empêchement');
      await expect
        .poll(() =>
          page
            .locator(`[data-testid="my-appointment"][data-starts-at="${startsAt ?? ''}"]:visible`)
            .count(),
        )
        .toBe(0);
      await visible(page, '.cg-notice-success').waitFor();

      await visible(page, '[data-testid="notification-bell"]').click();
      await arrive(page, '**/app/notifications');
      await visible(page, '[data-testid="notification"]').waitFor();
      await screen(page, 'scheduling-08-notifications');
      await visible(page, '[data-testid="mark-all-read"]').click();
      await expect
        .poll(() => visible(page, '[data-testid="notification-bell"]').getAttribute('data-count'), {
          timeout: 10_000,
        })
        .toBe('0');
    } finally {
      await browser.close();
    }
  });

  it('reception checks a patient in on a tablet and another browser’s day board updates live', async () => {
    const general = await practitionerOf(receptionToken, 'GENERAL_PRACTICE');
    const paediatrics = await practitionerOf(receptionToken, 'PAEDIATRICS');
    const patients = await patientIds(receptionToken);
    const booked = await bookSoon(
      receptionToken,
      general.id,
      new Date(serverNow().getTime() + 10 * 60_000),
      [await freshPatient(receptionToken, 'Accueil-Test')],
    );
    const day = parisDate(booked.startsAt);

    const desk = await openBrowser();
    const watcher = await openBrowser();
    try {
      await desk.page.setViewportSize(TABLET);
      await login(desk.page, base, RECEPTION, passwordOf(RECEPTION));
      await arrive(desk.page, '**/app/home');
      await tab(desk.page, 'reception');
      await login(watcher.page, base, NURSE, passwordOf(NURSE));
      await arrive(watcher.page, '**/app/home');
      await tab(watcher.page, 'reception');

      for (const page of [desk.page, watcher.page]) {
        await visible(page, 'input[name="date"]').fill(day);
        await visible(page, `[data-testid="board-appointment"][data-id="${booked.id}"]`).waitFor();
      }
      const seen = visible(
        watcher.page,
        `[data-testid="board-appointment"][data-id="${booked.id}"]`,
      );
      expect(await seen.getAttribute('data-status')).toBe('SCHEDULED');
      await screenAtTablet(desk.page, 'scheduling-10-day-board');

      await visible(
        desk.page,
        `[data-testid="board-appointment"][data-id="${booked.id}"] [data-testid="check-in"]`,
      ).click();
      await expect
        .poll(
          () =>
            visible(
              desk.page,
              `[data-testid="board-appointment"][data-id="${booked.id}"]`,
            ).getAttribute('data-status'),
          { timeout: 10_000 },
        )
        .toBe('CHECKED_IN');
      // The other browser was not reloaded: the subscription brought the change.
      await expect
        .poll(() => seen.getAttribute('data-status'), { timeout: 10_000 })
        .toBe('CHECKED_IN');
      await screen(watcher.page, 'scheduling-11-day-board-live');

      // Book for a caller: find the patient, pick a time.
      await visible(desk.page, '[data-testid="book-for-patient"]').click();
      const modal = visible(desk.page, '[data-testid="book-for-modal"]');
      await modal.waitFor();
      const someone = await gql<{ patients: { nodes: { familyName: string }[] } }>(
        receptionToken,
        '{ patients(search: "", first: 1) { nodes { familyName } } }',
      );
      await modal
        .locator('input[name="patientSearch"]')
        .fill(someone.patients.nodes[0]?.familyName ?? 'a');
      await modal.locator('[data-testid="patient-hits"] ion-item').first().click();
      await modal.locator('select[name="practitionerId"]').selectOption(general.id);
      await modal.locator('[data-testid="slot"]').first().click();
      await screenAtTablet(desk.page, 'scheduling-12-book-for-patient');
      await modal.locator('[data-testid="book-for-submit"]').click();
      await visible(desk.page, '.cg-notice-success').waitFor();

      // Move: an appointment at least 30 minutes away (the one just booked, at the latest; the
      // server's day is at 10:00), to another free time.
      await visible(desk.page, '[data-testid="move"]').click();
      await visible(desk.page, '[data-testid="move-modal"] [data-testid="slot"]').waitFor();
      await screenAtTablet(desk.page, 'scheduling-13-move');
      await visible(desk.page, '[data-testid="move-modal"] [data-testid="slot"]').click();
      await expect
        .poll(() => visible(desk.page, '.cg-notice-success').innerText(), { timeout: 10_000 })
        .toMatch(/^Rendez-vous déplacé au /);

      // R4 from reception: the paediatrician is absent; reception gets the call list.
      await visible(
        desk.page,
        `[data-testid="board-column"][data-practitioner="${paediatrics.id}"] [data-testid="practitioner-absent"]`,
      ).click();
      await desk.page.locator('ion-alert').waitFor();
      await screenAtTablet(desk.page, 'scheduling-14-absent-confirm');
      await confirmAlert(desk.page);
      await visible(desk.page, '[data-testid="call-list"]').waitFor();
      await screenAtTablet(desk.page, 'scheduling-15-call-list');

      // A practitioner phoned to say they are late: reception re-plans from the board (R3).
      await visible(
        desk.page,
        `[data-testid="board-column"][data-practitioner="${general.id}"] [data-testid="practitioner-late"]`,
      ).click();
      const latePanel = visible(
        desk.page,
        `[data-testid="board-column"][data-practitioner="${general.id}"] [data-testid="late-panel"]`,
      );
      await latePanel.waitFor();
      expect(await latePanel.locator('[data-testid="late-10"]').count()).toBe(1);
      await screenAtTablet(desk.page, 'scheduling-15b-late-from-board');

      // From a patient's page, the booking opens with that patient already chosen.
      const chosen = patients[0] ?? '';
      const { patient } = await gql<{ patient: { displayName: string } }>(
        receptionToken,
        `{ patient(id: "${chosen}") { displayName } }`,
      );
      await desk.page.goto(`${base}/app/patients/${chosen}`);
      await visible(desk.page, '[data-testid="book-for-this-patient"]').click();
      const picked = visible(
        desk.page,
        '[data-testid="book-for-modal"] [data-testid="picked-patient"]',
      );
      await picked.waitFor();
      expect(await picked.innerText()).toContain(patient.displayName);
      await screenAtTablet(desk.page, 'scheduling-15c-book-from-patient');
      await desk.page.keyboard.press('Escape');

      await desk.page.goto(`${base}/app/availability`);
      await visible(desk.page, 'select[name="practitioner"]').selectOption(paediatrics.id);
      await visible(desk.page, '[data-testid="session-row"]').waitFor();
      await screenAtTablet(desk.page, 'scheduling-16-availability-reception');
    } finally {
      await desk.close();
      await watcher.close();
    }
  }, 240_000);

  it('a doctor reports a delay and sees the re-planned agenda, then cancels the rest of the day', async () => {
    const doctorToken = await tokenOf(CARDIO);
    const me = await gql<{ myPractitionerProfile: Practitioner }>(
      doctorToken,
      '{ myPractitionerProfile { id displayName } }',
    );
    const later = await bookSoon(
      receptionToken,
      me.myPractitionerProfile.id,
      new Date(serverNow().getTime() + 40 * 60_000),
      [await freshPatient(receptionToken, 'Retard-Test')],
    );

    const browser = await openBrowser();
    const { page } = browser;
    try {
      await login(page, base, CARDIO, passwordOf(CARDIO));
      await arrive(page, '**/app/home');
      // This doctor works in English: the agenda's screens are checked in English.
      await tab(page, 'account');
      await visible(page, '[data-testid="lang-en"]').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await tab(page, 'agenda');
      await visible(page, '[data-testid="agenda"]').waitFor();
      await screen(page, 'scheduling-20-agenda');

      await visible(page, '[data-testid="running-late"]').click();
      await visible(page, '[data-testid="late-panel"]').waitFor();
      await screen(page, 'scheduling-21-running-late');
      await visible(page, '[data-testid="late-20"]').click();
      // Whatever answer comes, its words are in the failure: success is what we expect.
      const answer = visible(page, '.cg-notice-success, .cg-notice-error');
      await answer.waitFor();
      if ((await answer.getAttribute('class'))?.includes('error')) {
        // Say what stood in the way: the refusal's details and the doctor's day as the server has it.
        const day = await gql<{ dayBoard: { appointments: object[] }[] }>(
          doctorToken,
          'query($d: LocalDate!, $p: ID) { dayBoard(date: $d, practitionerId: $p) { appointments { id startsAt endsAt status patient { id } } } }',
          { d: parisDate(serverNow()), p: me.myPractitionerProfile.id },
        );
        const retry = await gql(
          doctorToken,
          'mutation($i: ReportDelayInput!) { reportDelay(input: $i) { id } }',
          { i: { practitionerId: me.myPractitionerProfile.id, minutes: 20 } },
        ).catch((e: unknown) => String(e));
        console.error(
          'delay refused',
          serverNow().toISOString(),
          JSON.stringify({ later, day, retry }),
        );
      }
      expect(`${String(await answer.getAttribute('class'))}: ${await answer.innerText()}`).toMatch(
        /cg-notice-success.*: \d+ appointments? moved/,
      );
      // The server's clock reads 10:00 (global-setup): our appointment, 40 minutes on, is today.
      expect(parisDate(later.startsAt)).toBe(parisDate(serverNow()));
      expect(await visible(page, '.cg-notice-success').innerText()).toMatch(
        /^\d+ appointments? moved; the patients? (was|were) told\.$/,
      );
      // R3: the first appointment still to come (ours at the latest) moved by 20 minutes, the
      // ones after it as far as needed; the agenda shows the original time, 24-hour like every
      // clinical time, struck through beside the new one.
      const row = page
        .locator('[data-testid="board-appointment"]:has([data-testid="original-time"]):visible')
        .first();
      await row.waitFor();
      const id = (await row.getAttribute('data-id')) ?? '';
      const moved = await gql<{ appointment: { startsAt: string; originalStartsAt: string } }>(
        doctorToken,
        'query($id: ID!) { appointment(id: $id) { startsAt originalStartsAt } }',
        { id },
      );
      expect(new Date(moved.appointment.originalStartsAt).getTime()).toBeLessThanOrEqual(
        new Date(later.startsAt).getTime(),
      );
      expect(
        new Date(moved.appointment.startsAt).getTime() -
          new Date(moved.appointment.originalStartsAt).getTime(),
      ).toBe(20 * 60_000);
      expect(await row.locator('[data-testid="original-time"]').innerText()).toMatch(
        new RegExp(`^was\\s*${parisTime(moved.appointment.originalStartsAt)}$`),
      );
      expect(await row.locator('[data-testid="appt-time"] strong').innerText()).toBe(
        parisTime(moved.appointment.startsAt),
      );
      await screen(page, 'scheduling-22-agenda-replanned');

      await visible(page, '[data-testid="cancel-my-day"]').click();
      await page.locator('ion-alert').waitFor();
      await screen(page, 'scheduling-23-cancel-day-confirm');
      await confirmAlert(page);
      await visible(page, '[data-testid="call-list"]').waitFor();
      expect(await visible(page, '[data-testid="call-list"]').innerText()).toMatch(/\+?\d/);
      await screen(page, 'scheduling-24-call-list');

      await page.goto(`${base}/app/availability`);
      await visible(page, '[data-testid="weekly-editor"]').waitFor();
      await visible(page, '[data-testid="session-row"]').waitFor();
      // In English too, every time the doctor picks reads 24-hour (13:00, never 1:00 PM).
      const times = await page
        .locator(
          '[data-testid="weekly-editor"] select:visible option, select[name="exceptionStart"]:visible option',
        )
        .allInnerTexts();
      expect(times).toContain('13:00');
      const clock = times.filter((x) => /\d:\d\d/.test(x));
      expect(clock.length).toBeGreaterThan(100);
      expect(clock.filter((x) => !/^\d\d:\d\d$/.test(x))).toEqual([]);
      await screen(page, 'scheduling-25-availability');
    } finally {
      await browser.close();
    }
  });

  it('an administrator sets a doctor’s practitioner profile and the doctor edits their bio on a phone', async () => {
    const adminToken = await tokenOf(ADMIN);
    const doctors = await gql<{ users: { nodes: { id: string; email: string }[] } }>(
      adminToken,
      '{ users(role: DOCTOR, first: 100) { nodes { id email } } }',
    );
    const cardio = doctors.users.nodes.find((d) => d.email === CARDIO);
    expect(cardio).toBeDefined();

    const browser = await openBrowser();
    const { page } = browser;
    try {
      await login(page, base, ADMIN, passwordOf(ADMIN), codeOf(ADMIN));
      await arrive(page, '**/app/home');
      await visible(page, 'a.cg-shortcut[href="/app/practitioner-profiles"]').click();
      await arrive(page, '**/app/practitioner-profiles');
      await select(page, 'doctor', cardio?.id ?? '');
      await expect
        .poll(() => visible(page, 'select[name="specialty"]').inputValue())
        .toBe('CARDIOLOGY');
      await fill(page, 'bio', 'Cardiologue, suivi de l’insuffisance cardiaque.');
      await fill(page, 'languages', 'fr, en');
      await screen(page, 'scheduling-30-practitioner-profile-admin');
      await submit(page);
      await visible(page, '[data-testid="practitioner-profile-form"] .cg-notice-success').waitFor();
      await screen(page, 'scheduling-31-practitioner-profile-saved');
    } finally {
      await browser.close();
    }

    const doctor = await openBrowser();
    try {
      const p = doctor.page;
      await login(p, base, CARDIO, passwordOf(CARDIO));
      await arrive(p, '**/app/home');
      await visible(p, 'a.cg-shortcut[href="/app/my-practitioner-profile"]').click();
      await arrive(p, '**/app/my-practitioner-profile');
      await expect
        .poll(() => visible(p, 'input[name="bio"]').inputValue())
        .toBe('Cardiologue, suivi de l’insuffisance cardiaque.');
      await fill(p, 'bio', 'Cardiologue ; consultations en français et en anglais.');
      await screen(p, 'scheduling-32-my-practitioner-profile');
      await submit(p);
      await visible(p, '[data-testid="my-practitioner-profile-form"] .cg-notice-success').waitFor();
      await screen(p, 'scheduling-33-my-practitioner-profile-saved');
    } finally {
      await doctor.close();
    }

    const after = await gql<{
      practitioners: { nodes: { bio: string | null; languages: string[] }[] };
    }>(
      receptionToken,
      '{ practitioners(specialty: "CARDIOLOGY", first: 20) { nodes { bio languages } } }',
    );
    expect(after.practitioners.nodes).toContainEqual({
      bio: 'Cardiologue ; consultations en français et en anglais.',
      languages: ['fr', 'en'],
    });
  });
});
