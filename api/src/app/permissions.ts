import { type IRule, type IRules, rule, shield } from 'graphql-shield';
import { anyone, type AccessRule, type RuleMap } from '../kernel/auth/predicates.js';
import type { RequestContext } from '../kernel/context.js';
import { ForbiddenError } from '../kernel/errors.js';
import { auditRules } from '../modules/audit/index.js';
import { authRules } from '../modules/auth/index.js';
import { patientRules } from '../modules/patients/index.js';

const kernelRules: RuleMap = {
  PageInfo: anyone,
};

/** Every module's rule map. A type or operation missing from all of them is denied. */
export const ruleMaps: RuleMap[] = [kernelRules, authRules, patientRules, auditRules];

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

const shieldRules = new Map<string, IRule>();

function toShieldRule(r: AccessRule): IRule {
  const key = `${r.name}|${r.cache}`;
  let built = shieldRules.get(key);
  if (!built) {
    built = rule(r.name, { cache: r.cache })(
      (parent: unknown, args: Record<string, unknown>, ctx: RequestContext) =>
        r.check(ctx, args, parent),
    );
    shieldRules.set(key, built);
  }
  return built;
}

const denied = rule('deny', { cache: 'no_cache' })(() => new ForbiddenError());

/** The graphql-shield middleware: deny by default, our own typed errors through. */
export function buildPermissions() {
  const merged = mergeRuleMaps(ruleMaps);
  const tree: IRules = {};
  for (const [type, rules] of Object.entries(merged)) {
    tree[type] = isRule(rules)
      ? toShieldRule(rules)
      : Object.fromEntries(Object.entries(rules).map(([f, r]) => [f, toShieldRule(r)]));
  }
  return shield(tree, {
    fallbackRule: denied,
    allowExternalErrors: true,
    debug: false,
    fallbackError: () => new ForbiddenError(),
  });
}
