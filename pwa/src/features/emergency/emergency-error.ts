import { useTranslation } from 'react-i18next';
import { errorCodeOf, errorInfo } from '../../app/errors';
import { useErrorText } from '../../app/use-error-text';

/** An emergency rule in the interface's own words: an i18n key under `emergency.errors.`. */
export type EmergencyErrorKey =
  | 'taken'
  | 'changed'
  | 'closed'
  | 'alreadyHere'
  | 'bedOccupied'
  | 'triageFirst'
  | 'takeFirst'
  | 'doctorSeen'
  | 'eitherPatient'
  | 'ageRange'
  | 'required';

export interface EmergencyError {
  /** The sentence for the whole form, when a rule of the department explains the failure. */
  key?: EmergencyErrorKey;
  /** For `taken`: who has the case. */
  name?: string;
  /** Per input field (the API's names): a known key, or the server's own words. */
  fields: Record<string, EmergencyErrorKey | { text: string }>;
  /** What the screen shows is out of date: read the case (and the queue) again. */
  refresh: boolean;
}

const FIELD_MESSAGES: [RegExp, EmergencyErrorKey][] = [
  [/triage the patient first/, 'triageFirst'],
  [/take the case first/, 'takeFirst'],
  [/a doctor has seen this patient/, 'doctorSeen'],
  [/give either a patient or an unknown patient/, 'eitherPatient'],
  [/between 0 and 120/, 'ageRange'],
  [/is required/, 'required'],
];

/** Rules that concern the whole form rather than the field the API names. */
const WHOLE_FORM: readonly EmergencyErrorKey[] = [
  'triageFirst',
  'takeFirst',
  'doctorSeen',
  'eitherPatient',
];

/**
 * Reads a failed emergency action: a colleague took the case first (CONFLICT, "X has already
 * taken this case."), the case changed or closed meanwhile, the bed of an admission taken
 * meanwhile (BED_OCCUPIED: the case stays open), and the API's field messages. What is not
 * recognised keeps the server's words.
 */
export function readEmergencyError(error: unknown): EmergencyError {
  const info = errorInfo(error);
  const code = errorCodeOf(error);
  if (code === 'BED_OCCUPIED') return { key: 'bedOccupied', fields: {}, refresh: true };
  if (code === 'CONFLICT') {
    const taken = /^(.+) has already taken this case\.?$/.exec(info.message);
    if (taken?.[1]) return { key: 'taken', name: taken[1], fields: {}, refresh: true };
    if (/changed since you saw it/i.test(info.message)) {
      return { key: 'changed', fields: {}, refresh: true };
    }
    if (/case is closed/i.test(info.message)) return { key: 'closed', fields: {}, refresh: true };
    if (/already in the emergency department/i.test(info.message)) {
      return { key: 'alreadyHere', fields: {}, refresh: false };
    }
    return { fields: {}, refresh: true };
  }
  const fields: EmergencyError['fields'] = {};
  let key: EmergencyErrorKey | undefined;
  for (const [field, text] of Object.entries(info.fields ?? {})) {
    const known = FIELD_MESSAGES.find(([re]) => re.test(text))?.[1];
    fields[field] = known ?? { text };
    if (known && WHOLE_FORM.includes(known)) key = known;
  }
  return key ? { key, fields, refresh: false } : { fields, refresh: false };
}

/** The sentences of a failed emergency action, in the user's language. */
export function useEmergencyError() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (error: unknown) => {
    const read = readEmergencyError(error);
    const info = errorText.info(error);
    const generic = errorText.fields(info);
    const fields = Object.fromEntries(
      Object.entries(read.fields).map(([k, v]) => [
        k,
        typeof v === 'string' ? t(`emergency.errors.${v}`) : (generic[k] ?? v.text),
      ]),
    );
    const message = read.key
      ? t(`emergency.errors.${read.key}`, { name: read.name ?? '' })
      : info.code === 'BAD_USER_INPUT' && Object.keys(fields).length > 0
        ? Object.values(fields).join(' ')
        : errorText.message(info);
    return { message, fields, refresh: read.refresh };
  };
}
