import { useTranslation } from 'react-i18next';
import { errorCodeOf, graphQLErrorsOf } from '../../app/errors';
import { useErrorText } from '../../app/use-error-text';

/**
 * One sentence for a failed scheduling action: the scheduling rules (slot taken, R2 lock,
 * cancellation notice) get their own wording; anything else the app's usual messages.
 */
export function useSchedulingError() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (error: unknown): string => {
    const code = errorCodeOf(error);
    const first = graphQLErrorsOf(error)[0];
    if (code === 'SLOT_TAKEN') {
      return first?.message.includes('patient')
        ? t('scheduling.patientBusy')
        : t('scheduling.slotTaken');
    }
    if (code === 'CONFLICT' && first?.extensions?.reason === 'PATIENT_BUSY') {
      return t('scheduling.delayBlockedPatient');
    }
    if (code === 'CONFLICT' && first?.extensions?.reason === 'PRACTITIONER_BUSY') {
      return t('scheduling.delayBlockedPractitioner');
    }
    const fields = (first?.extensions?.fields ?? {}) as Record<string, string>;
    const text = Object.values(fields).join(' ');
    if (code === 'BAD_USER_INPUT') {
      if (text.includes('cancelled online')) return t('scheduling.noticeTooShort');
      if (text.includes('cannot be changed less than')) return t('scheduling.locked');
      if (text.includes('too soon')) return t('scheduling.tooSoon');
      if (text.includes('overlap on the same day')) return t('scheduling.hours.overlap');
      if (text.includes('must end after it starts')) return t('scheduling.hours.endBeforeStart');
      if (text) return text.charAt(0).toUpperCase() + text.slice(1);
    }
    const info = errorText.info(error);
    return errorText.message(info);
  };
}
