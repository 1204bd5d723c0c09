import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { arrive, openBrowser, openTab, screen, visible } from './browser';
import { demoHospital } from './demo';

const { base, signIn } = demoHospital();

// A patient account no other browser test switches to English (this test switches it, and back).
const PATIENT = 'patient.b@caregraph.example';

/** Opens the symptom check from the home page's shortcut, the record's age and sex shown. */
async function openCheck(page: Page) {
  await visible(page, 'a.cg-shortcut[href="/app/symptom-check"]').click();
  await arrive(page, '**/app/symptom-check');
  await visible(page, '[data-testid="sc-from-record"]').waitFor();
}

async function tap(page: Page, testId: string) {
  await visible(page, `[data-testid="${testId}"]`).click();
}

/** Area, symptom, duration and severity, each a tap that moves on. */
async function choose(
  page: Page,
  area: string,
  symptom: string,
  duration: string,
  severity: string,
) {
  await tap(page, `sc-area-${area}`);
  await tap(page, `sc-symptom-${symptom}`);
  await tap(page, `sc-duration-${duration}`);
  await tap(page, `sc-severity-${severity}`);
  await visible(page, '[data-testid="sc-questions"]').waitFor();
}

/** Answers "no" to every question still open on the questions step. */
async function answerNoToAll(page: Page) {
  const open = page.locator('[data-testid="sc-questions"]:visible fieldset[data-answer=""]');
  while ((await open.count()) > 0) {
    await open.first().locator('[data-testid$="-no"]').click();
  }
}

function step(page: Page) {
  return visible(page, '[data-testid="symptom-check"]').getAttribute('data-step');
}

