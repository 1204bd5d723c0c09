import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  arrive,
  expectAccessible,
  fill,
  login,
  openBrowser,
  openTab,
  screen,
  select,
  submit,
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

async function expectHome(browser: Browser, role: string) {
  const { page } = browser;
  await arrive(page, '**/app/home');
  // A fresh profile loads the signed-in app cold, without the service worker's copy.
  await expect
    .poll(() => visible(page, '[data-testid="home"]').getAttribute('data-role'), {
      timeout: 15_000,
    })
    .toBe(role);
}

/** Signs in as the demo patient A and waits for the patient home. */
async function signInAsPatient(browser: Browser) {
  const email = 'patient.a@caregraph.example';
  await login(browser.page, base, email, passwordOf(email));
  await expectHome(browser, 'PATIENT');
}

/** The `input` variables of every `operation` request the page sends, as they go out. */
function sentInputs(page: Page, operation: string): Record<string, unknown>[] {
  const inputs: Record<string, unknown>[] = [];
  page.on('request', (request) => {
    const body = request.postData();
    if (!body || !request.url().endsWith('/graphql')) return;
    const sent = JSON.parse(body) as {
      operationName?: string;
      variables?: { input?: Record<string, unknown> };
    };
    if (sent.operationName === operation && sent.variables?.input) {
      inputs.push(sent.variables.input);
    }
  });
  return inputs;
}

/**
 * Fills inputs the way a password manager does: sets each value, then dispatches `input` and
 * `change`. With `atKeyPress`, it fills during the user's next key press instead, before the
 * browser acts on the key: Chrome keeps a password it autofilled at load from the page until
 * the user's first gesture, and the first gesture on a sign-in form is often Enter.
 */
