import { describe, expect, it } from 'vitest';
import { codeProblem } from './unlock-code';

describe('the unlock code', () => {
  it('takes exactly six digits', () => {
    expect(codeProblem('482913')).toBeNull();
    expect(codeProblem('48291')).toBe('codeFormat');
    expect(codeProblem('4829134')).toBe('codeFormat');
    expect(codeProblem('48a913')).toBe('codeFormat');
  });

  it('refuses a confirmation that differs', () => {
    expect(codeProblem('482913', '482913')).toBeNull();
    expect(codeProblem('482913', '482914')).toBe('codeMismatch');
    expect(codeProblem('12', '12')).toBe('codeFormat');
  });
});
