import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { arrive, openBrowser, PHONE, screen, TABLET, visible } from './browser';
import { demoHospital } from './demo';

const { base, gql, tokenOf, signIn } = demoHospital();

const NURSE = 'nurse.a@caregraph.example';
// A demo doctor no other browser test signs in (the scheduling test switches the cardiologist to
// English).
const DOCTOR = 'doctor.general@caregraph.example';
const MANAGER = 'manager@caregraph.example';

/** Screenshots of a screen used on a tablet: phone then tablet, and back to the tablet. */
async function screenAtTablet(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await screen(page, name);
  await page.setViewportSize(TABLET);
}

/** Opens the queue the way a clinician does: the home page's shortcut. */
async function openQueue(page: Page) {
  await visible(page, 'a.cg-shortcut[href="/app/emergency"]').click();
  await arrive(page, '**/app/emergency');
  await visible(page, '[data-testid="ed-summary"]').waitFor();
}

function row(page: Page, caseId: string) {
  return visible(page, `[data-testid="ed-case"][data-case-id="${caseId}"]`);
}

/** Waits until the screen's notice says `expected` (an earlier notice may still show). */
async function expectNotice(page: Page, kind: 'success' | 'error', expected: string | RegExp) {
  const text = async () => {
    const n = page.locator(`.cg-notice-${kind}:visible`);
    return (await n.count()) > 0 ? (await n.last().innerText()).trim() : '';
  };
  if (typeof expected === 'string') await expect.poll(text, { timeout: 15_000 }).toBe(expected);
  else await expect.poll(text, { timeout: 15_000 }).toMatch(expected);
}

