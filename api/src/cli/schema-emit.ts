import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printAppSchema } from '../app/schema.js';
import { repoRoot } from '../kernel/config.js';

/** Writes `schema/schema.graphql` from the code, or with `--check` fails when it drifted. */
const file = path.join(repoRoot, 'schema', 'schema.graphql');
const sdl = printAppSchema(await buildAppSchema());
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // Missing file counts as drift.
  }
  if (committed !== sdl) {
    console.error('schema/schema.graphql is out of date: run `pnpm schema:emit`.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date.');
} else {
  writeFileSync(file, sdl);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}
