import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { arrive, fill, login, openBrowser, PHONE, screen, visible, type Browser } from './browser';
import { demoHospital } from './demo';

const server = inject('server');
const base = server.url;

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

describe('working hours and a patient’s own health facts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ locale: 'fr-FR' });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a nurse reads her week from the account page and adds a span (R18)', async () => {
    const { page } = browser;
    // nurse.b: her hours are used by no other browser test.
    await signIn(page, 'nurse.b');
    await page.goto(`${base}/app/account`);
    await visible(page, '[data-testid="my-working-hours"]').click();
    await arrive(page, '**/app/account/hours');
    const rows = page.locator('.ion-page:not(.ion-page-hidden) [data-testid="session-row"]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    await screen(page, 'working-hours');

    await visible(page, '[data-testid="add-session"]').click();
    expect(await rows.count()).toBe(4);
    const last = rows.last();
    await last.locator('select').nth(0).selectOption('7');
    await last.locator('select').nth(1).selectOption('19:00');
    await last.locator('select').nth(2).selectOption('24:00');
    await visible(page, '[data-testid="save-week"]').click();
    await page.getByText('Horaires enregistrés.').last().waitFor();
    await page.reload();
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(4);
  });

  it('a manager finds a staff member on the staff hours page, changes a day and sees the summary follow (R18)', async () => {
    const hospital = demoHospital();
    const other = await openBrowser({ locale: 'fr-FR' });
    try {
      const { page } = other;
      expect(page.viewportSize()).toEqual(PHONE);
      await hospital.signIn(page, 'manager@caregraph.example');
      // A home shortcut, not a tab: the manager's tab bar is full.
      expect(await page.locator('ion-tab-button[tab="staff-hours"]').count()).toBe(0);
      await visible(page, 'a[href="/app/staff-hours"]').click();
      await arrive(page, '**/app/staff-hours');
      const people = page.locator(
        '.ion-page:not(.ion-page-hidden) [data-testid="staff-hours-person"]',
      );
      await people.first().waitFor();
      // Reception's weekdays run together, 24-hour, French day names.
      const reception = people.filter({ hasText: 'MOREAU Lucie' });
      expect(await reception.locator('[data-testid="week-summary"]').innerText()).toBe(
        'lun.–ven. 08:00–12:30, 13:30–17:00',
      );
      await screen(page, 'staff-hours-roster');

      // The pharmacist keeps no hours in the demo, and no other browser test reads hers.
      await fill(page, 'search', 'girard');
      await expect.poll(() => people.count()).toBe(1);
      const pharmacist = people.first();
      expect(await pharmacist.innerText()).toContain('GIRARD Hélène');
      expect(await pharmacist.innerText()).toContain('Pharmacienne');
      await pharmacist.click();
      await page.waitForURL(/\/app\/staff-hours\/[0-9a-f-]{36}$/);
      await page.waitForTimeout(500);
      await visible(page, 'ion-title:has-text("GIRARD Hélène")').waitFor();
      await visible(page, 'h2:has-text("Horaires de GIRARD Hélène")').waitFor();

      const rows = page.locator('.ion-page:not(.ion-page-hidden) [data-testid="session-row"]');
      await visible(page, '[data-testid="add-session"]').click();
      await expect.poll(() => rows.count()).toBe(1);
      const row = rows.last();
      await row.locator('select').nth(0).selectOption('2');
      await row.locator('select').nth(1).selectOption('07:30');
      await row.locator('select').nth(2).selectOption('15:45');
      await screen(page, 'staff-hours-person');
      await visible(page, '[data-testid="save-week"]').click();
      await page.getByText('Horaires enregistrés.').last().waitFor();

      await page.goBack();
      await arrive(page, '**/app/staff-hours');
      await expect
        .poll(() => visible(page, '[data-testid="staff-hours-person"]').innerText())
        .toContain('mar. 07:30–15:45');
      await screen(page, 'staff-hours-roster-after');

      // Opened directly (a reload), the page still says whose week it is, and shows the saved one.
      await visible(page, '[data-testid="staff-hours-person"]').click();
      await page.waitForURL(/\/app\/staff-hours\/[0-9a-f-]{36}$/);
      await page.reload();
      await visible(page, 'ion-title:has-text("GIRARD Hélène")').waitFor();
      await visible(page, 'h2:has-text("Horaires de GIRARD Hélène")').waitFor();
      await expect.poll(() => rows.count()).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('a patient sees her blood group and weight, read-only', async () => {
    const other = await openBrowser({ locale: 'fr-FR' });
    try {
      const { page } = other;
      await signIn(page, 'patient.a');
      await page.goto(`${base}/app/my-profile`);
      const facts = visible(page, '[data-testid="my-health-facts"]');
      await facts.waitFor();
      expect(await facts.innerText()).toContain('A+');
      expect(await facts.innerText()).toContain('64,5 kg');
      await page.getByText('Seul le personnel de l’hôpital').last().waitFor();
      await screen(page, 'my-profile-health');
    } finally {
      await other.close();
    }
  });
});
