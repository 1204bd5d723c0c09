import { GraphQLError, type GraphQLSchema, isObjectType } from 'graphql';
import { type IRule, type IRules, rule, shield } from 'graphql-shield';
import { anyone, type AccessRule, type RuleMap } from '../kernel/auth/predicates.js';
import type { RequestContext } from '../kernel/context.js';
import { ForbiddenError } from '../kernel/errors.js';
import {
  auditOriginOf,
  AuditOutcome,
  auditRules,
  writeAuditEvent,
} from '../modules/audit/index.js';
import { authRules, mfaRules } from '../modules/auth/index.js';
import { mailRules } from '../modules/mail/index.js';
import { notificationRules } from '../modules/notifications/index.js';
import { schedulingRules } from '../modules/scheduling/index.js';
import { patientRules } from '../modules/patients/index.js';
import { RECORDS_SENSITIVE_FIELDS, recordsRules } from '../modules/records/index.js';
import { WARDS_SENSITIVE_FIELDS, wardsRules } from '../modules/wards/index.js';
import { SHIFT_PACK_SENSITIVE_FIELDS, shiftPackRules } from '../modules/shift-pack/index.js';
import { EMERGENCY_SENSITIVE_FIELDS, emergencyRules } from '../modules/emergency/index.js';
import { PHARMACY_SENSITIVE_FIELDS, pharmacyRules } from '../modules/pharmacy/index.js';
import { BILLING_SENSITIVE_FIELDS, billingRules } from '../modules/billing/index.js';
import { reportsRules } from '../modules/reports/index.js';
import { breakGlassRules } from '../modules/break-glass/index.js';
import { patientRightsRules } from '../modules/patient-rights/index.js';

const kernelRules: RuleMap = {
  PageInfo: anyone,
};

/** Every module's rule map. A type or operation missing from all of them is denied. */
export const ruleMaps: RuleMap[] = [
  kernelRules,
  authRules,
  mfaRules,
  patientRules,
  auditRules,
  notificationRules,
  mailRules,
  schedulingRules,
  recordsRules,
  wardsRules,
  shiftPackRules,
  emergencyRules,
  pharmacyRules,
  billingRules,
  reportsRules,
  breakGlassRules,
  patientRightsRules,
];

function isRule(x: unknown): x is AccessRule {
  return typeof x === 'object' && x !== null && 'check' in x && 'cache' in x;
}

/** Merges module maps; two modules ruling the same field is a programming error. */
export function mergeRuleMaps(maps: RuleMap[]): RuleMap {
  const merged: Record<string, AccessRule | Record<string, AccessRule>> = {};
  for (const map of maps) {
    for (const [type, rules] of Object.entries(map)) {
      const existing = merged[type];
      if (!existing) {
        merged[type] = isRule(rules) ? rules : { ...rules };
        continue;
      }
      if (isRule(existing) || isRule(rules)) throw new Error(`Type ${type} is ruled twice`);
      for (const [field, r] of Object.entries(rules)) {
        if (existing[field]) throw new Error(`Field ${type}.${field} is ruled twice`);
        existing[field] = r;
      }
    }
  }
  return merged;
}

/** Fields that must carry a rule of their own, not only their type's: secrets and contact data. */
const SENSITIVE = /password|token|secret|hash/i;
export const SENSITIVE_FIELDS = [
  'User.email',
  'User.phone',
  'User.address',
  // The QR code and the URI carry the authenticator's secret; recovery codes are credentials.
  'MfaEnrolment.otpauthUri',
  'MfaEnrolment.qrCodeDataUrl',
  'MfaRecoveryCodes.recoveryCodes',
  'Patient.phone',
  'Patient.secondaryPhone',
  'Patient.email',
  'Patient.address',
  'Patient.emergencyContact',
  'Patient.insurance',
  'Patient.administrativeNotes',
  'Patient.bloodGroup',
  'Patient.weightKg',
  'Patient.heightCm',
  'Patient.allergyStatus',
  'Patient.allergyStatusRecordedAt',
  'Patient.allergies',
  ...RECORDS_SENSITIVE_FIELDS,
  ...WARDS_SENSITIVE_FIELDS,
  ...SHIFT_PACK_SENSITIVE_FIELDS,
  ...EMERGENCY_SENSITIVE_FIELDS,
  ...PHARMACY_SENSITIVE_FIELDS,
  ...BILLING_SENSITIVE_FIELDS,
];

