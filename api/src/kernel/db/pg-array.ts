/**
 * A PostgreSQL array literal (`{"a","b"}`) for one bound parameter: the ORM's `execute` expands a
 * JavaScript array into a list of parameters, so raw SQL that wants one array (`= any(?::uuid[])`,
 * `unnest(?::date[])`) binds this string instead. Every element is quoted and escaped.
 */
export function pgArray(values: readonly (string | Date)[]): string {
  const items = values.map((v) => {
    const s = v instanceof Date ? v.toISOString() : v;
    return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}
