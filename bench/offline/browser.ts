/**
 * `pnpm bench:offline:browser`: opening the app offline in Chromium with 4× CPU throttling
 * (issue 13). The API serves the built PWA (`pwa/dist`; build it first: `cd pwa && pnpm build`)
 * over a fresh demo hospital, as the browser tests' global setup starts it. A doctor signs in,
 * takes the pack with a 6-digit code, and the app is closed (context closed, profile kept). Then,
 * --runs times (default 5), the profile is reopened with the network cut (`setOffline(true)`)
 * and the CPU throttled 4× (CDP `Emulation.setCPUThrottlingRate`) before the app is opened:
 *
 * - (a) navigation → unlock form painted;
 * - (b) unlock submitted → the round list's rows painted;
 * - (c) the sum; plus Chromium's own start (launch of the browser process, outside the app) and
 *   the time WebCrypto spends deriving the key (PBKDF2: not slowed by CPU throttling) and
 *   decrypting, read by wrapping `crypto.subtle` in the page.
 *
 * Times are taken in the page (`performance.now()`, in a requestAnimationFrame loop: the frame in
 * which the element is first laid out and visible). Medians printed; raw runs in
 * bench/results/offline-browser.json. Runs with Node's type stripping (`node bench/offline/browser.ts`);
 * playwright-core is the PWA's (Debian's Chromium, CHROMIUM_PATH to change it).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '../../pwa/node_modules/playwright-core/index.js';

type Playwright = typeof import('../../pwa/node_modules/playwright-core/index.js');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// CAREGRAPH_PWA_DIST / CAREGRAPH_API_DIR: another build and API checkout (e.g. a commit's).
const dist = process.env.CAREGRAPH_PWA_DIST ?? path.join(root, 'pwa/dist');
const apiDir = process.env.CAREGRAPH_API_DIR ?? path.join(root, 'api');
const { chromium } = createRequire(path.join(root, 'pwa/package.json'))(
  'playwright-core',
) as Playwright;

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? String(process.argv[i + 1]) : fallback;
}
const RUNS = Number(flag('runs', '5'));
const RATE = Number(flag('throttle', '4'));
const DOCTOR = flag('doctor', 'doctor.paediatrics@caregraph.example');
const ROUND = Number(flag('round', '25'));
/** `--profile FILE`: a CPU profile of (b) in the first run (Chrome's .cpuprofile format). */
const PROFILE = flag('profile', '');
/** `--trace FILE`: a performance trace of (b) in the first run (DevTools' timeline events). */
const TRACE = flag('trace', '');
/**
 * `--type-ms N`: the unlock code typed a digit every N ms, as a hand does (0: filled at once, as
 * the figures before 2026-12-04 were taken).
 */
const TYPE_MS = Number(flag('type-ms', '0'));
const CODE = '482913';
const PHONE = { width: 390, height: 844 };

if (!existsSync(path.join(dist, 'index.html'))) {
  throw new Error('build the PWA first: cd pwa && pnpm build');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => {
        resolve(port);
      });
    });
  });
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const r1 = (x: number) => +x.toFixed(1);

// ---- The API over a fresh demo hospital, serving the build --------------------------------------

