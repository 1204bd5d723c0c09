// `npm start`: the whole system on one port. Builds the API and the PWA when their sources are
// newer than the build, then runs the API in production mode (embedded PostgreSQL unless
// DATABASE_URL is set; migrations and, on an empty database, the demo hospital at start-up).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { bootstrap, root, run } from './bootstrap.mjs';

bootstrap();

function newest(target) {
  if (!existsSync(target)) return 0;
  if (!statSync(target).isDirectory()) return statSync(target).mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(target, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function stale(sources, output) {
  const out = path.join(root, output);
  return (
    !existsSync(out) || sources.some((s) => newest(path.join(root, s)) > statSync(out).mtimeMs)
  );
}

if (stale(['api/src'], 'api/dist/main.js')) {
  console.log('Building the API...');
  if (run('pnpm', ['--filter', '@caregraph/api', 'build']) !== 0) process.exit(1);
}
if (stale(['pwa/src', 'pwa/public', 'pwa/index.html'], 'pwa/dist/index.html')) {
  console.log('Building the PWA...');
  if (run('pnpm', ['--filter', '@caregraph/pwa', 'build']) !== 0) process.exit(1);
}

const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' };
// Not spawnSync: blocked in it, this script would die of a SIGTERM at once and leave the server
// running on without it. Passed on, the signal lets the server drain and stop its PostgreSQL.
// The server prints its own start-up errors, one line each: only its exit code is passed back.
const server = spawn(process.execPath, ['api/dist/main.js'], { stdio: 'inherit', cwd: root, env });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    server.kill(signal);
  });
}
server.on('exit', (code) => {
  process.exit(code ?? 1);
});
