import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arrive,
  fill,
  login,
  openBrowser,
  openTab,
  screen,
  submit,
  visible,
  type Browser,
} from './browser';
import { demoHospital } from './demo';
import { freshCode } from './totp';

const { base, server, gql, tokenOf } = demoHospital();
const ADMIN = 'admin@caregraph.example';
const MANAGER = 'manager@caregraph.example';

describe('two-step verification', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a new administrator is held to set up TOTP, then signs in with a code', async () => {
    // An administrator of this test's own: the demo accounts stay as the other files expect.
    const token = await tokenOf(ADMIN);
    const email = `admin.mfa.${String(Date.now())}@caregraph.example`;
    const created = await gql<{ createUser: { temporaryPassword: string } }>(
      token,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { temporaryPassword } }',
      { i: { email, role: 'ADMIN', givenName: 'Alix', familyName: 'Second', locale: 'en' } },
    );
    const password = 'two factors for the new admin';
    const { page } = browser;

    // First sign-in: the temporary password is changed, then nothing opens but the set-up.
    await login(page, base, email, created.createUser.temporaryPassword);
    await arrive(page, '**/change-password');
    await fill(page, 'currentPassword', created.createUser.temporaryPassword);
    await fill(page, 'newPassword', password);
    await fill(page, 'confirm', password);
    await submit(page);
    await arrive(page, '**/mfa-setup');
    await page.goto(`${base}/app/users`);
    await arrive(page, '**/mfa-setup');
    await visible(page, '[data-testid="mfa-start"]').click();
    await visible(page, '[data-testid="mfa-qr"]').waitFor();
    await screen(page, 'mfa-01-setup-qr');

    // The key as typed into an app by hand, and a code the app would then show.
    const secret = (await visible(page, '[data-testid="mfa-secret"]').innerText()).replace(
      /\s/g,
      '',
    );
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await fill(page, 'code', '000000');
    await submit(page);
    await visible(page, '.cg-field.ion-invalid').waitFor();
    await fill(page, 'code', await freshCode(secret, server.totpStepsFile));
    await submit(page);
    const codes = visible(page, '[data-testid="recovery-codes"]');
    await codes.waitFor();
    expect(await codes.locator('li').count()).toBe(10);
    await screen(page, 'mfa-02-recovery-codes');
    await visible(page, '[data-testid="codes-done"]').click();
    await arrive(page, '**/app/home');

    // Signed out, the password alone is not enough: the code step asks for a code.
    await openTab(page, 'account');
    await arrive(page, '**/app/account');
    await visible(page, '[data-testid="mfa-account"]').waitFor();
    await visible(page, '[data-testid="logout"]').click();
    await arrive(page, '**/login');
    await login(page, base, email, password);
    await visible(page, '[data-testid="mfa-step"]').waitFor();
    await screen(page, 'mfa-03-code-step');
    await fill(page, 'code', '123456');
    await submit(page);
    await visible(page, '[data-testid="mfa-step"] [role="alert"]').waitFor();
    await fill(page, 'code', await freshCode(secret, server.totpStepsFile));
    await submit(page);
    await arrive(page, '**/app/home');

    // The administrators' screen of an enrolled account offers the reset (not pressed here: the
    // demo manager is used by other files).
    const managers = await gql<{ users: { nodes: { id: string; email: string }[] } }>(
      token,
      '{ users(role: MANAGER, first: 10) { nodes { id email } } }',
    );
    const manager = managers.users.nodes.find((u) => u.email === MANAGER);
    await page.goto(`${base}/app/users/${manager?.id ?? ''}`);
    await visible(page, '[data-testid="reset-mfa"]').waitFor();
    await screen(page, 'mfa-04-admin-user');
  });
});
