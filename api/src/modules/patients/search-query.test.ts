import { describe, expect, it } from 'vitest';
import { formatMrn } from './mrn.js';
import { parsePatientQuery } from './search-query.js';

/** The GraphQL extensions of what parsing throws. */
function errorOf(search: string): Record<string, unknown> {
  try {
    parsePatientQuery(search);
  } catch (err) {
    return (err as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error('expected an error');
}

describe('patient search query', () => {
  it('lists everyone for an empty search', () => {
    expect(parsePatientQuery('  ')).toEqual({ kind: 'all' });
    expect(parsePatientQuery(null)).toEqual({ kind: 'all' });
  });

  it('recognises an id', () => {
    const id = '3F2504E0-4F89-41D3-9A0C-0305E82C3301';
    expect(parsePatientQuery(id)).toEqual({ kind: 'id', id: id.toLowerCase() });
  });

  it('recognises a full MRN typed loosely', () => {
    const mrn = formatMrn(4567);
    const loose = `${mrn.slice(0, 2).toLowerCase()} ${mrn.slice(2, 6)}-${mrn.slice(6)}`;
    expect(parsePatientQuery(loose)).toEqual({ kind: 'mrn', mrn });
  });

  it('rejects an MRN whose check digit does not match, on the search field', () => {
    const mrn = formatMrn(4567);
    const typo = `${mrn.slice(0, 5)}${String((Number(mrn[5]) + 1) % 10)}${mrn.slice(6)}`;
    const ext = errorOf(typo);
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect((ext.fields as Record<string, string>).search).toMatch(/check digit/);
  });

  it('takes the start of an MRN as a prefix', () => {
    expect(parsePatientQuery('CG00012')).toEqual({ kind: 'mrnPrefix', prefix: 'CG00012' });
  });

  it('takes digits and phone punctuation as a phone number', () => {
    expect(parsePatientQuery('+33 6 12-34')).toEqual({ kind: 'phone', phone: '+33 6 12-34' });
    expect(parsePatientQuery('(06) 12.34.56.78')).toMatchObject({ kind: 'phone' });
  });

  it('takes anything else as a name, split into words', () => {
    expect(parsePatientQuery(' Lefèvre   Marie-Anne ')).toEqual({
      kind: 'name',
      text: 'Lefèvre Marie-Anne',
      tokens: ['Lefèvre', 'Marie', 'Anne'],
    });
    expect(parsePatientQuery("d'Arc")).toMatchObject({ kind: 'name', tokens: ['d', 'Arc'] });
  });

  it('refuses an overlong search', () => {
    expect(errorOf('x'.repeat(101)).code).toBe('BAD_USER_INPUT');
  });
});
