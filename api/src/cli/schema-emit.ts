import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { capabilitiesOf } from '../app/capabilities.js';
import { buildAppSchema, printAppSchema } from '../app/schema.js';
import { ALL_ROLES, Role } from '../kernel/auth/roles.js';
import { systemClock } from '../kernel/clock.js';
import { loadConfig, repoRoot } from '../kernel/config.js';

/**
 * Writes the API's contract for the PWA from the code: `schema/schema.graphql`, and
 * `schema/capabilities.json` (what each role may do, asked of the rules), so the PWA's tests
 * check its tabs and screens against the real grants. With `--check` it fails when either drifted.
 */
const config = loadConfig({ ...process.env, NODE_ENV: 'development' });
const grants = Object.fromEntries(
  ALL_ROLES.map((role) => [
    role,
    capabilitiesOf(
      { userId: 'x', role, patientId: role === Role.PATIENT ? 'x' : null },
      { clock: systemClock, config },
    ),
  ]),
);
const outputs = [
  {
    file: path.join(repoRoot, 'schema', 'schema.graphql'),
    text: printAppSchema(await buildAppSchema()),
  },
  {
    file: path.join(repoRoot, 'schema', 'capabilities.json'),
    text: `${JSON.stringify(grants, null, 2)}\n`,
  },
];
for (const { file, text } of outputs) {
  const name = path.relative(repoRoot, file);
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // Missing file counts as drift.
    }
    if (committed !== text) {
      console.error(`${name} is out of date: run \`pnpm schema:emit\`.`);
      process.exit(1);
    }
    console.log(`${name} is up to date.`);
  } else {
    writeFileSync(file, text);
    console.log(`Wrote ${name}`);
  }
}
