import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  arrive,
  expectAccessible,
  fill,
  login,
  openBrowser,
  openTab,
  PHONE,
  select,
  shoot,
  TABLET,
  visible,
  type Browser,
} from './browser';
import { demoHospital } from './demo';

const server = inject('server');
const { codeOf } = demoHospital();
const base = server.url;

function passwordOf(email: string): string {
  const cred = server.credentials[email];
  if (!cred) throw new Error(`no demo login for ${email}`);
  return cred.password;
}

async function signIn(browser: Browser, email: string) {
  const { page } = browser;
  await login(page, base, email, passwordOf(email), codeOf(email));
  await arrive(page, '**/app/home');
  await visible(page, '[data-testid="home"]').waitFor();
}

/** Screenshots at both sizes and the axe check, then back to the size the flow runs at. */
async function screenAt(browser: Browser, name: string, size: typeof PHONE) {
  await shoot(browser.page, `patients-${name}`);
  await browser.page.setViewportSize(size);
  await browser.page.waitForTimeout(300);
  await expectAccessible(browser.page, `patients-${name}`);
}

async function fillIdentity(browser: Browser, family: string, given: string, born: string) {
  const { page } = browser;
  await fill(page, 'familyName', family);
  await fill(page, 'givenNames', given);
  await fill(page, 'birthDate', born);
  await select(page, 'sex', 'FEMALE');
}

