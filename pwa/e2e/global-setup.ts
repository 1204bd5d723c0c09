import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const pwaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// CAREGRAPH_API_DIR runs the browser tests against another checkout of the API.
const apiDir = process.env.CAREGRAPH_API_DIR ?? path.resolve(pwaDir, '../api');
const dist = path.join(pwaDir, 'dist');

export interface E2EServer {
  url: string;
  /** The server's clock minus the real one, in ms: browsers and tests read the same hour. */
  clockShiftMs: number;
  /** Demo logins by email: role, password and, for ADMIN and MANAGER, the authenticator secret. */
  credentials: Record<string, { role: string; password: string; totpSecret?: string }>;
  /** Where the tests note the TOTP steps they spent (`totp.ts`), shared by every file. */
  totpStepsFile: string;
  /** Where the server writes its mails as `.eml` files (no SMTP server in the tests). */
  mailDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    server: E2EServer;
  }
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

async function waitReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited early:\n${log()}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`API not ready in time:\n${log()}`);
}

/**
 * 10:00 in Paris on today's Paris date. The browser tests run against a server whose clock
 * starts there, whatever the hour they actually run at: "40 minutes from now" is always the
 * same day and inside the working day.
 */
export function hospitalMorning(real: Date): Date {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(real);
  const hourIn = (d: Date) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(d);
  // Paris is UTC+1 in winter and UTC+2 in summer: the offset that reads 10 o'clock is the one.
  const candidates = ['+01:00', '+02:00'].map((o) => new Date(`${date}T10:00:00${o}`));
  return candidates.find((d) => hourIn(d) === '10') ?? candidates[0]!;
}

let child: ChildProcess | undefined;

function running(c: ChildProcess): boolean {
  return c.exitCode === null && c.signalCode === null;
}
let dataDir: string | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync(path.join(dist, 'index.html'))) {
    const build = spawnSync('pnpm', ['build'], { cwd: pwaDir, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('PWA build failed');
  }
  dataDir = mkdtempSync(path.join(tmpdir(), 'cg-e2e-'));
  const [port, pgPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  // E2E_CLOCK_LATER_MINUTES starts the clock later in the morning, to replay a run that reached a
  // test later in the day (the whole suite takes half an hour).
  const clockStart = new Date(
    hospitalMorning(new Date()).getTime() +
      Number(process.env.E2E_CLOCK_LATER_MINUTES ?? 0) * 60_000,
  );
  const clockShiftMs = clockStart.getTime() - Date.now();
  child = spawn(process.execPath, ['--import', '@oxc-node/core/register', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
      PWA_DIST: dist,
      LOGIN_RATE_PER_IP: '100000',
      REGISTER_RATE_PER_IP: '1000',
      PASSWORD_RESET_RATE_PER_IP: '1000',
      PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
      CLOCK_START: clockStart.toISOString(),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server's warnings and errors (no patient data: the logger redacts) are kept for CI: a
  // test that saw "Something went wrong (reference …)" finds that reference here.
  mkdirSync(path.join(pwaDir, '..', 'artifacts'), { recursive: true });
  const serverLog = createWriteStream(path.join(pwaDir, '..', 'artifacts', 'e2e-server.log'));
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    serverLog.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await waitReady(url, child, () => output);

  const credentials: E2EServer['credentials'] = {};
  const lines = readFileSync(path.join(dataDir, 'demo-credentials.txt'), 'utf8').split('\n');
  for (const line of lines) {
    const m = /^([A-Z_]+)\s+(\S+@\S+)\s+(\S+)(?:\s+totp=([A-Z2-7]+))?$/.exec(line.trim());
    if (m?.[1] && m[2] && m[3]) {
      credentials[m[2]] = { role: m[1], password: m[3], ...(m[4] ? { totpSecret: m[4] } : {}) };
    }
  }
  project.provide('server', {
    url,
    clockShiftMs,
    credentials,
    totpStepsFile: path.join(dataDir, 'e2e-totp-steps.json'),
    mailDir: path.join(dataDir, 'mail'),
  });

  return async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (running(child)) child.kill('SIGKILL');
      child.stdout?.destroy();
      child.stderr?.destroy();
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
