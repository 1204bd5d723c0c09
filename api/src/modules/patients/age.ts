/** Whole years between a birth date and a day, both `YYYY-MM-DD` (no time zone involved). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  if (by === undefined || bm === undefined || bd === undefined) return 0;
  if (y === undefined || m === undefined || d === undefined) return 0;
  const beforeBirthday = m < bm || (m === bm && d < bd);
  return Math.max(0, y - by - (beforeBirthday ? 1 : 0));
}
