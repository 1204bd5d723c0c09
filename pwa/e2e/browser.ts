import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
export const SCREENSHOTS = path.join(repoRoot, 'artifacts/screenshots');
export const FAILURES = path.join(repoRoot, 'artifacts/failures');

/** Browsers this test file has open, for the report of a failed test (`on-failure.ts`). */
const openContexts = new Set<BrowserContext>();

export const PHONE = { width: 390, height: 844 };
export const TABLET = { width: 1024, height: 768 };

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** The Chromium profile directory: reopen it with `openBrowser({ profile })`. */
  profile: string;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
  /** Closes the browser (the app is really closed) and keeps its profile to reopen it. */
  quit(): Promise<void>;
}

/** The server's "now": its clock starts at a fixed hour (see global-setup), and so do browsers. */
export function serverNow(): Date {
  return new Date(Date.now() + inject('server').clockShiftMs);
}

/**
 * A Chromium profile, in English unless told otherwise, its clock set to the server's: a fresh
 * one (no cookies, storage or service worker), or `profile` reopened as a quit browser left it,
 * with the network cut from the start when `offline`.
 */
export async function openBrowser({
  locale = 'en-US',
  profile,
  offline = false,
}: { locale?: string; profile?: string; offline?: boolean } = {}): Promise<Browser> {
  const dir = profile ?? mkdtempSync(path.join(tmpdir(), 'cg-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: PHONE,
    locale,
    offline,
  });
  await context.clock.install({ time: serverNow() });
  const page = context.pages()[0] ?? (await context.newPage());
  openContexts.add(context);
  context.on('close', () => openContexts.delete(context));
  return {
    context,
    page,
    profile: dir,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    async quit() {
      await context.close();
    },
  };
}

/** Settles within `ms`, whatever `work` does: a report must not hang on a stuck page. */
function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([work, new Promise<undefined>((r) => setTimeout(r, ms))]);
}

/**
 * What the open pages showed when test `name` failed: each page's address and the start of its
 * visible text in the log (CI keeps the log), and a screenshot under artifacts/failures. A
 * timeout says what was awaited; this says what was on the screen instead.
 */
export async function reportOpenPages(name: string) {
  mkdirSync(FAILURES, { recursive: true });
  const slug = name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 80);
  let n = 0;
  for (const context of openContexts) {
    for (const page of context.pages()) {
      n++;
      const text = await within(
        page.evaluate(() => document.body.innerText).catch((err: unknown) => String(err)),
        5_000,
      );
      const file = path.join(FAILURES, `${slug}-${String(n)}.png`);
      await within(
        page.screenshot({ path: file, fullPage: true }).catch(() => undefined),
        5_000,
      );
      console.error(
        `[failed: ${name}] page ${String(n)} at ${page.url()}\n` +
          `${(text ?? '(no answer)').replace(/\n{2,}/g, '\n').slice(0, 1500)}\n[screenshot: ${file}]`,
      );
    }
  }
}

/**
 * The visible copy of a locator: Ionic keeps the hidden pages of a stack in the DOM, and the
 * page that enters last is last in the DOM.
 */
export function visible(page: Page, selector: string) {
  return page.locator(`${selector}:visible`).last();
}

/** Waits for a route and for Ionic's page transition to finish. */
export async function arrive(page: Page, url: string | RegExp) {
  await page.waitForURL(url);
  await page.waitForTimeout(500);
}

export async function fill(page: Page, name: string, value: string) {
  await visible(page, `input[name="${name}"]`).fill(value);
}

export async function select(page: Page, name: string, value: string) {
  await visible(page, `select[name="${name}"]`).selectOption(value);
}

export async function submit(page: Page) {
  await visible(page, 'form :is(ion-button[type="submit"], button.cg-submit)').click();
}

/**
 * Waits until the screen is still: running transitions and animations that end (page pushes,
 * modals; not spinners) have ended, and two frames have been drawn since.
 */
async function settle(page: Page) {
  await page.evaluate(async () => {
    const ending = document
      .getAnimations()
      .filter(
        (a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime),
      );
    await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** Screenshots of the current screen at phone and tablet sizes, under artifacts/screenshots. */
export async function shoot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settle(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-phone.png`) });
  await page.setViewportSize(TABLET);
  await settle(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-tablet.png`) });
  await page.setViewportSize(PHONE);
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core on the current screen: no serious or critical violation. axe is put into the page
 * once per document (not before every check, as @axe-core/playwright does: 650 KB parsed each
 * time) and asked for violations only.
 */
export async function expectAccessible(page: Page, name: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(
      { exclude: ['.ion-page-hidden'] },
      { resultTypes: ['violations'] },
    );
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${name}: ${v.id} (${v.impact ?? ''}) ${v.targets.join(', ')}`)).toEqual(
    [],
  );
}

/** Screenshots and accessibility check of a screen, the two things every screen gets. */
export async function screen(page: Page, name: string) {
  await shoot(page, name);
  await expectAccessible(page, name);
}

/**
 * Signs in through the login page; `code` answers the second step of an account with two-step
 * verification (a fresh code of its authenticator).
 */
export async function login(
  page: Page,
  base: string,
  email: string,
  password: string,
  code?: () => Promise<string>,
) {
  await page.goto(`${base}/login`);
  await fill(page, 'email', email);
  await fill(page, 'password', password);
  await submit(page);
  if (code) {
    await visible(page, '[data-testid="mfa-step"]').waitFor();
    await fill(page, 'code', await code());
    await submit(page);
  }
}

/**
 * Opens a bottom tab. Right after sign-in the tab bar's elements may still be upgrading (they
 * load after the login screen), so a click that does not navigate is retried.
 */
export async function openTab(page: Page, name: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await visible(page, `ion-tab-button[tab="${name}"]`).click({ timeout: 10_000 });
      await page.waitForURL(`**/app/${name}`, { timeout: 5_000 });
      await page.waitForTimeout(500);
      return;
    } catch {
      // Not upgraded yet, or detached while re-rendering: try again.
    }
  }
  await visible(page, `ion-tab-button[tab="${name}"]`).click();
  await arrive(page, `**/app/${name}`);
}
