import { useTranslation } from 'react-i18next';
import { errorCodeOf, errorInfo } from '../../app/errors';
import { useErrorText } from '../../app/use-error-text';

/** A wards rule, in the interface's own words: an i18n key under `wards.errors.`. */
export type WardsErrorKey =
  | 'bedOccupied'
  | 'reservedForAnother'
  | 'alreadyReserved'
  | 'reservationClosed'
  | 'past'
  | 'time24'
  | 'alreadyAdmitted'
  | 'outOfService'
  | 'toClean'
  | 'wardPolicy'
  | 'notDoctor'
  | 'patientInactive'
  | 'notActive'
  | 'daysRange'
  | 'tooLong'
  | 'future'
  | 'required'
  | 'occupiedNoOutOfService';

export interface WardsFieldError {
  key: WardsErrorKey;
  max?: number;
}

export interface WardsError {
  /** The sentence for the whole form, when a rule of the wards explains the failure. */
  key?: WardsErrorKey;
  /** Per input field (the API's field names), what to say beside it. */
  fields: Record<string, WardsFieldError | string>;
  /** The bed board no longer shows what is true: read it again. */
  refresh: boolean;
}

const FIELD_MESSAGES: [RegExp, WardsErrorKey][] = [
  [/is out of service/, 'outOfService'],
  [/waiting to be cleaned/, 'toClean'],
  [/is on a ward for/, 'wardPolicy'],
  [/not an active doctor/, 'notDoctor'],
  [/not an active record/, 'patientInactive'],
  [/^is (discharged|cancelled|already cancelled)$/, 'notActive'],
  [/between 1 and 365/, 'daysRange'],
  [/cannot be in the future/, 'future'],
  [/is in the past/, 'past'],
  [/is not an open reservation/, 'reservationClosed'],
  [/is required/, 'required'],
];

/**
 * Reads a failed wards action: BED_OCCUPIED (another request took the bed first), the conflicts
 * of admissions (bed held for someone else, patient already in a bed), and the API's field
 * messages, which are English sentences tied to the input's field names. What is not recognised
 * keeps the server's text, and the caller falls back to the app's usual messages.
 */
export function readWardsError(error: unknown): WardsError {
  const info = errorInfo(error);
  const code = errorCodeOf(error);
  // BED_OCCUPIED is the wards' own code, which errorInfo (app-wide codes) reads as UNKNOWN.
  if (code === 'BED_OCCUPIED') {
    return {
      key: /out of service/.test(info.message) ? 'occupiedNoOutOfService' : 'bedOccupied',
      fields: {},
      refresh: true,
    };
  }
  if (code === 'CONFLICT') {
    if (/reserved for another/i.test(info.message)) {
      return { key: 'reservedForAnother', fields: {}, refresh: true };
    }
    if (/already reserved/i.test(info.message)) {
      return { key: 'alreadyReserved', fields: {}, refresh: true };
    }
    if (/already admitted/i.test(info.message)) {
      return { key: 'alreadyAdmitted', fields: {}, refresh: false };
    }
    return { fields: {}, refresh: true };
  }
  const fields: WardsError['fields'] = {};
  let key: WardsErrorKey | undefined;
  let refresh = false;
  for (const [field, text] of Object.entries(info.fields ?? {})) {
    const max = /at most (\d+) characters/.exec(text);
    if (max?.[1]) {
      fields[field] = { key: 'tooLong', max: Number(max[1]) };
      continue;
    }
    const known = FIELD_MESSAGES.find(([re]) => re.test(text))?.[1];
    fields[field] = known ? { key: known } : text;
    // A bed or a stay that is no longer what the board showed: say so for the whole form.
    if (known && ['outOfService', 'toClean', 'notActive', 'reservationClosed'].includes(known)) {
      key = known;
      refresh = true;
    } else if (known && ['wardPolicy', 'patientInactive', 'notDoctor'].includes(known)) {
      key = known;
    }
  }
  return key ? { key, fields, refresh } : { fields, refresh };
}

/** The sentences of a failed wards action, in the user's language. */
export function useWardsError() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const say = (f: WardsFieldError | string): string => {
    if (typeof f === 'string') return f.charAt(0).toUpperCase() + f.slice(1);
    if (f.key === 'required') return t('validation.required');
    if (f.key === 'tooLong') return t('wards.errors.tooLong', { max: f.max ?? 0 });
    return t(`wards.errors.${f.key}`);
  };
  return (error: unknown) => {
    const read = readWardsError(error);
    const fields = Object.fromEntries(Object.entries(read.fields).map(([k, v]) => [k, say(v)]));
    const info = errorText.info(error);
    const message = read.key
      ? say({ key: read.key })
      : info.code === 'BAD_USER_INPUT' && Object.keys(fields).length > 0
        ? Object.values(fields).join(' ')
        : errorText.message(info);
    return { message, fields, refresh: read.refresh };
  };
}
