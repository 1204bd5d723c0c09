import { describe, expect, it } from 'vitest';
import { allergyConflicts } from './allergy-match.js';

describe('allergy matching', () => {
  it('matches a drug to an allergy recorded by its own name, ignoring case and accents', () => {
    expect(allergyConflicts('Ibuprofène 400 mg', ['ibuprofene'])).toEqual(['ibuprofene']);
  });

  it('matches a member of a class to an allergy recorded as the class', () => {
    expect(allergyConflicts('Amoxicilline', ['Pénicilline'])).toEqual(['Pénicilline']);
    expect(allergyConflicts('Augmentin', ['penicillin'])).toEqual(['penicillin']);
    expect(allergyConflicts('Aspirine', ['AINS'])).toEqual(['AINS']);
  });

  it('matches across members of one class', () => {
    expect(allergyConflicts('Ceftriaxone', ['Cefazoline'])).toEqual(['Cefazoline']);
  });

  it('does not match unrelated drugs, nor parts of words', () => {
    expect(allergyConflicts('Paracétamol', ['Pénicilline', 'Arachide'])).toEqual([]);
    expect(allergyConflicts('Codeine', ['Code'])).toEqual([]);
  });

  it('returns every conflicting allergy', () => {
    expect(allergyConflicts('Amoxicilline', ['Pénicilline', 'Amoxicilline', 'Latex'])).toEqual([
      'Pénicilline',
      'Amoxicilline',
    ]);
  });
});
