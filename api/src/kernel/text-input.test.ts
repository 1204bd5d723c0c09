import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import { cleanTextArguments, hasForbiddenCharacters } from './text-input.js';

describe('hasForbiddenCharacters', () => {
  it.each([
    ['NUL', 'Du\u0000pont'],
    ['BEL', 'Du\u0007pont'],
    ['ESC', '\u001b[31mred'],
    ['DEL', 'a\u007f'],
    ['C1', 'a\u0085b'],
    ['right-to-left override', 'txt.\u202Eexe'],
    ['first-strong isolate', 'a\u2068b'],
    ['lone surrogate', 'a\uD800b'],
  ])('refuses %s', (_, text) => {
    expect(hasForbiddenCharacters(text)).toBe(true);
  });

  it.each([
    ['line breaks and tabs', 'Ligne 1\r\nLigne 2\tfin'],
    ['accents and ligatures', 'Œdème, Zoë, Ñúñez'],
    ['other scripts and emoji', 'محمد 李 🩺'],
    ['a right-to-left mark (Arabic, Hebrew)', 'שלום\u200F'],
  ])('accepts %s', (_, text) => {
    expect(hasForbiddenCharacters(text)).toBe(false);
  });
});

describe('cleanTextArguments', () => {
  it('normalises every string to NFC, in nested inputs and lists', () => {
    const args = { input: { familyName: 'Le\u0301a', tags: ['Ame\u0301lie'], n: 3 } };
    cleanTextArguments(args);
    expect(args).toEqual({ input: { familyName: 'Léa', tags: ['Amélie'], n: 3 } });
    expect(args.input.familyName).toHaveLength(3);
  });

  it('names each field holding a refused character', () => {
    const args = { input: { familyName: 'A\u202Eb', text: 'ok', reasons: ['x\u0007'] } };
    let caught: unknown;
    try {
      cleanTextArguments(args);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).fields).toEqual({
      familyName: 'contains characters that are not allowed',
      reasons: 'contains characters that are not allowed',
    });
  });
});