const dataDir = mkdtempSync(path.join(tmpdir(), 'cg-bench-offline-browser-'));
const profile = mkdtempSync(path.join(tmpdir(), 'cg-bench-offline-chromium-'));
const port = await freePort();
let output = '';
const api = spawn(process.execPath, ['--import', '@oxc-node/core/register', 'src/main.ts'], {
  cwd: apiDir,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: String(await freePort()),
    DATA_DIR: dataDir,
    PWA_DIST: dist,
    LOGIN_RATE_PER_IP: '100000',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const collect = (chunk: Buffer) => {
  output = (output + chunk.toString()).slice(-20_000);
};
api.stdout.on('data', collect);
api.stderr.on('data', collect);
const base = `http://127.0.0.1:${String(port)}`;

async function stopApi() {
  if (api.exitCode === null) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    const stopped = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((r) =>
        setTimeout(() => {
          r(false);
        }, 15_000),
      ),
    ]);
    if (!stopped) api.kill('SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}

/** What the page records: set up before any script of the app runs. */
function instrument() {
  interface Marks {
    unlockPainted?: number;
    submitted?: number;
    listPainted?: number;
    rows?: number;
    derive: { start: number; ms: number }[];
    decrypt: { start: number; ms: number }[];
  }
  const w = window as unknown as { __marks: Marks };
  const marks: Marks = { derive: [], decrypt: [] };
  w.__marks = marks;
  const shown = (el: Element) => el.getClientRects().length > 0 && !el.closest('.ion-page-hidden');
  const tick = () => {
    if (marks.unlockPainted === undefined) {
      const form = document.querySelector('[data-testid="offline-unlock"] form');
      if (form && shown(form)) marks.unlockPainted = performance.now();
    }
    if (marks.submitted !== undefined && marks.listPainted === undefined) {
      const rows = [...document.querySelectorAll('[data-testid="inpatient"]')].filter(shown);
      if (rows.length > 0) {
        marks.listPainted = performance.now();
        marks.rows = rows.length;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener(
    'click',
    (e) => {
      const t = e.target as Element | null;
      if (marks.submitted === undefined && t?.closest('[data-testid="unlock"]')) {
        marks.submitted = performance.now();
      }
    },
    true,
  );
  // WebCrypto's part, told apart: key derivation (PBKDF2) and decryption (AES-GCM).
  const subtle = SubtleCrypto.prototype as unknown as Record<
    string,
    (...args: unknown[]) => Promise<unknown>
  >;
  for (const [name, list] of [
    ['deriveKey', marks.derive],
    ['deriveBits', marks.derive],
    ['decrypt', marks.decrypt],
  ] as const) {
    const original = subtle[name];
    if (!original) continue;
    subtle[name] = async function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        list.push({ start, ms: performance.now() - start });
      }
    };
  }
}

async function launch(offline: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
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
    locale: 'fr-FR',
  });
  if (offline) await context.setOffline(true);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}
const began = performance.now();
/** Progress on stderr: what the bench is doing, seconds since it started. */
function step(what: string) {
  process.stderr.write(`[${((performance.now() - began) / 1000).toFixed(1)} s] ${what}\n`);
}
const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`).last();

try {
  step(`API starting on ${base}`);
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`API exited early:\n${output}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`API not ready in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  step('API ready (demo hospital seeded)');
  const credentials = readFileSync(path.join(dataDir, 'demo-credentials.txt'), 'utf8');
  const password = credentials
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((f) => f[1] === DOCTOR)?.[2];
  if (!password) throw new Error(`no demo login for ${DOCTOR}`);

  // The demo doctor's round is their ward (10 children): the doctor joins the care team of
  // inpatients of the other wards until the round holds --round patients, as the server bench's.
  async function gql<T>(token: string | null, query: string, variables: object = {}) {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  }
  const token = (
    await gql<{ login: { accessToken: string } }>(
      null,
      'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: { email: DOCTOR, password } },
    )
  ).login.accessToken;
  const me = (await gql<{ me: { id: string } }>(token, '{ me { id } }')).me.id;
  const roundSize = async () =>
    (await gql<{ myRound: unknown[] }>(token, '{ myRound { admissionId } }')).myRound.length;
  let size = await roundSize();
  const { wards } = await gql<{ wards: { id: string }[] }>(token, '{ wards { id } }');
  for (const ward of wards) {
    if (size >= ROUND) break;
    type Occupant = { admissionId: string; attendingUserId: string } | null;
    const board = await gql<{ bedBoard: { beds: { occupant: Occupant }[] } }>(
      token,
      'query($w: ID!) { bedBoard(wardId: $w) { beds { occupant { admissionId attendingUserId } } } }',
      { w: ward.id },
    );
    for (const { occupant } of board.bedBoard.beds) {
      if (size >= ROUND) break;
      if (!occupant || occupant.attendingUserId === me) continue;
      const { admission } = await gql<{ admission: { careTeam: { userId: string }[] } }>(
        token,
        'query($id: ID!) { admission(id: $id) { careTeam { userId } } }',
        { id: occupant.admissionId },
      );
      const team = admission.careTeam.map((m) => m.userId);
      if (team.includes(me)) continue;
      await gql(token, 'mutation($i: SetCareTeamInput!) { setCareTeam(input: $i) { id } }', {
        i: { admissionId: occupant.admissionId, doctorUserIds: [...team, me] },
      });
      size++;
    }
  }
  size = await roundSize();
  step(`${DOCTOR}: ${String(size)} inpatients on the round`);

  // ---- Online, once: sign in, take the pack, close the app ----------------------------------
  {
    const { context, page } = await launch(false);
    page.on('pageerror', (e) => {
      step(`page error: ${e.message}`);
    });
    await page.goto(`${base}/login`);

    await visible(page, 'input[name="email"]').fill(DOCTOR);
    await visible(page, 'input[name="password"]').fill(password);
    await visible(page, 'form button.cg-submit').click();
    await page.waitForURL('**/app/home');
    await visible(page, '[data-testid="home"]').waitFor();
    step('signed in');
    await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise((r) => setTimeout(r, 30_000)),
      ]),
    );
    for (let i = 0; i < 100; i++) {
      if (await page.evaluate(() => !!navigator.serviceWorker.controller)) break;
      await page.waitForTimeout(100);
    }
    step(
      `service worker in control: ${String(await page.evaluate(() => !!navigator.serviceWorker.controller))}`,
    );
    await visible(page, 'a.cg-shortcut[href="/app/my-round"]').click();
    await page.waitForURL('**/app/my-round');
    await visible(page, '[data-testid="offline-offer"]').waitFor();
    await visible(page, '[data-testid="inpatient"]').waitFor();
    await visible(page, 'input[name="offline-code"]').fill(CODE);
    await visible(page, 'input[name="offline-code-confirm"]').fill(CODE);
    await visible(page, '[data-testid="offline-take"]').click();
    const ready = visible(page, '[data-testid="pack-freshness"]');
    const failed = visible(page, '[data-testid="offline-offer"] .cg-notice');
    await ready.or(failed).waitFor({ timeout: 60_000 });
    if (await failed.isVisible()) throw new Error(`not taken: ${await failed.innerText()}`);
    const rowsOnline = await page.locator('[data-testid="inpatient"]:visible').count();
    step(`pack taken online; ${String(rowsOnline)} patients on the round`);
    await context.close();
  }

  // ---- Offline, --runs times: reopen, unlock, round list ------------------------------------
  interface Run {
    run: number;
    loadavg: number[];
    chromiumLaunchMs: number;
    toUnlockMs: number;
    unlockToListMs: number;
    totalMs: number;
    deriveMs: number;
    decryptMs: number;
    rows: number;
    throttledLoopMs: number;
    plainLoopMs: number;
    banner: string;
  }
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    const loadavg = os.loadavg().map((x) => +x.toFixed(2));
    const t0 = performance.now();
    const { context, page } = await launch(true);
    const launchMs = performance.now() - t0;
    await context.addInitScript(instrument);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.goto(`${base}/app/home`);
    await visible(page, '[data-testid="offline-unlock"] form').waitFor();
    // Throttling in force on the app's page: the same loop, throttled and not.
    const loopMs = () =>
      page.evaluate(() => {
        const t = performance.now();
        let x = 0;
        for (let i = 0; i < 5_000_000; i++) x = (x + i * 7) % 1_000_003;
        return performance.now() - t + x * 0;
      });
    const throttledLoop = await loopMs();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const plainLoop = await loopMs();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    if (TYPE_MS > 0) {
      await visible(page, 'input[name="unlock-code"]').pressSequentially(CODE, { delay: TYPE_MS });
    } else {
      await visible(page, 'input[name="unlock-code"]').fill(CODE);
    }
    const profiling = PROFILE !== '' && run === 0;
    const tracing = TRACE !== '' && run === 0;
    const traceEvents: unknown[] = [];
    if (tracing) {
      cdp.on('Tracing.dataCollected', (data: { value: unknown[] }) => {
        traceEvents.push(...data.value);
      });
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,v8,v8.execute,blink,disabled-by-default-devtools.timeline',
        transferMode: 'ReportEvents',
      });
    }
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await visible(page, '[data-testid="unlock"]').click();
    await page.waitForURL('**/app/my-round');
    await visible(page, '[data-testid="inpatient"]').waitFor();
    await page.waitForFunction(
      () =>
        (window as unknown as { __marks: { listPainted?: number } }).__marks.listPainted !==
        undefined,
    );
    if (profiling) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
      writeFileSync(PROFILE, JSON.stringify(profile));
      step(`CPU profile of (b) written to ${PROFILE}`);
    }
    if (tracing) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      writeFileSync(TRACE, JSON.stringify({ traceEvents }));
      step(`trace of (b) written to ${TRACE}`);
    }
    const m = await page.evaluate(
      () =>
        (
          window as unknown as {
            __marks: {
              unlockPainted: number;
              submitted: number;
              listPainted: number;
              rows: number;
              derive: { start: number; ms: number }[];
              decrypt: { start: number; ms: number }[];
            };
          }
        ).__marks,
    );
    const banner = await visible(page, '[data-testid="offline-banner"]').innerText();
    // After the submit: the derivation that unlocks, and the decryptions that follow.
    const derive = m.derive.filter((d) => d.start >= m.submitted).reduce((s, d) => s + d.ms, 0);
    const decrypt = m.decrypt.filter((d) => d.start >= m.submitted).reduce((s, d) => s + d.ms, 0);
    const r: Run = {
      run: run + 1,
      loadavg,
      chromiumLaunchMs: r1(launchMs),
      toUnlockMs: r1(m.unlockPainted),
      unlockToListMs: r1(m.listPainted - m.submitted),
      totalMs: r1(m.unlockPainted + m.listPainted - m.submitted),
      deriveMs: r1(derive),
      decryptMs: r1(decrypt),
      rows: m.rows,
      throttledLoopMs: r1(throttledLoop),
      plainLoopMs: r1(plainLoop),
      banner,
    };
    step(JSON.stringify(r));
    runs.push(r);
    await context.close();
  }

  const pick = (k: keyof Run) => r1(median(runs.map((x) => Number(x[k]))));
  const summary = {
    at: new Date().toISOString(),
    runs: runs.length,
    cpuThrottlingRate: RATE,
    typeMsPerDigit: TYPE_MS,
    doctor: DOCTOR,
    roundPatients: size,
    medians: {
      chromiumLaunchMs: pick('chromiumLaunchMs'),
      toUnlockMs: pick('toUnlockMs'),
      unlockToListMs: pick('unlockToListMs'),
      totalMs: pick('totalMs'),
      deriveMs: pick('deriveMs'),
      decryptMs: pick('decryptMs'),
      throttledLoopMs: pick('throttledLoopMs'),
      plainLoopMs: pick('plainLoopMs'),
    },
    loadavg: os.loadavg().map((x) => +x.toFixed(2)),
  };
  console.log(JSON.stringify(summary, null, 2));
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(root, 'bench/results/offline-browser.json'),
    `${JSON.stringify({ ...summary, raw: runs }, null, 2)}\n`,
  );
} finally {
  await stopApi();
}
