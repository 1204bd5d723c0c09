import { parseArgs } from 'node:util';
import { migrate, openDatabase } from '../app/database.js';
import { createAdministrator } from '../app/seed/seed.js';
import { systemClock } from '../kernel/clock.js';
import { loadConfig } from '../kernel/config.js';
import { createLogger } from '../kernel/logger.js';
import { passwordProblem } from '../modules/auth/index.js';

/**
 * Creates an administrator for a production install:
 *   pnpm admin:create --email it@hospital.org --given-name Ada --family-name Lovelace
 * The password is generated and printed once here; it must be changed at first sign-in.
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    'given-name': { type: 'string', default: 'Admin' },
    'family-name': { type: 'string', default: 'CareGraph' },
  },
});
if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
  console.error('usage: pnpm admin:create --email <email> [--given-name X] [--family-name Y]');
  process.exit(2);
}
const config = loadConfig();
const db = await openDatabase(config, createLogger('warn'));
try {
  await migrate(db.orm);
  const { user, password } = await createAdministrator(
    db.orm.em.fork(),
    {
      email: values.email,
      givenName: values['given-name'],
      familyName: values['family-name'],
    },
    systemClock.now(),
  );
  if (passwordProblem(password)) throw new Error('generated password failed the policy');
  console.log(`Administrator ${user.email} created.`);
  console.log(`One-time password (change it at first sign-in): ${password}`);
} catch (err) {
  const msg = err instanceof Error ? err.message : String(err);
  console.error(/unique/i.test(msg) ? 'An account with this email already exists.' : msg);
  process.exitCode = 1;
} finally {
  await db.close();
}
