import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { arrive, fill, login, openBrowser, screen, submit, visible, type Browser } from './browser';
import { demoHospital } from './demo';

const server = inject('server');
const hospital = demoHospital();

/** The decoded text of an RFC 822 message as the API writes it (7bit or quoted-printable). */
function textOf(eml: string): string {
  const [head = '', ...rest] = eml.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const latin = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(latin, 'latin1').toString('utf8');
  }
  if (/content-transfer-encoding:\s*base64/i.test(head)) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return body;
}

/** Waits for the `.eml` of `kind` sent to `to` and returns the link to `page` it carries. */
async function mailedLink(to: string, kind: string, page: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      () => {
        let files: string[];
        try {
          files = readdirSync(server.mailDir)
            .filter((f) => f.includes(kind))
            .sort()
            .reverse();
        } catch {
          return false;
        }
        for (const f of files) {
          const eml = readFileSync(path.join(server.mailDir, f), 'utf8');
          if (!new RegExp(`^To: ${to.replace(/[.+]/g, '\\$&')}$`, 'm').test(eml)) continue;
          const m = new RegExp(`(https?://[^\\s]+/${page}\\?token=[A-Za-z0-9_-]+)`).exec(
            textOf(eml),
          );
          if (m?.[1]) {
            found = m[1];
            return true;
          }
        }
        return false;
      },
      { timeout: 90_000, interval: 500 },
    )
    .toBe(true);
  return found ?? '';
}

describe('Mail', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a patient resets a forgotten password from the mailed link, confirms the address, and the admin sees both mails', async () => {
    const { page } = browser;
    const email = `oubli.${String(Date.now())}@test.example`;
    await hospital.gql(
      null,
      'mutation($i: RegisterPatientInput!) { registerPatient(input: $i) { accessToken } }',
      {
        i: {
          givenNames: 'Maxime',
          familyName: 'Oublieux',
          birthDate: '1988-08-08',
          sex: 'MALE',
          phone: '+33 6 12 12 12 12',
          email,
          password: 'first passphrase of maxime',
          locale: 'en',
        },
      },
    );

    // Unconfirmed, the patient signs in; the home asks to confirm the address.
    await login(page, hospital.base, email, 'first passphrase of maxime');
    await arrive(page, '**/app/home');
    await visible(page, '[data-testid="verify-banner"]').waitFor();
    await screen(page, 'mail-00-verify-banner');
    await browser.context.clearCookies();

    // Forgot password: link on the login screen, the request form, the same confirmation always.
    await page.goto(`${hospital.base}/login`);
    await visible(page, '[data-testid="forgot-password"]').click();
    await arrive(page, '**/forgot-password');
    await fill(page, 'email', email);
    await screen(page, 'mail-01-forgot-password');
    await submit(page);
    await visible(page, '[data-testid="reset-requested"]').waitFor();
    await screen(page, 'mail-02-reset-requested');

    // The mail, as the embedded installation writes it: an .eml file under the data directory.
    const resetLink = await mailedLink(email, 'password_reset', 'reset-password');
    await page.goto(resetLink);
    await fill(page, 'newPassword', 'second passphrase of maxime');
    await fill(page, 'confirm', 'second passphrase of maxime');
    await screen(page, 'mail-03-reset-password');
    await submit(page);
    await visible(page, '[data-testid="reset-sign-in"]').waitFor();
    await screen(page, 'mail-04-reset-done');

    // The link works once.
    await page.goto(resetLink);
    await fill(page, 'newPassword', 'third passphrase of maxime');
    await fill(page, 'confirm', 'third passphrase of maxime');
    await submit(page);
    await visible(page, '[data-testid="reset-refused"][data-reason="TOKEN_USED"]').waitFor();

    // Signed in with the new password: no banner, since reaching the reset mail proved the address.
    await login(page, hospital.base, email, 'second passphrase of maxime');
    await arrive(page, '**/app/home');
    await visible(page, '[data-testid="home"]').waitFor();
    expect(await page.locator('[data-testid="verify-banner"]').count()).toBe(0);

    // Confirming from the registration mail is harmless and says so.
    const verifyLink = await mailedLink(email, 'email_verification', 'verify-email');
    await page.goto(verifyLink);
    await visible(page, '[data-testid="email-verified"]').waitFor();
    await screen(page, 'mail-05-email-verified');

    // Reminders: the patient's switch in My account.
    await page.goto(`${hospital.base}/app/account`);
    await visible(page, '[data-testid="reminders-toggle"]').waitFor();
    await screen(page, 'mail-06-account-reminders');

    // The administrator's outbox lists both mails, the tokens hidden.
    // Signed out by losing the refresh cookie: the reload finds no session.
    await browser.context.clearCookies();
    const admin = 'admin@caregraph.example';
    await login(page, hospital.base, admin, hospital.passwordOf(admin), hospital.codeOf(admin));
    await arrive(page, '**/app/home');
    await page.goto(`${hospital.base}/app/mail`);
    const item = visible(page, `[data-testid="mail-item"]:has-text("${email}")`);
    await item.waitFor();
    await item.locator('ion-button').first().click();
    const text = await visible(page, '[data-testid="mail-text"]').innerText();
    expect(text).toContain('[…]');
    expect(text).not.toMatch(/token=[A-Za-z0-9_-]{20,}/);
    await screen(page, 'mail-07-admin-outbox');
  });
});