/**
 * Everything in the schema that no rule covers: root fields without their own rule, object types
 * without a rule, sensitive fields without a field rule. Empty means fully covered.
 */
export function uncoveredEntries(schema: GraphQLSchema, map: RuleMap): string[] {
  const missing: string[] = [];
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter((t) => t !== null && t !== undefined)
      .map((t) => t.name),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const rules = map[type.name];
    const fieldRules = rules && !isRule(rules) ? rules : undefined;
    for (const field of Object.keys(type.getFields())) {
      const key = `${type.name}.${field}`;
      const own = fieldRules?.[field];
      if (roots.has(type.name)) {
        if (!own) missing.push(key);
      } else if (SENSITIVE.test(field) || SENSITIVE_FIELDS.includes(key)) {
        if (!own) missing.push(key);
      } else if (!rules || (fieldRules && !own && !fieldRules['*'])) {
        missing.push(key);
      }
    }
  }
  return missing;
}

const shieldRules = new Map<string, IRule>();

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

function toShieldRule(r: AccessRule, rootField?: string): IRule {
  // A root field's rule is built per field (its refusals are audited under the operation's name);
  // type and field rules are shared, and cached as the rule says.
  const key = `${r.name}|${r.cache}|${rootField ?? ''}`;
  let built = shieldRules.get(key);
  if (!built) {
    built = rule(`${r.name}${rootField ? `@${rootField}` : ''}`, { cache: r.cache })(
      async (parent: unknown, args: Record<string, unknown>, ctx: RequestContext) => {
        const verdict = r.check(ctx, args, parent);
        if (verdict !== true && rootField) await auditRefusal(ctx, rootField, verdict);
        return verdict;
      },
    );
    shieldRules.set(key, built);
  }
  return built;
}

/**
 * An operation refused to a signed-in caller leaves an audit row (actor, operation, origin; never
 * the arguments). Anonymous callers are answered UNAUTHENTICATED without a row: anyone on the
 * network could otherwise fill the audit trail.
 */
async function auditRefusal(ctx: RequestContext, operation: string, verdict: false | Error) {
  const viewer = ctx.viewer;
  if (!viewer) return;
  const code =
    verdict instanceof GraphQLError && typeof verdict.extensions.code === 'string'
      ? verdict.extensions.code
      : 'FORBIDDEN';
  await writeAuditEvent(ctx.em.fork(), auditOriginOf(ctx, viewer), {
    action: operation,
    outcome: AuditOutcome.DENIED,
    errorCode: code,
    details: { refusedBy: 'permissions' },
    at: ctx.clock.now(),
  });
}

const denied = rule('deny', { cache: 'no_cache' })(() => new ForbiddenError());

/** The graphql-shield middleware: deny by default, our own typed errors through. */
export function buildPermissions() {
  const merged = mergeRuleMaps(ruleMaps);
  const tree: IRules = {};
  for (const [type, rules] of Object.entries(merged)) {
    const root = ROOTS.has(type);
    tree[type] = isRule(rules)
      ? toShieldRule(rules)
      : Object.fromEntries(
          Object.entries(rules).map(([f, r]) => [f, toShieldRule(r, root ? f : undefined)]),
        );
  }
  return shield(tree, {
    fallbackRule: denied,
    allowExternalErrors: true,
    debug: false,
    fallbackError: () => new ForbiddenError(),
  });
}
