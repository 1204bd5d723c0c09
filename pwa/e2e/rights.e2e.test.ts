import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrive, openBrowser, PHONE, screen, TABLET, visible } from './browser';
import { demoHospital } from './demo';

const { base, gql, tokenOf, signIn } = demoHospital();

// nurse.a covers Médecine interne on every shift; Cardiologie's inpatients are closed to her.
const NURSE = 'nurse.a@caregraph.example';
const RECEPTION = 'reception@caregraph.example';
const MANAGER = 'manager@caregraph.example';
const OTHER_WARD = 'Cardiologie';
const PATIENT = 'patient.b@caregraph.example';
const REASON = 'Malaise dans le couloir, besoin des traitements en cours';

describe('Patients’ rights and emergency access', () => {
  let patientId: string;

  beforeAll(async () => {
    const token = await tokenOf(RECEPTION);
    const wards = await gql<{ wards: { id: string; name: string }[] }>(
      token,
      '{ wards { id name } }',
    );
    const ward = wards.wards.find((w) => w.name === OTHER_WARD);
    if (!ward) throw new Error(`no ward ${OTHER_WARD}`);
    const board = await gql<{
      bedBoard: { beds: { occupant: { patientId: string } | null }[] };
    }>(token, 'query($w: ID!) { bedBoard(wardId: $w) { beds { occupant { patientId } } } }', {
      w: ward.id,
    });
    // The last occupied bed: the other browser tests read the first ones.
    const occupied = board.bedBoard.beds.flatMap((b) => (b.occupant ? [b.occupant] : []));
    const last = occupied.at(-1);
    if (!last) throw new Error(`no inpatient in ${OTHER_WARD}`);
    patientId = last.patientId;
  });

  it('a nurse kept out opens a chart in an emergency with a reason, and a manager acknowledges it', async () => {
    const nurse = await openBrowser({ locale: 'fr-FR' });
    const manager = await openBrowser({ locale: 'fr-FR' });
    try {
      await nurse.page.setViewportSize(PHONE);
      await signIn(nurse.page, NURSE);
      await nurse.page.goto(`${base}/app/patients/${patientId}/chart`);
      await visible(nurse.page, '[data-testid="emergency-access-offer"]').waitFor();
      // Identity is hers to read; the chart is not, and nothing clinical shows.
      await visible(nurse.page, '[data-testid="patient-header"]').waitFor();
      expect(await nurse.page.locator('[data-testid="section-summary"]:visible').count()).toBe(0);
      expect(
        await visible(nurse.page, '[data-testid="emergency-access-offer"]').textContent(),
      ).toContain('examiné par un cadre');
      // No reason: refused on the spot.
      await visible(nurse.page, '[data-testid="emergency-access-open"]').click();
      await visible(nurse.page, '.cg-field-error').waitFor();
      await screen(nurse.page, 'rights-01-emergency-access-offer');
      await nurse.page.locator('textarea[name="emergency-reason"]').fill(REASON);
      await visible(nurse.page, '[data-testid="emergency-access-open"]').click();
      await visible(nurse.page, '[data-testid="emergency-access-banner"]').waitFor();
      await visible(nurse.page, '[data-testid="section-summary"]').waitFor();
      expect(
        await visible(nurse.page, '[data-testid="emergency-access-banner"]').textContent(),
      ).toMatch(/Se termine à \d{2}:\d{2}/);
      await screen(nurse.page, 'rights-02-emergency-access-banner');

      await manager.page.setViewportSize(TABLET);
      await signIn(manager.page, MANAGER);
      await manager.page.goto(`${base}/app/emergency-accesses`);
      await arrive(manager.page, '**/app/emergency-accesses');
      const row = visible(
        manager.page,
        `[data-testid="emergency-access"][data-status="PENDING"]:has-text("${REASON}")`,
      );
      await row.waitFor();
      await screen(manager.page, 'rights-03-emergency-access-review');
      await manager.page.setViewportSize(TABLET);
      await row.locator('[data-testid="emergency-access-acknowledge"]').click();
      await row.waitFor({ state: 'detached' });
      await visible(manager.page, '[data-testid="glass-filter-ALL"]').click();
      await visible(
        manager.page,
        `[data-testid="emergency-access"][data-status="ACKNOWLEDGED"]:has-text("${REASON}")`,
      ).waitFor();
    } finally {
      await nurse.close();
      await manager.close();
    }
  });

  it('a patient downloads their record as FHIR JSON and PDF, and reads what closing the account means', async () => {
    const browser = await openBrowser({ locale: 'fr-FR' });
    const page = browser.page;
    try {
      await page.setViewportSize(PHONE);
      await signIn(page, PATIENT);
      await page.goto(`${base}/app/account`);
      await visible(page, '[data-testid="record-download"]').waitFor();
      const [json] = await Promise.all([
        page.waitForEvent('download'),
        visible(page, '[data-testid="download-json"]').click(),
      ]);
      expect(json.suggestedFilename()).toMatch(/\.fhir\.json$/);
      const bundle = JSON.parse(await readFile(await json.path(), 'utf8')) as {
        resourceType: string;
        type: string;
        entry: { resource: { resourceType: string } }[];
      };
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      expect(bundle.entry[0]?.resource.resourceType).toBe('Patient');
      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        visible(page, '[data-testid="download-pdf"]').click(),
      ]);
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
      expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-');
      await visible(page, '.cg-notice-success').waitFor();
      await visible(page, '[data-testid="record-download"]').scrollIntoViewIfNeeded();
      await screen(page, 'rights-04-record-download');
      // Closing is explained before anything is asked; the demo patient keeps her account.
      await visible(page, '[data-testid="close-account-start"]').click();
      await visible(page, '[data-testid="close-account-confirm"]').waitFor();
      expect(await visible(page, '[data-testid="close-account"]').textContent()).toContain(
        'dossier médical n’est pas supprimé',
      );
      await visible(page, '[data-testid="close-account"]').scrollIntoViewIfNeeded();
      await screen(page, 'rights-05-close-account');
    } finally {
      await browser.close();
    }
  });
});