describe('Emergency department', () => {
  it('a nurse registers and triages an unknown patient at tablet size; a doctor on a phone sees it live, takes it and admits to a free bed', async () => {
    const doctorToken = await tokenOf(DOCTOR);
    const wards = await gql<{ wards: { id: string; name: string; free: number }[] }>(
      doctorToken,
      '{ wards { id name free } }',
    );
    const ward = wards.wards.find((w) => w.free > 0);
    if (!ward) throw new Error('no ward with a free bed');

    const nurse = await openBrowser({ locale: 'fr-FR' });
    const doctor = await openBrowser({ locale: 'fr-FR' });
    try {
      await nurse.page.setViewportSize(TABLET);
      await signIn(nurse.page, NURSE);
      await openQueue(nurse.page);
      await screenAtTablet(nurse.page, 'emergency-01-queue-nurse');

      // The doctor's queue is open on a phone before the patient arrives.
      await signIn(doctor.page, DOCTOR);
      await openQueue(doctor.page);
      expect(await doctor.page.locator('[data-testid="ed-new-arrival"]:visible').count()).toBe(0);
      await screen(doctor.page, 'emergency-10-queue-doctor');

      // The triage desk: an unknown man brought by ambulance with chest pain.
      await visible(nurse.page, '[data-testid="ed-new-arrival"]').click();
      await arrive(nurse.page, '**/app/emergency/new');
      const form = visible(nurse.page, '[data-testid="ed-arrival-form"]');
      await form.waitFor();
      await screenAtTablet(nurse.page, 'emergency-02-arrival-form-empty');
      // Nothing chosen: the form says what is missing and sends nothing.
      await form.locator('[data-testid="ed-arrival-submit"]').click();
      await form.locator('.cg-field-error').first().waitFor();
      await form.locator('[data-testid="ed-who"][data-value="unknown"]').click();
      await form.locator('[data-testid="ed-sex"][data-value="MALE"]').click();
      await form.locator('input[name="estimatedAge"]').fill('45');
      await form.locator('textarea[name="description"]').fill('Veste bleue, tatouage avant-bras');
      await form.locator('[data-testid="ed-mode"][data-value="AMBULANCE"]').click();
      await form.locator('[data-testid="ed-complaint"][data-value="CHEST_PAIN"]').click();
      await form.locator('textarea[name="complaintText"]').fill('Douleur constrictive depuis 1 h');
      expect(
        await form
          .locator('[data-testid="ed-complaint"][data-value="CHEST_PAIN"]')
          .getAttribute('aria-pressed'),
      ).toBe('true');
      await screenAtTablet(nurse.page, 'emergency-03-arrival-form');
      await form.locator('[data-testid="ed-arrival-submit"]').click();

      await nurse.page.waitForURL(/\/app\/emergency\/[0-9a-f-]{36}\?arrived=1$/);
      const caseId = /\/app\/emergency\/([0-9a-f-]{36})/.exec(nurse.page.url())?.[1] ?? '';
      const detail = visible(
        nurse.page,
        `[data-testid="ed-case-detail"][data-case-id="${caseId}"]`,
      );
      await detail.waitFor();
      await expectNotice(nurse.page, 'success', /^INCONNU Homme \d{4} : arrivée enregistrée\.$/);
      expect(await detail.getAttribute('data-level')).toBe('');
      expect(await detail.locator('[data-testid="ed-level"]').innerText()).toContain('À trier');
      await screenAtTablet(nurse.page, 'emergency-04-case-arrived');

      // The doctor's queue shows the arrival without reloading: the subscription brought it.
      await row(doctor.page, caseId).waitFor({ timeout: 15_000 });
      expect(await row(doctor.page, caseId).getAttribute('data-level')).toBe('');
      expect(await row(doctor.page, caseId).locator('[data-testid="ed-name"]').innerText()).toMatch(
        /^INCONNU Homme \d{4}$/,
      );
      await row(doctor.page, caseId).locator('[data-testid="ed-unknown"]').waitFor();

      // Triage: level 2 with a full set of vitals, to box 4.
      await detail.locator('[data-testid="ed-action-triage"]').click();
      const triage = visible(nurse.page, '[data-testid="ed-triage-form"]');
      await triage.waitFor();
      await triage.locator('[data-testid="ed-level-choice"][data-value="L2"]').click();
      const vitals: [string, string][] = [
        ['heartRate', '118'],
        ['systolicBp', '95'],
        ['diastolicBp', '60'],
        ['respiratoryRate', '26'],
        ['spo2', '92'],
        ['temperatureC', '38,6'],
      ];
      for (const [name, value] of vitals) {
        await triage.locator(`input[name="${name}"]`).fill(value);
      }
      await triage
        .locator('textarea[name="note"]')
        .fill('Sueurs, douleur irradiant au bras gauche');
      await triage.locator('select[name="area"]').selectOption('BOX');
      await triage.locator('input[name="areaLabel"]').fill('Box 4');
      await screenAtTablet(nurse.page, 'emergency-05-triage-form');
      await triage.locator('[data-testid="ed-triage-submit"]').click();
      await expectNotice(nurse.page, 'success', 'Tri enregistré : Tri 2.');
      await expect.poll(() => detail.getAttribute('data-level'), { timeout: 10_000 }).toBe('L2');
      const history = detail.locator('[data-testid="ed-triage"][data-level="L2"]');
      await history.waitFor();
      // The vitals went to the chart and came back scored.
      expect(await history.locator('[data-testid="news2"]').getAttribute('data-risk')).toBe('HIGH');
      await screenAtTablet(nurse.page, 'emergency-06-case-triaged');

      // Live again on the doctor's phone: level 2, in box 4, waiting for a doctor.
      await expect
        .poll(() => row(doctor.page, caseId).getAttribute('data-level'), { timeout: 15_000 })
        .toBe('L2');
      expect(await row(doctor.page, caseId).getAttribute('data-status')).toBe('WAITING_FOR_DOCTOR');
      expect(await row(doctor.page, caseId).innerText()).toContain('Box 4');
      await row(doctor.page, caseId).scrollIntoViewIfNeeded();
      await screen(doctor.page, 'emergency-11-queue-live');

      // The doctor takes the case.
      await row(doctor.page, caseId).locator('a').click();
      await arrive(doctor.page, `**/app/emergency/${caseId}`);
      const mine = visible(doctor.page, `[data-testid="ed-case-detail"][data-case-id="${caseId}"]`);
      await mine.locator('[data-testid="ed-action-take"]').waitFor();
      await screen(doctor.page, 'emergency-12-case-doctor');
      await mine.locator('[data-testid="ed-action-take"]').click();
      await expectNotice(doctor.page, 'success', 'Vous avez pris ce patient en charge.');
      await expect
        .poll(() => mine.getAttribute('data-status'), { timeout: 10_000 })
        .toBe('WITH_DOCTOR');
      expect(await mine.locator('[data-testid="ed-doctor"]').innerText()).toMatch(/^Dr DUPONT /);

      // Outcome: admitted to a free bed of a ward.
      await mine.locator('[data-testid="ed-action-outcome"]').click();
      const outcome = visible(doctor.page, '[data-testid="ed-outcome-form"]');
      await outcome.waitFor();
      // A doctor has seen the patient: "left without being seen" is not offered.
      expect(
        await outcome
          .locator('[data-testid="ed-outcome"][data-value="LEFT_WITHOUT_BEING_SEEN"]')
          .count(),
      ).toBe(0);
      await outcome.locator('[data-testid="ed-outcome"][data-value="ADMITTED"]').click();
      await outcome.locator('select[name="ward"]').selectOption(ward.id);
      const beds = outcome.locator('select[name="bed"] option:not([value=""])');
      await beds.first().waitFor({ state: 'attached' });
      const bedId = (await beds.first().getAttribute('value')) ?? '';
      const bedText = (await beds.first().innerText()).trim();
      await outcome.locator('select[name="bed"]').selectOption(bedId);
      await outcome.locator('input[name="reason"]').fill('Syndrome coronarien aigu, surveillance');
      await outcome.locator('input[name="expectedDays"]').fill('3');
      await screen(doctor.page, 'emergency-13-outcome-form');

      // Someone else takes the bed first: the server answers BED_OCCUPIED, the case stays open.
      await doctor.page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string } | null;
        if (body?.operationName !== 'CloseEmergencyCase') return route.continue();
        return route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [{ message: 'This bed is occupied.', extensions: { code: 'BED_OCCUPIED' } }],
          }),
        });
      });
      await outcome.locator('[data-testid="ed-outcome-submit"]').click();
      const refused = outcome.locator('.cg-notice-error');
      await refused.waitFor();
      expect((await refused.innerText()).trim()).toBe(
        'Ce lit vient d’être pris par quelqu’un d’autre. Le passage reste ouvert : choisissez un autre lit.',
      );
      expect(await mine.getAttribute('data-status')).toBe('WITH_DOCTOR');
      await refused.scrollIntoViewIfNeeded();
      await screen(doctor.page, 'emergency-14-bed-occupied');
      await doctor.page.unroute('**/graphql');

      // The bed list was read again; the bed is still free for real: choose it again.
      await beds.first().waitFor({ state: 'attached' });
      await outcome.locator('select[name="bed"]').selectOption(bedId);
      await outcome.locator('[data-testid="ed-outcome-submit"]').click();
      await expect.poll(() => mine.getAttribute('data-status'), { timeout: 10_000 }).toBe('CLOSED');
      const label = bedText.replace(/^Lit /, '');
      await expectNotice(
        doctor.page,
        'success',
        new RegExp(`^INCONNU Homme \\d{4} : hospitalisé au lit ${label}, passage clos\\.$`),
      );
      expect(await mine.locator('[data-testid="ed-outcome-value"]').innerText()).toBe(
        'Hospitalisé',
      );
      await mine.locator('[data-testid="ed-action-amend"]').waitFor();
      await screen(doctor.page, 'emergency-15-case-closed');

      // The stay exists: the bed is now occupied.
      const board = await gql<{ bedBoard: { beds: { bedId: string; status: string }[] } }>(
        doctorToken,
        'query($w: ID!) { bedBoard(wardId: $w) { beds { bedId status } } }',
        { w: ward.id },
      );
      expect(board.bedBoard.beds.find((b) => b.bedId === bedId)?.status).toBe('OCCUPIED');

      // The case has left the queue, on both screens.
      await expect
        .poll(
          () => nurse.page.locator(`[data-case-id="${caseId}"][data-testid="ed-case"]`).count(),
          {
            timeout: 15_000,
          },
        )
        .toBe(0);
      await visible(doctor.page, 'ion-back-button').click();
      await arrive(doctor.page, '**/app/emergency');
      await expect
        .poll(
          () => doctor.page.locator(`[data-case-id="${caseId}"][data-testid="ed-case"]`).count(),
          { timeout: 15_000 },
        )
        .toBe(0);
      await screen(doctor.page, 'emergency-16-queue-after');
    } finally {
      await nurse.close();
      await doctor.close();
    }
  }, 300_000);

  it('a manager watches the queue in English, without names or clinical words', async () => {
    const browser = await openBrowser();
    const { page } = browser;
    try {
      await signIn(page, MANAGER);
      // The account's language, switched on the account page (and back at the end).
      await page.goto(`${base}/app/account`);
      await visible(page, '[data-testid="lang-en"]').click();
      await page.goto(`${base}/app/home`);
      await visible(page, '[data-testid="home"]').waitFor();
      await openQueue(page);
      const summary = await visible(page, '[data-testid="ed-summary"]').innerText();
      expect(summary).toMatch(/open case|No patient/);
      expect(summary).toContain('Live');
      const rows = page.locator('[data-testid="ed-case"]:visible');
      if ((await rows.count()) > 0) {
        // No name for a manager, and no case to open.
        expect(await rows.first().locator('[data-testid="ed-name"]').innerText()).toBe('Patient');
        expect(await rows.first().locator('a').count()).toBe(0);
      }
      await screen(page, 'emergency-20-queue-manager-en');
    } finally {
      try {
        await page.goto(`${base}/app/account`);
        await visible(page, '[data-testid="lang-fr"]').click();
        await page.waitForTimeout(1000);
      } finally {
        await browser.close();
      }
    }
  }, 120_000);
});
