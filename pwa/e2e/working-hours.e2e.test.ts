import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { arrive, login, openBrowser, screen, visible, type Browser } from './browser';

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
