// Runs on whatever Node the machine has (20 included): makes sure Node 24 and the pinned pnpm
// are there, re-running the calling script under Node 24 when needed, and installs dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.9';
const prefix = path.join(homedir(), '.cache', 'node24');
const bin = path.join(prefix, 'bin');

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function output(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: root });
  return r.status === 0 ? r.stdout.trim() : '';
}

/** Re-executes the current script under Node 24 when this Node is older. */
export function ensureNode24() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 24) {
    process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
    return;
  }
  if (!existsSync(path.join(bin, 'node'))) {
    console.log(
      `Node ${process.versions.node} is too old: installing Node 24 and pnpm into ${prefix}`,
    );
    const code = run('npm', ['i', '-g', '--prefix', prefix, 'node@24', `pnpm@${PNPM_VERSION}`]);
    if (code !== 0) process.exit(code);
  }
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
  const code = run(path.join(bin, 'node'), process.argv.slice(1), { env });
  process.exit(code);
}

/** Puts the pinned pnpm on PATH. */
export function ensurePnpm() {
  if (output('pnpm', ['--version']) === PNPM_VERSION) return;
  const code = run('npm', ['i', '-g', '--prefix', prefix, `pnpm@${PNPM_VERSION}`]);
  if (code !== 0) process.exit(code);
  process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const marker = path.join(root, 'node_modules', '.modules.yaml');
  const lock = path.join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  const code = run('pnpm', ['install', '--frozen-lockfile']);
  if (code !== 0) process.exit(code);
}

export function bootstrap() {
  ensureNode24();
  ensurePnpm();
  ensureInstalled();
}