describe('Patient registry', () => {
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

  it('reception registers a walk-in at tablet size, then is warned of the duplicate and confirms with a reason', async () => {
    const { page } = browser;
    await page.setViewportSize(TABLET);
    await signIn(browser, 'reception@caregraph.example');

    await openTab(page, 'patients');
    await arrive(page, '**/app/patients');
    await visible(page, '[data-testid="patient-results"]').waitFor();
    // Fuzzy: misspelt and without accents, the right person comes first.
    await fill(page, 'search', 'lefevre elodi');
    await expect
      .poll(() => visible(page, '[data-testid="patient-result"]').first().innerText())
      .toContain('LEFÈVRE');
    await screenAt(browser, 'search', TABLET);
    await fill(page, 'search', 'MRN-0000');
    await fill(page, 'search', '');

    await visible(page, '[data-testid="register-patient"]').click();
    await arrive(page, '**/app/patients/new');
    await visible(page, '[data-testid="create-patient"]').click();
    await visible(page, 'ion-input.ion-invalid input[name="familyName"]').waitFor();
    await screenAt(browser, 'register-errors', TABLET);

    const family = `Bernard-${String(Date.now()).slice(-5)}`;
    await fillIdentity(browser, family, 'Léa', '1992-05-17');
    await fill(page, 'phone', '+33 6 55 44 33 22');
    await fill(page, 'address.city', 'Lyon');
    await fill(page, 'address.country', 'fr');
    await fill(page, 'emergencyContact.name', 'Paul Bernard');
    await fill(page, 'insurance.payer', 'CPAM du Rhône');
    await screenAt(browser, 'register', TABLET);
    await visible(page, '[data-testid="create-patient"]').click();
    await arrive(page, /\/app\/patients\/[0-9a-f-]+\?created=1$/);
    const header = visible(page, '[data-testid="patient-header"]');
    await expect.poll(() => header.innerText()).toContain(family.toUpperCase());
    // Nobody asked about allergies yet: the amber banner says so.
    expect(await visible(page, '[data-testid="allergy-banner"]').getAttribute('data-state')).toBe(
      'unknown',
    );
    const firstUrl = page.url();
    await screenAt(browser, 'detail-created', TABLET);

    await visible(page, '[data-testid="edit-patient"]').click();
    await arrive(page, /\/edit$/);
    await visible(page, '[data-testid="save-patient"]').waitFor();
    await screenAt(browser, 'edit', TABLET);

    // Second attempt: same name and birth date, typed again by someone else.
    await page.goto(`${base}/app/patients/new`);
    await arrive(page, '**/app/patients/new');
    await fillIdentity(browser, family, 'Lea', '1992-05-17');
    await visible(page, '[data-testid="duplicates"]').waitFor();
    expect(await visible(page, '[data-testid="duplicates"]').innerText()).toContain(
      family.toUpperCase(),
    );
    await screenAt(browser, 'duplicates-live', TABLET);
    await visible(page, '[data-testid="create-patient"]').click();
    await visible(page, '[data-testid="confirm-duplicate"]').waitFor();
    await visible(page, '[data-testid="confirm-duplicate"]').click();
    await visible(page, 'ion-input.ion-invalid input[name="duplicateReason"]').waitFor();
    await screenAt(browser, 'duplicates-blocked', TABLET);
    await fill(
      page,
      'duplicateReason',
      'Homonyme : autre mère, autre adresse (pièce d’identité vue)',
    );
    await visible(page, '[data-testid="confirm-duplicate"]').click();
    await arrive(page, /\/app\/patients\/[0-9a-f-]+\?created=1$/);
    expect(page.url()).not.toBe(firstUrl);
    await expect
      .poll(() => visible(page, '[data-testid="patient-header"]').innerText())
      .toContain(family.toUpperCase());
  });

  it('a nurse sees the allergy banner, adds an allergy and states none known for another patient', async () => {
    const { page } = browser;
    await signIn(browser, 'nurse.a@caregraph.example');
    await openTab(page, 'patients');
    await arrive(page, '**/app/patients');
    await fill(page, 'search', 'nguyen');
    await visible(page, '[data-testid="patient-result"]:has-text("NGUYEN")').click();
    await arrive(page, /\/app\/patients\/[0-9a-f-]+$/);
    const banner = visible(page, '[data-testid="allergy-banner"]');
    await expect.poll(() => banner.getAttribute('data-state')).toBe('active');
    expect(await banner.innerText()).toContain('Arachide');
    await screenAt(browser, 'detail-allergies', PHONE);

    await visible(page, '[data-testid="add-allergy"]').click();
    await fill(page, 'substance', 'Amoxicilline');
    await fill(page, 'reaction', 'Éruption cutanée');
    await select(page, 'severity', 'SEVERE');
    await screenAt(browser, 'allergy-form', PHONE);
    await visible(page, '[data-testid="save-allergy"]').click();
    await expect.poll(() => banner.innerText()).toContain('Amoxicilline');

    // A patient nobody asked: the nurse records "no known allergies".
    await openTab(page, 'patients');
    await arrive(page, '**/app/patients');
    await fill(page, 'search', 'kowalski');
    await visible(page, '[data-testid="patient-result"]:has-text("KOWALSKI")').click();
    await arrive(page, /\/app\/patients\/[0-9a-f-]+$/);
    const other = visible(page, '[data-testid="allergy-banner"]');
    await expect.poll(() => other.getAttribute('data-state')).toBe('unknown');
    await visible(page, '[data-testid="no-known-allergies"]').click();
    await expect.poll(() => other.getAttribute('data-state')).toBe('none');
  });

  it('an administrator opens the merge screen', async () => {
    const { page } = browser;
    await signIn(browser, 'admin@caregraph.example');
    await page.goto(`${base}/app/patients`);
    await arrive(page, '**/app/patients');
    await fill(page, 'search', 'durand pierre');
    await visible(page, '[data-testid="patient-result"]:has-text("DURAND")').click();
    await arrive(page, /\/app\/patients\/[0-9a-f-]+$/);
    await visible(page, '[data-testid="merge-patient"]').click();
    await arrive(page, /\/merge$/);
    await fill(page, 'survivorSearch', 'dupont');
    await visible(page, 'ion-item:has-text("DUPONT")').click();
    await visible(page, 'input[name="reason"]').waitFor();
    await screenAt(browser, 'merge', PHONE);
  });

  it('a patient updates their phone number at phone size', async () => {
    const { page } = browser;
    await signIn(browser, 'patient.b@caregraph.example');
    await visible(page, 'a.cg-shortcut[href="/app/my-profile"]').waitFor();
    await page.goto(`${base}/app/my-profile`);
    await arrive(page, '**/app/my-profile');
    await visible(page, '[data-testid="my-profile"]').waitFor();
    expect(await visible(page, '[data-testid="patient-header"]').innerText()).toContain('HADDAD');
    await screenAt(browser, 'my-profile', PHONE);

    await visible(page, '[data-testid="edit-contact"]').click();
    await fill(page, 'phone', 'not a phone');
    await visible(page, '[data-testid="save-contact"]').click();
    await visible(page, 'ion-input.ion-invalid input[name="phone"]').waitFor();
    await fill(page, 'phone', '+33 7 11 22 33 44');
    await select(page, 'preferredLanguage', 'ar');
    await screenAt(browser, 'my-profile-edit', PHONE);
    await visible(page, '[data-testid="save-contact"]').click();
    await expect
      .poll(() => visible(page, '[data-testid="my-profile"]').innerText())
      .toContain('+33 7 11 22 33 44');

    // Saved on the server: still there after a reload.
    await page.reload();
    await visible(page, '[data-testid="my-profile"]').waitFor();
    await expect
      .poll(() => visible(page, '[data-testid="my-profile"]').innerText())
      .toContain('+33 7 11 22 33 44');
  });
});
