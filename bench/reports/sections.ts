/**
 * `node … bench/reports/sections.ts`: each dashboard section's statement timed alone (the mean
 * of 3 runs after one warm-up), for a month and a year, on the bench database.
 */
import { performance } from 'node:perf_hooks';
import type { RequestContext } from '../../api/src/kernel/context.js';
import {
  appointmentsSection,
  demographicsSection,
  emergencySection,
  expensesSection,
  occupancySection,
  revenueSection,
} from '../../api/src/modules/reports/dashboard.service.js';
import { periodBounds } from '../../api/src/modules/reports/period.js';
import { openBenchDatabase } from '../patients/db.js';

const db = await openBenchDatabase();
const ctx = { em: db.orm.em.fork(), config: db.config } as unknown as RequestContext;
const periods = {
  month: periodBounds({ from: '2026-11-01', to: '2026-11-30' }, db.config.timeZone),
  year: periodBounds({ from: '2025-12-01', to: '2026-11-30' }, db.config.timeZone),
};
const sections = {
  demographics: (p: typeof periods.month) => demographicsSection(ctx, p, null),
  appointments: (p: typeof periods.month) => appointmentsSection(ctx, p, null),
  occupancy: (p: typeof periods.month) => occupancySection(ctx, p, null),
  emergency: (p: typeof periods.month) => emergencySection(ctx, p),
  revenue: (p: typeof periods.month) => revenueSection(ctx, p),
  expenses: (p: typeof periods.month) => expensesSection(ctx, p, null),
};
for (const [pname, p] of Object.entries(periods)) {
  for (const [name, run] of Object.entries(sections)) {
    await run(p);
    const t = performance.now();
    for (let i = 0; i < 3; i++) await run(p);
    console.log(`${pname} ${name}: ${((performance.now() - t) / 3).toFixed(1)} ms`);
  }
}
await db.close();
process.exit(0);