async function autofill(page: Page, values: Record<string, string>, { atKeyPress = false } = {}) {
  await page
    .locator(`input[name="${Object.keys(values)[0] ?? ''}"]`)
    .last()
    .waitFor();
  await page.evaluate(
    ([entries, onKey]) => {
      const fill = () => {
        for (const [name, value] of entries) {
          const input = Array.from(
            document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`),
          ).at(-1);
          if (!input) throw new Error(`no input ${name}`);
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }
      };
      if (onKey) document.addEventListener('keydown', fill, { capture: true, once: true });
      else fill();
    },
    [Object.entries(values), atKeyPress] as const,
  );
}

async function logout(browser: Browser) {
  const { page } = browser;
  await openTab(page, 'account');
  await arrive(page, '**/app/account');
  await visible(page, '[data-testid="logout"]').click();
  await arrive(page, '**/login');
}

describe('CareGraph PWA', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    // Each flow starts signed out, whatever the previous one left behind.
    await browser.context.clearCookies();
    await browser.context.setOffline(false);
  });

  it('is installable: manifest, icons and a service worker that controls the page', async () => {
    const { page, context } = browser;
    await page.goto(`${base}/login`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    await cdp.detach();
    expect(installabilityErrors).toEqual([]);
    const manifest = (await (await fetch(`${base}/manifest.webmanifest`)).json()) as {
      icons: { sizes: string; purpose?: string }[];
      display: string;
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    await screen(page, '01-login');
  });

  it('admin creates a nurse; the nurse must change the temporary password, then sees the nurse home', async () => {
    const { page } = browser;
    await login(
      page,
      base,
      'admin@caregraph.example',
      passwordOf('admin@caregraph.example'),
      codeOf('admin@caregraph.example'),
    );
    await expectHome(browser, 'ADMIN');
    await expect.poll(() => page.locator('ion-tab-button[tab="users"]').count()).toBe(1);
    await screen(page, '02-home-admin');

    await openTab(page, 'users');
    await arrive(page, '**/app/users');
    await visible(page, '[data-testid="users-list"]').waitFor();
    await screen(page, '03-users');

    await fill(page, 'search', 'nurse');
    await expect
      .poll(() => page.locator('[data-testid="users-list"]:visible ion-item').count())
      .toBe(3);
    await select(page, 'role', 'DOCTOR');
    await fill(page, 'search', '');
    await expect
      .poll(() => page.locator('[data-testid="users-list"]:visible ion-item').count())
      .toBe(3);
    await select(page, 'role', '');

    await visible(page, '[data-testid="new-user"]').click();
    await arrive(page, '**/app/users/new');
    await submit(page);
    await visible(page, 'ion-input.ion-invalid').waitFor();
    await screen(page, '04-create-user-errors');
    const email = `nurse.e2e.${Date.now()}@caregraph.example`;
    await fill(page, 'email', email);
    await select(page, 'role', 'NURSE');
    await fill(page, 'givenName', 'Lucie');
    await fill(page, 'familyName', 'Martin');
    await fill(page, 'phone', '+33 6 12 34 56 78');
    await fill(page, 'jobTitle', 'Infirmière de nuit');
    await submit(page);
    const secret = visible(page, '[data-testid="temporary-password"]');
    await secret.waitFor();
    const temporary = (await secret.innerText()).trim();
    expect(temporary.length).toBeGreaterThanOrEqual(12);
    await screen(page, '05-user-created');

    await visible(page, '[data-testid="done"]').click();
    await arrive(page, '**/app/users');
    await fill(page, 'search', 'Martin');
    await visible(page, `[data-testid="users-list"] ion-item:has-text("${email}")`).click();
    await arrive(page, /\/app\/users\/[^/]+$/);
    await visible(page, '[data-testid="user-status"]').waitFor();
    await screen(page, '06-user-detail');

    await openTab(page, 'audit');
    await arrive(page, '**/app/audit');
    await visible(page, '[data-testid="audit-list"]').waitFor();
    await fill(page, 'action', 'createUser');
    await visible(page, '[data-testid="apply-filters"]').click();
    await expect
      .poll(() => page.locator('[data-testid="audit-list"]:visible ion-item').count())
      .toBeGreaterThanOrEqual(1);
    await screen(page, '07-audit');

    await logout(browser);

    await login(page, base, email, temporary);
    await arrive(page, '**/change-password');
    await screen(page, '08-forced-password');
    await fill(page, 'currentPassword', temporary);
    await fill(page, 'newPassword', 'night shift on ward seven');
    await fill(page, 'confirm', 'night shift on ward seven');
    await submit(page);
    await expectHome(browser, 'NURSE');
    expect(await page.locator('ion-tab-button[tab="users"]').count()).toBe(0);
    expect(await page.locator('ion-tab-button[tab="audit"]').count()).toBe(0);
    await screen(page, '09-home-nurse');
    await logout(browser);
  });

  it('a patient registers, sees the patient home, and signs in again after logout', async () => {
    const { page } = browser;
    await page.goto(`${base}/login`);
    await visible(page, 'a[href="/register"]').click();
    await arrive(page, '**/register');
    await submit(page);
    await visible(page, '[role="alert"]').waitFor();
    await screen(page, '10-register-errors');

    const email = `patient.e2e.${Date.now()}@example.org`;
    await fill(page, 'givenNames', 'Élodie');
    await fill(page, 'familyName', 'Durand');
    await fill(page, 'birthDate', '1990-04-12');
    await select(page, 'sex', 'FEMALE');
    await fill(page, 'phone', '+33 6 98 76 54 32');
    await fill(page, 'email', email);
    await fill(page, 'password', 'short');
    await submit(page);
    await visible(page, 'ion-input.ion-invalid input[name="password"]').waitFor();
    await fill(page, 'password', 'a long and private sentence');
    await submit(page);
    await expectHome(browser, 'PATIENT');
    await visible(page, '[data-testid="patient-record"]').waitFor();
    expect(await visible(page, '[data-testid="patient-record"]').innerText()).toContain('DURAND');
    await screen(page, '11-home-patient');

    await openTab(page, 'account');
    await arrive(page, '**/app/account');
    await visible(page, '[data-testid="profile"]').waitFor();
    await screen(page, '12-account');
    await visible(page, '[data-testid="edit-profile"]').click();
    await fill(page, 'address', '12 rue des Lilas, Lyon');
    await visible(page, '[data-testid="save-profile"]').click();
    await expect
      .poll(() => visible(page, '[data-testid="profile"]').innerText())
      .toContain('12 rue des Lilas');
    await visible(page, '[data-testid="lang-fr"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await screen(page, '13-account-fr');
    await visible(page, '[data-testid="lang-en"]').click();
    await visible(page, '[data-testid="change-password"]').click();
    await arrive(page, '**/app/account/password');
    await screen(page, '14-change-password');
    await openTab(page, 'account');

    await logout(browser);
    await login(page, base, email, 'a long and private sentence');
    await expectHome(browser, 'PATIENT');
    await logout(browser);
  });

  it('keeps what is typed or autofilled the moment the sign-in page loads', async () => {
    // An account no other flow signs in with: a dropped password counts towards its lockout.
    const email = 'nurse.c@caregraph.example';
    const password = passwordOf(email);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const fresh = await openBrowser({ locale: 'fr-FR' });
      try {
        const { page } = fresh;
        const sent = sentInputs(page, 'Login');

        // Typed as soon as the page has loaded, then Enter.
        await page.goto(`${base}/login`);
        await page.fill('input[name="email"]', email);
        await page.fill('input[name="password"]', password);
        await page.press('input[name="password"]', 'Enter');
        await expect.poll(() => sent.length, { timeout: 15_000 }).toBe(1);
        expect(sent[0], `typed, try ${String(attempt)}`).toEqual({ email, password });
        await expectHome(fresh, 'NURSE');

        // A password manager: the e-mail at load, the password during the Enter key press.
        await fresh.context.clearCookies();
        await page.evaluate(() => {
          localStorage.clear();
        });
        await page.goto(`${base}/login`);
        await autofill(page, { email });
        await autofill(page, { password }, { atKeyPress: true });
        await page.press('input[name="password"]', 'Enter');
        await expect.poll(() => sent.length, { timeout: 15_000 }).toBe(2);
        expect(sent[1], `autofilled, try ${String(attempt)}`).toEqual({ email, password });
        await expectHome(fresh, 'NURSE');
      } finally {
        await fresh.close();
      }
    }
  }, 300_000);

  it('keeps what is typed or autofilled the moment the registration page loads', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      const fresh = await openBrowser({ locale: 'fr-FR' });
      try {
        const { page } = fresh;
        const sent = sentInputs(page, 'RegisterPatient');
        const values = {
          givenNames: 'Anaïs',
          familyName: `Lefèvre${'e'.repeat(attempt)}`,
          birthDate: '1987-09-23',
          phone: '+33 6 11 22 33 44',
          email: `patient.early.${String(Date.now())}.${String(attempt)}@example.org`,
        };
        const password = 'a generated and very long secret';

        await page.goto(`${base}/register`);
        if (attempt % 2 === 1) {
          // Typed as soon as the page has loaded.
          for (const [name, value] of Object.entries(values)) {
            await page.fill(`input[name="${name}"]`, value);
          }
        } else {
          // Filled by the browser's address book.
          await autofill(page, values);
        }
        await page.selectOption('select[name="sex"]', 'FEMALE');
        // The password manager fills the new password it suggests as Enter is pressed.
        await autofill(page, { password }, { atKeyPress: true });
        await page.press('input[name="password"]', 'Enter');

        // The form checks its fields before it sends them: nothing goes out if one was dropped.
        await expect.poll(() => sent.length, { timeout: 15_000 }).toBe(1);
        expect(sent[0], `try ${String(attempt)}`).toEqual({
          ...values,
          sex: 'FEMALE',
          password,
          locale: 'fr',
        });
        await expectHome(fresh, 'PATIENT');
        // The record the server made from them.
        await expect
          .poll(() => visible(page, '[data-testid="patient-record"]').innerText(), {
            timeout: 15_000,
          })
          .toContain(values.email);
      } finally {
        await fresh.close();
      }
    }
  }, 300_000);

  it('locks the account after five wrong passwords, with the answer a wrong password gets', async () => {
    const { page } = browser;
    // An account of its own: a demo login locked for 15 minutes would fail the browser tests
    // that sign in with it afterwards.
    const email = `verrou.${String(Date.now())}@test.example`;
    const password = 'a passphrase to lock out';
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: RegisterPatientInput!) { registerPatient(input: $i) { accessToken } }',
        variables: {
          i: {
            givenNames: 'Lou',
            familyName: 'Verrou',
            birthDate: '1990-01-01',
            sex: 'FEMALE',
            phone: '+33 6 34 34 34 34',
            email,
            password,
            locale: 'en',
          },
        },
      }),
    });
    const registered = (await res.json()) as { errors?: unknown[] };
    expect(registered.errors).toBeUndefined();
    await page.goto(`${base}/login`);
    const attempt = async (password: string) => {
      await fill(page, 'email', email);
      await fill(page, 'password', password);
      await submit(page);
      // The form clears the password once the server has answered.
      await expect
        .poll(() => visible(page, 'input[name="password"]').inputValue(), { timeout: 15_000 })
        .toBe('');
      return visible(page, '[role="alert"]').innerText();
    };
    for (let i = 1; i <= 5; i++) {
      expect(await attempt(`wrong password ${String(i)}`)).toBe(
        'Wrong email or password. After 5 failed attempts in a row, signing in to the account is paused for 15 minutes.',
      );
    }
    // Locked: even the right password gets that same answer, and the app stays on the login page.
    expect(await attempt(password)).toMatch(/^Wrong email or password\./);
    expect(new URL(page.url()).pathname).toBe('/login');
    await screen(page, '15-login-locked');
  });

  it('signs in from a plain page in the device’s language, before any of the app loads', async () => {
    // The app's entry script, as the build wrote it into index.html.
    const appEntry = /src="(\/assets\/[^"]+\.js)"/.exec(
      readFileSync(path.resolve(import.meta.dirname, '../dist/index.html'), 'utf8'),
    )?.[1];
    expect(appEntry).toBeDefined();
    const fresh = await openBrowser({ locale: 'fr-FR' });
    try {
      const { page, context } = fresh;
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(`${base}/login`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      expect(await visible(page, '#login-title').innerText()).toBe('Connexion');

      // An unknown address gets the answer a wrong password gets, in French.
      await fill(page, 'email', `nobody.${String(Date.now())}@example.org`);
      await fill(page, 'password', 'not a password');
      await submit(page);
      const alert = visible(page, '#password-form [role="alert"]');
      await expect
        .poll(() => alert.innerText(), { timeout: 15_000 })
        .toMatch(/^Adresse e-mail ou mot de passe incorrect\./);
      expect(await visible(page, 'input[name="password"]').inputValue()).toBe('');
      await screen(page, '01-login-fr-error');

      // English at once, the message too, and remembered on this device.
      await visible(page, '[data-testid="lang-en"]').click();
      expect(await visible(page, '#login-title').innerText()).toBe('Sign in');
      expect(await alert.innerText()).toMatch(/^Wrong email or password\./);
      expect(await visible(page, '[data-testid="lang-en"]').getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(await page.evaluate(() => localStorage.getItem('caregraph.lang'))).toBe('en');

      // Offline: the banner says so, and a sign-in is not attempted.
      await context.setOffline(true);
      await visible(page, '[data-testid="offline-banner"]').waitFor();
      await fill(page, 'email', 'patient.a@caregraph.example');
      await fill(page, 'password', passwordOf('patient.a@caregraph.example'));
      await submit(page);
      await expect
        .poll(() => alert.innerText())
        .toBe('You are offline. Connect to the network to sign in.');
      // Nothing left the device: what was typed stays, for when the network is back.
      expect(await visible(page, 'input[name="password"]').inputValue()).not.toBe('');
      await screen(page, '01-login-offline');
      await context.setOffline(false);
      await page.locator('[data-testid="offline-banner"]').waitFor({ state: 'hidden' });

      // None of the app's code came with the page.
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts).not.toContain(appEntry);

      // Signed in, the app opens; the sign-in page then sends this device straight to it.
      await submit(page);
      await expectHome(fresh, 'PATIENT');
      expect(scripts).toContain(appEntry);
      await page.goto(`${base}/login`);
      await expectHome(fresh, 'PATIENT');
    } finally {
      await fresh.close();
    }
  });

  it('logout leaves nothing readable on the device', async () => {
    const { page } = browser;
    await signInAsPatient(browser);
    await page.evaluate(() => {
      sessionStorage.setItem('draft', 'x');
      const open = indexedDB.open('caregraph-test', 1);
      open.onsuccess = () => {
        open.result.close();
      };
      return caches.open('caregraph-data').then((c) => c.put('/x', new Response('secret')));
    });
    await logout(browser);
    const left = await page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
    }));
    expect(left.local.filter((k) => k !== 'caregraph.lang')).toEqual([]);
    expect(left.session).toBe(0);
    expect(left.databases).toEqual([]);
    expect(left.caches.every((name) => name.startsWith('workbox-precache'))).toBe(true);

    await page.reload();
    await arrive(page, '**/login');
    // The refresh cookie died with the session: nothing can bring the token back.
    const refreshed = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { refreshSession { accessToken } }' }),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      return body.errors?.[0]?.extensions?.code;
    });
    expect(refreshed).toBe('UNAUTHENTICATED');
  });

  it('stays signed in when a reload loses the answer of a refresh the server already made', async () => {
    const { page, context } = browser;
    await signInAsPatient(browser);
    // The next refresh reaches the server, which rotates the token, but its answer (and the new
    // cookie) never reach the page: as when a page is reloaded while its refresh is on the wire.
    let lost = 0;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'RefreshSession' || lost > 0) return route.continue();
      const cookie = (await context.cookies(`${base}/graphql`)).find(
        (c) => c.name === 'cg_refresh',
      );
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `cg_refresh=${cookie?.value}` },
        body: route.request().postData() ?? '',
      });
      const answer = (await res.json()) as { data?: { refreshSession?: unknown } };
      if (answer.data?.refreshSession) lost += 1;
      return route.abort('failed');
    });
    await page.reload();
    await expect.poll(() => lost).toBe(1);
    await page.unroute('**/graphql');
    // The page presents the old token again: answered, not taken for a stolen one.
    await page.reload();
    await expectHome(browser, 'PATIENT');
    await page.reload();
    await expectHome(browser, 'PATIENT');
  });

  it('reloads offline into the app shell with the offline banner', async () => {
    const { page, context } = browser;
    await login(page, base, 'nurse.a@caregraph.example', passwordOf('nurse.a@caregraph.example'));
    await expectHome(browser, 'NURSE');
    await context.setOffline(true);
    await page.reload();
    await visible(page, '[data-testid="offline-banner"]').waitFor();
    await visible(page, 'ion-app').waitFor();
    await screen(page, '16-offline');
    await page.goto(`${base}/login`).catch(() => undefined);
    await visible(page, '[data-testid="offline-banner"]').waitFor();
    await context.setOffline(false);
    await expectAccessible(page, 'offline');
  });
});
