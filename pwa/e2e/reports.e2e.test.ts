import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openBrowser, openTab, screen, shoot, TABLET, visible } from './browser';
import { demoHospital } from './demo';

const { signIn } = demoHospital();

const MANAGER = 'manager@caregraph.example';
const DOCTOR = 'doctor.general@caregraph.example';

describe('the manager’s dashboard', () => {
  it('the manager opens the dashboard at phone and desktop sizes, changes the period and exports a CSV; a doctor sees their own activity', async () => {
    const b = await openBrowser({ locale: 'fr-FR' });
    try {
      const { page } = b;
      await signIn(page, MANAGER);
      await openTab(page, 'dashboard');
      const appointments = visible(page, '[data-testid="section-appointments"]');
      await appointments.waitFor();
      await visible(page, '[data-testid="section-revenue"]').waitFor();
      await screen(page, 'reports-dashboard-month');
      // Every section, scrolled into view, at both sizes (the page scrolls inside ion-content).
      for (const section of ['appointments', 'occupancy', 'emergency', 'revenue', 'expenses']) {
        await visible(page, `[data-testid="section-${section}"]`).scrollIntoViewIfNeeded();
        await shoot(page, `reports-section-${section}`);
      }

      // Last month instead of this one: the period shown and the figures follow.
      const shown = visible(page, '[data-testid="period-shown"]');
      const before = await shown.innerText();
      await visible(page, '[data-testid="period-lastMonth"]').click();
      await expect.poll(() => shown.innerText()).not.toBe(before);
      await expect.poll(() => shown.innerText()).toMatch(/^Du 1 /);
      await visible(page, '[data-testid="period-custom"]').click();
      await visible(page, '[data-testid="period-from"]').waitFor();
      await screen(page, 'reports-dashboard-custom');
      await page.setViewportSize(TABLET);

      // A section's CSV: a French spreadsheet's file, BOM, semicolons and the header row.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        visible(page, '[data-testid="export-appointments"]').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^appointments-\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/,
      );
      const bytes = readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header] = bytes.toString('utf8').slice(1).split('\r\n');
      expect(header).toBe(
        'Praticien;Spécialité;Rendez-vous;Honorés;Annulés;Annulés (praticien absent);Absences;En attente;Minutes de consultation;Taux d’annulation (%);Taux d’absence (%)',
      );
      await visible(page, '.cg-notice-success').waitFor();
    } finally {
      await b.close();
    }

    const d = await openBrowser({ locale: 'en-GB' });
    try {
      await signIn(d.page, DOCTOR);
      await visible(d.page, 'a[href="/app/dashboard"]').click();
      await visible(d.page, '[data-testid="section-appointments"]').waitFor();
      expect(await d.page.locator('[data-testid="section-revenue"]').count()).toBe(0);
      await shoot(d.page, 'reports-my-activity');
    } finally {
      await d.close();
    }
  });
});
