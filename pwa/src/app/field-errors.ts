/**
 * The validation messages the interface can show in its own words: i18n keys under
 * `validation.`. Client-side checks (features/forms) produce them; so do the API's field errors,
 * through `serverFieldError`, which every screen's error handling (`useErrorText`) applies.
 */
export type ValidationKey =
  | 'required'
  | 'email'
  | 'phone'
  | 'date'
  | 'dateFuture'
  | 'datePast'
  | 'passwordShort'
  | 'passwordLong'
  | 'passwordCommon'
  | 'passwordMismatch'
  | 'passwordSame'
  | 'currentPassword'
  | 'emailTaken'
  | 'tooLong';

const SERVER_MESSAGES: [RegExp, ValidationKey][] = [
  [/already registered|already (in use|exists)/i, 'emailTaken'],
  [/not your current password/i, 'currentPassword'],
  [/must differ/i, 'passwordSame'],
  [/at least|too short/i, 'passwordShort'],
  [/at most/i, 'passwordLong'],
  [/common|guess|weak/i, 'passwordCommon'],
  [/not an email/i, 'email'],
  [/not a phone/i, 'phone'],
  [/in the future/i, 'dateFuture'],
  [/too far in the past/i, 'datePast'],
  [/not a date/i, 'date'],
  [/too long/i, 'tooLong'],
  [/is required/i, 'required'],
];

/**
 * A server field message as one of our translated keys, or undefined when we do not recognise
 * it (the caller then shows the server's English text).
 */
export function serverFieldError(message: string): ValidationKey | undefined {
  return SERVER_MESSAGES.find(([re]) => re.test(message))?.[1];
}
