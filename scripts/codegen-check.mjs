#!/usr/bin/env node
// Fails when pwa/src/gql differs from what codegen.ts generates from schema/schema.graphql and
// the PWA's operations. Generates into a temporary copy of the repository's inputs, so the
// working tree is never touched, then compares file by file.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules so that codegen resolves its preset from the repository's packages.
const work = mkdtempSync(path.join(root, 'node_modules', '.cg-codegen-'));
const committed = path.join(root, 'pwa/src/gql');

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

let failed = false;
try {
  cpSync(path.join(root, 'schema'), path.join(work, 'schema'), { recursive: true });
  cpSync(path.join(root, 'codegen.ts'), path.join(work, 'codegen.ts'));
  cpSync(path.join(root, 'pwa/src'), path.join(work, 'pwa/src'), {
    recursive: true,
    filter: (src) => !src.startsWith(committed),
  });
  const cli = path.join(root, 'node_modules/.bin/graphql-codegen');
  execFileSync(cli, ['--config', 'codegen.ts', '--silent'], { cwd: work, stdio: 'inherit' });
  const fresh = path.join(work, 'pwa/src/gql');
  const expected = files(fresh);
  const actual = files(committed);
  const all = new Set([...expected, ...actual]);
  for (const file of all) {
    const a = path.join(committed, file);
    const b = path.join(fresh, file);
    if (!existsSync(a)) {
      console.error(`missing from pwa/src/gql: ${file}`);
      failed = true;
    } else if (!existsSync(b)) {
      console.error(`stale file in pwa/src/gql: ${file}`);
      failed = true;
    } else if (readFileSync(a, 'utf8') !== readFileSync(b, 'utf8')) {
      console.error(`out of date: pwa/src/gql/${file}`);
      failed = true;
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) {
  console.error('Generated GraphQL types drift from the schema: run `pnpm codegen` and commit.');
  process.exit(1);
}
console.log('pwa/src/gql is up to date with schema/schema.graphql.');
