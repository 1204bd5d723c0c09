import { openDatabase } from '../app/database.js';
import { loadConfig } from '../kernel/config.js';
import { createLogger } from '../kernel/logger.js';
import { verifyAuditTrail } from '../modules/audit/index.js';

/** The sealing job runs every minute: rows left unsealed much longer mean it is not running. */
const SEALING_LATE_MS = 10 * 60_000;

/**
 * Verifies the audit trail's blocks and rows; exits 1 and names the first altered row (or block)
 * when it was tampered with. Rows not sealed yet are reported apart: they are recent, and only
 * their own hashes can be checked.
 */
const config = loadConfig();
const db = await openDatabase(config, createLogger('warn'));
let code = 0;
try {
  const report = await verifyAuditTrail(db.orm.em.fork());
  const broken = report.firstBroken;
  if (broken) {
    const where = broken.id
      ? `event ${broken.id}${broken.block ? ` (block ${broken.block})` : ' (not sealed yet)'}`
      : `block ${broken.block ?? '?'}`;
    console.error(
      `Audit trail BROKEN at ${where}: ${broken.reason} ` +
        `(${report.checked} events in ${report.blocks} blocks verified before it).`,
    );
    code = 1;
  } else {
    console.log(
      `Audit trail intact: ${report.checked} events verified in ${report.blocks} sealed blocks.`,
    );
  }
  const { unsealed } = report;
  if (!broken && unsealed.count > 0) {
    console.log(
      `${unsealed.count} recent events not sealed yet (from event ${unsealed.firstId ?? '?'}, ` +
        `oldest at ${unsealed.oldestAt?.toISOString() ?? '?'}): their own hashes match; ` +
        'they are protected once the sealing job has run.',
    );
    if (unsealed.oldestAt && Date.now() - unsealed.oldestAt.getTime() > SEALING_LATE_MS) {
      console.warn(
        'Warning: events older than 10 minutes are not sealed: is the API (and its sealing job) running?',
      );
    }
  }
} finally {
  await db.close();
}
process.exit(code);
