/** Text folded for matching (drug names, ICD-10 titles): lower case, no accents nor ligatures, letters and digits separated by single spaces. */
export function normalizeDrugText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