describe('Symptom check', () => {
  it('a patient goes from a symptom to a booked appointment with the specialty chosen, on a phone', async () => {
    const browser = await openBrowser();
    const { page } = browser;
    try {
      await signIn(page, PATIENT);
      await openCheck(page);
      const disclaimer = await visible(page, '[data-testid="sc-disclaimer"]').innerText();
      expect(disclaimer).toContain('Cette orientation ne remplace pas l’avis d’un médecin');
      // Age and sex come from the record (HADDAD Karim, born 14 September 1990).
      expect(await visible(page, '[data-testid="sc-from-record"]').innerText()).toMatch(
        /Masculin, 36 ans/,
      );
      await screen(page, 'symptom-check-about');
      // Someone answering for another person changes them: the record's values are filled in.
      await tap(page, 'sc-edit-profile');
      expect(await visible(page, 'input[name="birthDate"]').inputValue()).toBe('1990-09-14');
      expect(await visible(page, '[data-testid="sc-sex-MALE"]').getAttribute('aria-pressed')).toBe(
        'true',
      );
      await screen(page, 'symptom-check-about-edit');

      await tap(page, 'sc-start');
      await visible(page, '[data-testid="sc-area"]').waitFor();
      expect(await visible(page, '[data-testid="sc-progress"]').innerText()).toBe('Étape 2 sur 6');
      await screen(page, 'symptom-check-area');
      await tap(page, 'sc-area-CHEST');
      await visible(page, '[data-testid="sc-symptom"]').waitFor();
      await screen(page, 'symptom-check-symptom');
      await tap(page, 'sc-symptom-PALPITATIONS');
      await tap(page, 'sc-duration-WEEKS');
      await tap(page, 'sc-severity-MILD');
      await visible(page, '[data-testid="sc-questions"]').waitFor();
      await screen(page, 'symptom-check-questions');
      await answerNoToAll(page);
      await tap(page, 'sc-finish');

      const result = visible(page, '[data-testid="sc-result"]');
      await result.waitFor();
      expect(await result.getAttribute('data-specialty')).toBe('CARDIOLOGY');
      expect(await result.getAttribute('data-urgency')).toBe('WEEK');
      expect(await visible(page, '[data-testid="sc-specialty"]').innerText()).toBe('Cardiologie');
      expect(await visible(page, '[data-testid="sc-urgency"]').innerText()).toBe('Dans la semaine');
      await screen(page, 'symptom-check-result');

      // Booking opens on cardiology: the cardiologists and their next free times.
      await tap(page, 'sc-book');
      await arrive(page, /\/app\/book\?specialty=CARDIOLOGY$/);
      await expect
        .poll(() => visible(page, 'h2.cg-step-title').innerText(), { timeout: 15_000 })
        .toContain('Cardiologie');
      const next = visible(page, '[data-testid="next-slot"]');
      await next.waitFor({ timeout: 15_000 });
      await screen(page, 'symptom-check-book');
      await next.click();
      await tap(page, 'confirm-booking');
      await visible(page, '[data-testid="booked"]').waitFor({ timeout: 15_000 });
    } finally {
      await browser.close();
    }
  });

  it('chest pain with breathlessness stops the flow at once: call 15 or 112, in French and English', async () => {
    const browser = await openBrowser();
    const { page } = browser;
    let english = false;
    try {
      await signIn(page, PATIENT);
      await openCheck(page);
      await tap(page, 'sc-start');
      await choose(page, 'CHEST', 'CHEST_PAIN', 'HOURS', 'MODERATE');
      await tap(page, 'sc-q-chestBreathless-yes');

      // The first red flag stops everything, before the other questions are answered.
      const stop = visible(page, '[data-testid="sc-emergency"]');
      await stop.waitFor();
      expect(await step(page)).toBe('emergency');
      expect(await stop.getAttribute('data-flags')).toBe('CHEST_PAIN');
      expect(await stop.locator('h2').innerText()).toBe(
        'Appelez le 15 (SAMU) ou le 112 maintenant',
      );
      expect(await visible(page, '[data-testid="sc-call-15"]').getAttribute('href')).toBe('tel:15');
      expect(await visible(page, '[data-testid="sc-call-112"]').getAttribute('href')).toBe(
        'tel:112',
      );
      expect(await stop.innerText()).toContain('service d’urgences le plus proche');
      // The heading takes the focus, so a screen reader starts there.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('sc-emergency-title');
      await screen(page, 'symptom-check-emergency');
      const box = await visible(page, '[data-testid="sc-call-15"]').boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);

      // A tap by mistake can be taken back; the answer is open again.
      await tap(page, 'sc-undo');
      await visible(page, '[data-testid="sc-questions"]').waitFor();
      expect(
        await visible(page, '[data-testid="sc-q-chestBreathless"]').getAttribute('data-answer'),
      ).toBe('');

      // Thoughts of suicide: 3114 first, in English this time.
      await openTab(page, 'account');
      await tap(page, 'lang-en');
      english = true;
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.goto(`${base}/app/symptom-check`);
      await visible(page, '[data-testid="sc-from-record"]').waitFor({ timeout: 20_000 });
      await tap(page, 'sc-start');
      await choose(page, 'MIND', 'LOW_MOOD', 'WEEKS', 'MODERATE');
      await tap(page, 'sc-q-suicidalThoughts-yes');
      await stop.waitFor();
      expect(await stop.locator('h2').innerText()).toBe('Call 15 (SAMU) or 112 now');
      expect(await visible(page, '[data-testid="sc-call-3114"]').getAttribute('href')).toBe(
        'tel:3114',
      );
      await visible(page, '[data-testid="sc-call-15"]').waitFor();
      await screen(page, 'symptom-check-emergency-3114-en');
    } finally {
      if (english) {
        await openTab(page, 'account');
        await tap(page, 'lang-fr');
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
      }
      await browser.close();
    }
  });

  it('runs the questionnaire with the network cut, and says booking waits for it', async () => {
    const browser = await openBrowser();
    const { page, context } = browser;
    try {
      await signIn(page, PATIENT);
      await openCheck(page);
      await context.setOffline(true);

      await tap(page, 'sc-start');
      await choose(page, 'SKIN', 'RASH', 'DAYS', 'MILD');
      await answerNoToAll(page);
      await tap(page, 'sc-finish');
      const result = visible(page, '[data-testid="sc-result"]');
      await result.waitFor();
      expect(await result.getAttribute('data-specialty')).toBe('GENERAL_PRACTICE');
      expect(await result.getAttribute('data-urgency')).toBe('DAYS');
      await visible(page, '[data-testid="sc-book-offline"]').waitFor();
      expect(await visible(page, '[data-testid="sc-book"]').getAttribute('aria-disabled')).toBe(
        'true',
      );
      await screen(page, 'symptom-check-offline-result');

      // Back online, booking is one tap away again.
      await context.setOffline(false);
      await expect
        .poll(() => visible(page, '[data-testid="sc-book"]').getAttribute('aria-disabled'), {
          timeout: 15_000,
        })
        .not.toBe('true');
    } finally {
      await browser.close();
    }
  });
});
