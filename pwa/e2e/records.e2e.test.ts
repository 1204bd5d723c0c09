import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  arrive,
  fill,
  login,
  openBrowser,
  PHONE,
  screen,
  submit,
  TABLET,
  visible,
  type Browser,
} from './browser';

const server = inject('server');
const base = server.url;
// DURAND Pierre: demo clinical data (records seed) with a penicillin allergy, two active
// prescriptions with times today and an urgent potassium order waiting for the lab.
const PATIENT = 'DURAND Pierre';

function passwordOf(email: string): string {
  const cred = server.credentials[email];
  if (!cred) throw new Error(`no demo login for ${email}`);
  return cred.password;
}

async function signIn(page: Page, who: string) {
  const email = `${who}@caregraph.example`;
  await login(page, base, email, passwordOf(email));
  await arrive(page, '**/app/home');
  await visible(page, '[data-testid="home"]').waitFor();
}

async function openChart(page: Page) {
  await page.goto(`${base}/app/charts`);
  await arrive(page, '**/app/charts');
  await fill(page, 'chart-search', 'Durand Pierre');
  const row = visible(page, `[data-testid="chart-patient"]:has-text("${PATIENT}")`);
  await row.waitFor();
  await row.click();
  await arrive(page, /\/app\/patients\/[^/]+\/chart/);
  await visible(page, '[data-testid="patient-header"]').waitFor();
  await visible(page, '[data-testid="chart-summary"]').waitFor();
}

async function section(page: Page, name: string) {
  await visible(page, `[data-testid="section-${name}"]`).click();
  await page.waitForURL(new RegExp(`section=${name}`));
}

/** The chart's id, from the URL, to build links to its sub-pages. */
function chartUrl(page: Page): string {
  const m = /(\/app\/patients\/[^/]+\/chart)/.exec(page.url());
  if (!m?.[1]) throw new Error(`not on a chart: ${page.url()}`);
  return `${base}${m[1]}`;
}

