#!/usr/bin/env node
// PWA bench: builds the PWA, reports the gzip size of the JavaScript the first screen (login)
// needs, then starts the API serving the build and runs Lighthouse (mobile profile) on /login
// with Debian's Chromium. `node bench/pwa/run.mjs [--no-build]`; figures go to bench/results/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstScreenJs } from './first-screen.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pwa = path.join(root, 'pwa');
const dist = path.join(pwa, 'dist');
const apiDir = process.env.CAREGRAPH_API_DIR ?? path.join(root, 'api');
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
const require = createRequire(path.join(pwa, 'package.json'));

function freePort() {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('pnpm', ['--filter', '@caregraph/pwa', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
}

const js = firstScreenJs(dist);
console.log(
  `first-screen JS: ${(js.gzipBytes / 1024).toFixed(1)} KB gzip in ${js.files.length} files`,
);

const dataDir = mkdtempSync(path.join(tmpdir(), 'cg-bench-pwa-'));
const port = await freePort();
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
    LOG_LEVEL: 'warn',
  },
  stdio: 'ignore',
});
const url = `http://127.0.0.1:${port}`;
let scores;
try {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const { launch } = require('chrome-launcher');
  const lighthouse = (await import(require.resolve('lighthouse'))).default;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh browser per run, as Lighthouse advises: no cache or service worker carried over.
    const chrome = await launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      const result = await lighthouse(`${url}/login`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        formFactor: 'mobile',
      });
      const c = result.lhr.categories;
      const a = result.lhr.audits;
      const run = {
        performance: Math.round(c.performance.score * 100),
        accessibility: Math.round(c.accessibility.score * 100),
        bestPractices: Math.round(c['best-practices'].score * 100),
        fcpMs: Math.round(a['first-contentful-paint'].numericValue),
        lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
        speedIndexMs: Math.round(a['speed-index'].numericValue),
        tbtMs: Math.round(a['total-blocking-time'].numericValue),
        cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
      };
      console.log(`run ${i + 1}/${RUNS}: ${JSON.stringify(run)}`);
      if (process.env.LH_DEBUG) {
        for (const id of ['mainthread-work-breakdown', 'bootup-time', 'long-tasks']) {
          console.log(id, JSON.stringify(a[id].details?.items?.slice(0, 12)));
        }
      }
      runs.push(run);
    } finally {
      await chrome.kill();
    }
  }
  // Each figure's own median (Lighthouse's advice: compare medians of several runs).
  scores = Object.fromEntries(
    Object.keys(runs[0]).map((k) => {
      const sorted = runs.map((r) => r[k]).sort((x, y) => x - y);
      return [k, sorted[Math.floor(sorted.length / 2)]];
    }),
  );
  scores.runs = runs.length;
  scores.performanceRange = [
    runs.map((r) => r.performance).sort((x, y) => x - y)[0],
    Math.max(...runs.map((r) => r.performance)),
  ];
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  rmSync(dataDir, { recursive: true, force: true });
}

const report = {
  at: new Date().toISOString(),
  firstScreenJsGzipKB: Number((js.gzipBytes / 1024).toFixed(1)),
  firstScreenJsRawKB: Number((js.rawBytes / 1024).toFixed(1)),
  lighthouseMobile: scores,
};
console.log(JSON.stringify(report, null, 2));
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/pwa.json'), JSON.stringify(report, null, 2));
