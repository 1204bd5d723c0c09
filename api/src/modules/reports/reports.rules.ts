import { roles, type AccessRule, type RuleMap } from '../../kernel/auth/predicates.js';
import { Role } from '../../kernel/auth/roles.js';
import type { Viewer } from '../../kernel/context.js';
import { ForbiddenError, UnauthenticatedError } from '../../kernel/errors.js';

const { ADMIN, DOCTOR, MANAGER } = Role;

/**
 * Reports' roles (issue 17): managers and administrators read every figure of the hospital; a
 * doctor reads their own activity only — the dashboard narrowed to their appointments, the other
 * sections null, and of the exports only their appointments and the summary. Nobody else.
 */
const ALL_FIGURES = [MANAGER, ADMIN];
const READERS = [MANAGER, ADMIN, DOCTOR];
const readers = roles(...READERS);
const allFigures = roles(...ALL_FIGURES);

/** Whose dashboard is narrowed to their own appointments (a doctor's). */
export function readsOwnActivityOnly(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role === DOCTOR;
}

/**
 * Whose exports write small counts of patients as "< 5": the non-clinical readers (managers,
 * administrators), who may not see individual patients. A doctor's own list is their patients.
 */
export function masksSmallCounts(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role !== DOCTOR;
}

/** Exports a doctor may take: their appointments and the summary of their activity. */
const OWN_ACTIVITY_EXPORTS: readonly string[] = ['APPOINTMENTS', 'SUMMARY_PDF'];

/** `reportExport`: managers and administrators any kind, a doctor their own activity's. */
const mayExport: AccessRule = {
  name: 'reports:export',
  cache: 'strict',
  check: (ctx, args) => {
    const ok = readers.check(ctx, args, undefined);
    if (ok !== true) return ok;
    if (!ctx.viewer) return new UnauthenticatedError();
    if (ALL_FIGURES.includes(ctx.viewer.role)) return true;
    return OWN_ACTIVITY_EXPORTS.includes(String(args.kind)) ? true : new ForbiddenError();
  },
};

export const reportsRules: RuleMap = {
  Query: {
    dashboard: readers,
    reportExport: mayExport,
    reportServices: allFigures,
  },
  Dashboard: readers,
  AppointmentsSection: readers,
  PractitionerActivity: readers,
  ReportFile: readers,
  ReportService: allFigures,
  DemographicsSection: allFigures,
  DemographicCell: allFigures,
  OccupancySection: allFigures,
  WardOccupancyFigures: allFigures,
  EmergencySection: allFigures,
  EmergencyOutcomeCount: allFigures,
  RevenueSection: allFigures,
  RevenueByActKind: allFigures,
  PaymentsByMethod: allFigures,
  ExpensesSection: allFigures,
  WriteOffsByReason: allFigures,
};