describe('Clinical records in the PWA', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    await browser.context.clearCookies();
    await browser.page.setViewportSize(PHONE);
  });

  it('a nurse at tablet size records vitals (NEWS2 shown) and gives a dose', async () => {
    const { page } = browser;
    await page.setViewportSize(TABLET);
    await signIn(page, 'nurse.a');
    await openChart(page);
    await screen(page, 'records-chart-summary-nurse');
    await page.setViewportSize(TABLET);

    await visible(page, '[data-testid="action-vitals"]').click();
    await arrive(page, /\/chart\/vitals$/);
    await visible(page, 'input[name="temperatureC"]').waitFor();
    await screen(page, 'records-vitals-form');
    await page.setViewportSize(TABLET);
    await fill(page, 'temperatureC', '38,4');
    await fill(page, 'heartRate', '112');
    await fill(page, 'systolicBp', '98');
    await fill(page, 'diastolicBp', '60');
    await fill(page, 'respiratoryRate', '23');
    await fill(page, 'spo2', '93');
    await fill(page, 'painScore', '4');
    await visible(page, '[data-testid="save-vitals"]').click();
    const news2 = visible(page, '[data-testid="vitals-saved"] [data-testid="news2"]');
    await news2.waitFor();
    // RR 23 → 2, SpO2 93 → 2, air 0, SBP 98 → 2, HR 112 → 2, alert 0, T 38.4 → 1: 9, high.
    expect(await news2.getAttribute('data-risk')).toBe('HIGH');
    expect(await news2.innerText()).toContain('9');
    await screen(page, 'records-vitals-saved');
    await page.setViewportSize(TABLET);

    await visible(page, '[data-testid="back-to-chart"]').click();
    await arrive(page, /\/chart$/);
    await section(page, 'medications');
    await visible(page, '[data-testid="mar"]').waitFor();
    const given = () => page.locator('[data-testid="mar"]:visible [data-state="GIVEN"]').count();
    const before = await given();
    // The server records the dose but its answer is lost: the retry sends the same id, and the
    // server answers it with the record the first request made.
    const sentIds: unknown[] = [];
    let lose = true;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as {
        operationName?: string;
        variables?: { input?: { id?: unknown } };
      } | null;
      if (body?.operationName !== 'RecordMedicationAdministration') return route.continue();
      sentIds.push(body.variables?.input?.id);
      if (!lose) return route.continue();
      lose = false;
      await route.fetch();
      return route.abort('failed');
    });
    await visible(page, '[data-testid="dose-give"]').click();
    await visible(page, '[data-testid="mar"] [role="alert"]').waitFor();
    await visible(page, '[data-testid="dose-give"]').click();
    await expect.poll(given).toBe(before + 1);
    await page.unroute('**/graphql');
    expect(sentIds).toHaveLength(2);
    expect(sentIds[1]).toBe(sentIds[0]);
    expect(await page.locator('[data-testid="mar"]:visible [role="alert"]').count()).toBe(0);
    await screen(page, 'records-medications');
    await page.setViewportSize(TABLET);

    // Hold the next dose: a reason is required.
    await visible(page, '[data-testid="dose-hold"]').click();
    await visible(page, '[data-testid="dose-confirm"]').click();
    await visible(page, '[data-testid="mar"] [role="alert"]').waitFor();
    const held = () => page.locator('[data-testid="mar"]:visible [data-state="HELD"]').count();
    await page.locator('textarea[name="dose-reason"]:visible').fill('Patient à jeun pour examen');
    await visible(page, '[data-testid="dose-confirm"]').click();
    await expect.poll(held).toBeGreaterThanOrEqual(1);

    await page.goto(`${chartUrl(page)}/care-note`);
    await arrive(page, /\/care-note$/);
    await page
      .locator('textarea[name="text"]:visible')
      .fill('Frissons à 14 h, hémocultures prélevées.');
    await screen(page, 'records-care-note');
    await submit(page);
    await page.waitForURL(/section=timeline/);
    await visible(page, '[data-testid="chart-timeline"] li[data-kind="CARE_NOTE"]').waitFor();
    await section(page, 'vitals');
    await visible(page, '[data-testid="vitals-chart"]').waitFor();
    await screen(page, 'records-vitals');
    await section(page, 'timeline');
    await screen(page, 'records-timeline');
  });

  it('a doctor at phone size prescribes through an allergy conflict, with a reason', async () => {
    const { page } = browser;
    await signIn(page, 'doctor.cardio');
    await openChart(page);
    await screen(page, 'records-chart-summary-doctor');

    await visible(page, '[data-testid="action-prescribe"]').click();
    await arrive(page, /\/chart\/prescribe$/);
    await fill(page, 'medicationName', 'Amoxicilline');
    await fill(page, 'strength', '1 g');
    await fill(page, 'dose', '1');
    await fill(page, 'doseUnit', 'g');
    await fill(page, 'times', '08:00, 14:00, 20:00');
    await screen(page, 'records-prescribe');
    await visible(page, '[data-testid="prescribe-submit"]').click();
    const conflict = visible(page, '[data-testid="allergy-conflict"]');
    await conflict.waitFor();
    expect((await conflict.innerText()).toLowerCase()).toContain('pénicilline');
    await page
      .locator('textarea[name="overrideReason"]:visible')
      .fill('Allergie ancienne non confirmée, test de provocation négatif');
    await screen(page, 'records-prescribe-conflict');
    await visible(page, '[data-testid="prescribe-submit"]').click();
    await page.waitForURL(/section=medications/);
    await visible(page, '[data-testid="mar"]').waitFor();
    await expect
      .poll(() =>
        page.locator('[data-testid="mar"]:visible [data-medication="Amoxicilline"]').count(),
      )
      .toBeGreaterThanOrEqual(1);

    const chart = chartUrl(page);
    for (const [path, name] of [
      ['note', 'records-note'],
      ['diagnosis', 'records-diagnosis'],
      ['order-labs', 'records-order-labs'],
    ] as const) {
      await page.goto(`${chart}/${path}`);
      await arrive(page, new RegExp(`/${path}$`));
      await visible(page, 'form').waitFor();
      if (path === 'diagnosis') {
        await fill(page, 'icd10-search', 'pneumo');
        await visible(page, '[data-testid="icd10-results"]').waitFor();
      }
      await screen(page, name);
    }
    await page.goto(`${chart}?section=labs`);
    await visible(page, '[data-testid="chart-labs"]').waitFor();
    await screen(page, 'records-labs');
    await page.goto(`${chart}?section=files`);
    await visible(page, '[data-testid="chart-files"]').waitFor();
    await screen(page, 'records-files');
  });

  it('a lab technician enters a critical result; the ordering doctor is alerted', async () => {
    const { page } = browser;
    await signIn(page, 'lab');
    await page.goto(`${base}/app/lab`);
    await arrive(page, '**/app/lab');
    const order = visible(
      page,
      `[data-testid="lab-order"][data-test-code="K"][data-patient="${PATIENT}"]`,
    );
    await order.waitFor();
    await screen(page, 'records-lab-worklist');
    await order.click();
    await arrive(page, /\/app\/lab\/orders\/[^/]+$/);
    await fill(page, 'value', '7,1');
    await screen(page, 'records-lab-result-entry');
    await visible(page, '[data-testid="save-result"]').click();
    const result = visible(page, '[data-testid="entered-result"] [data-testid="lab-result"]');
    await result.waitFor();
    expect(await result.getAttribute('data-flag')).toBe('CRITICAL_HIGH');
    await screen(page, 'records-lab-result-critical');
    await visible(page, '[data-testid="validate-result"]').click();
    await expect
      .poll(() => page.locator('[data-testid="validate-result"]:visible').count())
      .toBe(0);

    await browser.context.clearCookies();
    await signIn(page, 'doctor.cardio');
    await page.goto(`${base}/app/charts`);
    const alert = visible(page, '[data-testid="urgent-notification"]:has-text("Potassium")');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(PATIENT);
    await screen(page, 'records-doctor-urgent');
  });

  it('a patient reads their own record, without clinicians’ notes', async () => {
    const { page } = browser;
    await signIn(page, 'patient.a');
    await page.goto(`${base}/app/my-record`);
    await visible(page, '[data-testid="my-record"]').waitFor();
    const text = await visible(page, '[data-testid="my-record"]').innerText();
    expect(text).toContain('Amlodipine');
    expect(text).not.toContain('Céphalées matinales');
    await screen(page, 'records-my-record');
  });

  it('a doctor at phone size opens a visit note from the timeline and stops a prescription', async () => {
    const { page } = browser;
    await signIn(page, 'doctor.cardio');
    await openChart(page);
    await section(page, 'timeline');
    await visible(page, '[data-testid="chart-timeline"] li').waitFor();
    // The seeded visit may be further down than the first page of the timeline.
    for (let i = 0; i < 10; i++) {
      if ((await page.locator('[data-testid="timeline-visit"]:visible').count()) > 0) break;
      await visible(page, '[data-testid="timeline-more"]').click();
      await page.waitForTimeout(500);
    }
    await visible(page, '[data-testid="timeline-visit"]').click();
    await arrive(page, /\/chart\/visits\/[^/]+$/);
    const note = visible(page, '[data-testid="visit-note"]');
    await note.waitFor();
    expect(await note.innerText()).toContain('Fièvre et toux');
    expect(await visible(page, '[data-testid="visit-subjective"]').innerText()).toContain(
      'Toux productive',
    );
    await visible(page, '[data-testid="visit-diagnoses"]').waitFor();
    await screen(page, 'records-visit-note');

    // R5: the visit history lists the booked visit and opens the same note.
    const visitUrl = page.url();
    await page.goto(chartUrl(page).replace(/\/chart$/, '/visits'));
    const booked = visible(page, '[data-testid="visit"]:has-text("Fièvre et toux")');
    await booked.locator('[data-testid="visit-open-note"]').click();
    await arrive(page, /\/chart\/visits\/[^/]+$/);
    expect(page.url()).toBe(visitUrl);
    expect(await visible(page, '[data-testid="visit-note"]').innerText()).toContain(
      'Fièvre et toux',
    );
    await page.goto(visitUrl);

    await page.goto(`${chartUrl(page)}?section=medications`);
    const rx = '[data-testid="prescription"][data-medication="Paracétamol"]';
    await visible(page, rx).waitFor();
    await visible(page, `${rx} [data-testid="prescription-stop"]`).click();
    // A reason is required.
    await visible(page, `${rx} [data-testid="prescription-stop-confirm"]`).click();
    await visible(page, `${rx} [role="alert"]`).waitFor();
    await page
      .locator(`${rx} textarea[name="prescription-stop-reason"]:visible`)
      .fill('Apyrexie depuis 48 h, douleur contrôlée');
    await screen(page, 'records-prescription-stop');
    await visible(page, `${rx} [data-testid="prescription-stop-confirm"]`).click();
    await expect.poll(() => page.locator(`${rx}:visible`).count()).toBe(0);
    await section(page, 'timeline');
    await visible(page, '[data-testid="chart-timeline"] li[data-kind="PRESCRIPTION"]').waitFor();
    await screen(page, 'records-timeline-stopped');
  });
});
