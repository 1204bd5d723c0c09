import { useTranslation } from 'react-i18next';
import { errorCodeOf, graphQLErrorsOf } from '../../app/errors';
import { useErrorText } from '../../app/use-error-text';
import { formatShortDate } from './dates';

/** A stock rule the API refused by, with what the sentence needs. */
export type PharmacyRefusal =
  | { code: 'INSUFFICIENT_STOCK'; available: number | null }
  | { code: 'LOT_EXPIRED'; lotNumber: string | null; expiryDate: string | null }
  | { code: 'LOT_RECALLED'; lotNumber: string | null };

/**
 * Reads the stock rules out of a failed operation: too few usable units where they were asked
 * for (with how many there are, when the API says), a lot past its expiry date, or a lot
 * recalled.
 */
export function readPharmacyRefusal(error: unknown): PharmacyRefusal | null {
  const code = errorCodeOf(error);
  const first = graphQLErrorsOf(error)[0];
  const ext = first?.extensions ?? {};
  if (code === 'INSUFFICIENT_STOCK') {
    return {
      code,
      available: typeof ext.available === 'number' ? ext.available : null,
    };
  }
  if (code === 'LOT_EXPIRED') {
    const lot = /^Lot (.+) expired on /.exec(first?.message ?? '');
    return {
      code,
      lotNumber: lot?.[1] ?? null,
      expiryDate: typeof ext.expiryDate === 'string' ? ext.expiryDate : null,
    };
  }
  if (code === 'LOT_RECALLED') {
    const lot = /^Lot (.+) is recalled/.exec(first?.message ?? '');
    return { code, lotNumber: lot?.[1] ?? null };
  }
  return null;
}

/**
 * The sentence and per-field messages of a failed stock operation in the user's language: the
 * pharmacy's own refusals in clear words, everything else as every screen says it.
 */
export function usePharmacyError() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  return (error: unknown): { message: string; fields: Record<string, string> } => {
    const refusal = readPharmacyRefusal(error);
    if (refusal?.code === 'INSUFFICIENT_STOCK') {
      return {
        message:
          refusal.available === null
            ? t('pharmacy.errors.insufficient')
            : t('pharmacy.errors.insufficientCount', { count: refusal.available }),
        fields: {},
      };
    }
    if (refusal?.code === 'LOT_EXPIRED') {
      return {
        message: t('pharmacy.errors.lotExpired', {
          lot: refusal.lotNumber ?? '',
          date: refusal.expiryDate ? formatShortDate(refusal.expiryDate, i18n.language) : '',
        }),
        fields: {},
      };
    }
    if (refusal?.code === 'LOT_RECALLED') {
      return {
        message: t('pharmacy.errors.lotRecalled', { lot: refusal.lotNumber ?? '' }),
        fields: {},
      };
    }
    const info = errorText.info(error);
    const fields = errorText.fields(info);
    const message =
      info.code === 'CONFLICT'
        ? t('pharmacy.errors.conflict')
        : info.code === 'BAD_USER_INPUT' && Object.keys(fields).length > 0
          ? `${t('pharmacy.errors.fix')} ${Object.values(fields).join(' ')}`
          : errorText.message(info);
    return { message, fields };
  };
}
