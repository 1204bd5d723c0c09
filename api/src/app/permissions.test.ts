import { describe, expect, it } from 'vitest';
import { mergeRuleMaps, ruleMaps, uncoveredEntries } from './permissions.js';
import { buildBareSchema } from './schema.js';

describe('permission coverage', () => {
  it('gives every operation, object type and sensitive field an explicit rule', async () => {
    const schema = await buildBareSchema();
    expect(uncoveredEntries(schema, mergeRuleMaps(ruleMaps))).toEqual([]);
  });

  it('notices the removal of any single rule', async () => {
    const schema = await buildBareSchema();
    const merged = mergeRuleMaps(ruleMaps);
    for (const [type, rules] of Object.entries(merged)) {
      if ('check' in rules) {
        const without = Object.fromEntries(Object.entries(merged).filter(([t]) => t !== type));
        expect(uncoveredEntries(schema, without), `removing ${type}`).not.toEqual([]);
      } else {
        for (const field of Object.keys(rules)) {
          const fields = Object.fromEntries(Object.entries(rules).filter(([f]) => f !== field));
          const gaps = uncoveredEntries(schema, { ...merged, [type]: fields });
          expect(gaps, `removing ${type}.${field}`).not.toEqual([]);
        }
      }
    }
  });

  it('refuses two modules ruling the same field', () => {
    const r = { name: 'x', cache: 'contextual' as const, check: () => true };
    expect(() => mergeRuleMaps([{ Query: { a: r } }, { Query: { a: r } }])).toThrow(/twice/);
  });
});
