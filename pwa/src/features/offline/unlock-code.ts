/** The unlock code: exactly six digits, chosen twice so that a slip of the finger is caught. */
export const CODE_LENGTH = 6;

export type CodeProblem = 'codeFormat' | 'codeMismatch';

/** What is wrong with a code typed on its own (unlock) or with its confirmation (setup). */
export function codeProblem(code: string, confirm?: string): CodeProblem | null {
  if (!/^\d{6}$/.test(code)) return 'codeFormat';
  if (confirm !== undefined && confirm !== code) return 'codeMismatch';
  return null;
}
