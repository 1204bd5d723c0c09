import { normalizeDrugText as fold } from '../fold-text.js';
import { ICD10_COMMON } from './icd10-common.data.js';

export interface Icd10Code {
  code: string;
  titleEn: string;
  titleFr: string;
}

interface Indexed extends Icd10Code {
  key: string;
}

const CODES: readonly Indexed[] = ICD10_COMMON.split('\n')
  .map((line) => line.split('|'))
  .filter((p): p is [string, string, string] => p.length === 3)
  .map(([code, titleEn, titleFr]) => ({
    code,
    titleEn,
    titleFr,
    key: ` ${fold(`${code} ${code.replace('.', '')} ${titleEn} ${titleFr}`)} `,
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

const BY_CODE = new Map(CODES.map((c) => [c.code, c]));

/** The bundled entry for a code (case and dot insensitive), or undefined. */
export function icd10ByCode(code: string): Icd10Code | undefined {
  const c = code.trim().toUpperCase();
  return BY_CODE.get(c) ?? BY_CODE.get(c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c);
}

/**
 * Searches the list: every word of the query must start a word of the code or a title (either
 * language, accents and case ignored). Codes that start with the query come first.
 */
export function searchIcd10(query: string, limit: number): Icd10Code[] {
  const words = fold(query).split(' ').filter(Boolean);
  const strip = ({ code, titleEn, titleFr }: Indexed): Icd10Code => ({ code, titleEn, titleFr });
  if (words.length === 0) return CODES.slice(0, limit).map(strip);
  const q = query.trim().toUpperCase();
  const hits = CODES.filter((c) => words.every((w) => c.key.includes(` ${w}`)));
  hits.sort((a, b) => Number(!a.code.startsWith(q)) - Number(!b.code.startsWith(q)));
  return hits.slice(0, limit).map(strip);
}

export const ICD10_COUNT = CODES.length;
