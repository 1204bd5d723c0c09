import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import path from 'node:path';
import type { Clock } from '../kernel/clock.js';
import type { AppConfig } from '../kernel/config.js';
import type { Logger } from '../kernel/logger.js';
import { User } from '../modules/auth/index.js';
import {
  createAdministrator,
  credentialText,
  seedDemo,
  writeCredentialsFile,
} from './seed/seed.js';
import { writeFileSync } from 'node:fs';

/**
 * On a database with no account: the demo hospital when demo data is on (the embedded default),
 * otherwise a first administrator (R9) with a random password written to a file only the
 * operator can read — never a fixed password, never in the logs.
 */
export async function ensureFirstUsers(
  orm: MikroORM,
  config: AppConfig,
  clock: Clock,
  log: Logger,
) {
  // Instances starting together on an empty database take turns here: one creates the first
  // users, the others then find them.
  await orm.em.fork().transactional(async (em) => {
    await em.execute("select pg_advisory_xact_lock(hashtext('caregraph:first-users'))");
    if ((await em.count(User, {})) > 0) return;
    await createFirstUsers(em, config, clock, log);
  });
}

async function createFirstUsers(
  em: EntityManager,
  config: AppConfig,
  clock: Clock,
  log: Logger,
): Promise<void> {
  if (config.demoSeed) {
    const creds = await seedDemo(em, clock.now(), config.timeZone, config.jwtSecret);
    const file = writeCredentialsFile(config.dataDir, creds);
    log.info({ file, accounts: creds.length }, 'demo hospital loaded');
    // The demo logins are meant to be seen by the person who just started the demo.
    process.stdout.write(
      [
        '',
        'CareGraph demo logins (also in ' + path.relative(process.cwd(), file) + '):',
        '  (ADMIN and MANAGER: add the totp= secret to an authenticator app for the sign-in code)',
        ...creds.map((c) => `  ${c.role.padEnd(15)} ${c.email.padEnd(38)} ${credentialText(c)}`),
        '',
      ].join('\n') + '\n',
    );
    return;
  }
  const { password } = await createAdministrator(
    em,
    { email: 'admin@caregraph.local', givenName: 'Admin', familyName: 'CareGraph' },
    clock.now(),
  );
  const file = path.join(config.dataDir, 'initial-admin.txt');
  writeFileSync(file, `admin@caregraph.local ${password}\n`, { mode: 0o600 });
  log.warn({ file }, 'first administrator created; its one-time password is in this file');
}
