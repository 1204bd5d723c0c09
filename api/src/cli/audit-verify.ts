import { openDatabase } from '../app/database.js';
import { loadConfig } from '../kernel/config.js';
import { createLogger } from '../kernel/logger.js';
import { verifyAuditChain } from '../modules/audit/index.js';

/** Walks the audit chain; exits 1 and names the first broken row when it was tampered with. */
const config = loadConfig();
const db = await openDatabase(config, createLogger('warn'));
let code = 0;
try {
  const report = await verifyAuditChain(db.orm.em.fork());
  if (report.firstBroken) {
    console.error(
      `Audit chain BROKEN at event ${report.firstBroken.id}: ${report.firstBroken.reason} ` +
        `(${report.checked} events verified before it).`,
    );
    code = 1;
  } else console.log(`Audit chain intact: ${report.checked} events verified.`);
} finally {
  await db.close();
}
process.exit(code);
