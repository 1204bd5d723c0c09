import { useTranslation } from 'react-i18next';
import { formatWait } from '../i18n';
import { errorInfo, type ErrorInfo } from './errors';
import { serverFieldError } from './field-errors';

/** Turns any failure into one translated sentence, plus translated per-field messages. */
export function useErrorText() {
  const { t } = useTranslation();
  const wait = (seconds: number) => formatWait((k, o) => t(k as 'time.minutes', o), seconds);

  function message(info: ErrorInfo): string {
    switch (info.code) {
      case 'NETWORK':
        return t('errors.network');
      case 'OFFLINE_UNAVAILABLE':
        return t('offline.notAvailable');
      case 'FORBIDDEN':
        return t('errors.forbidden');
      case 'NOT_FOUND':
        return t('errors.notFound');
      case 'CONFLICT':
        return t('errors.conflict');
      case 'BED_OCCUPIED':
        return t('errors.bedOccupied');
      case 'SERVICE_UNAVAILABLE':
        return t('errors.unavailable', { time: wait(info.retryAfter ?? 5) });
      case 'RATE_LIMITED':
        return t('errors.rateLimited', { time: wait(info.retryAfter ?? 60) });
      case 'BAD_USER_INPUT':
        return t('register.fixErrors');
      case 'UNAUTHENTICATED':
      case 'PASSWORD_CHANGE_REQUIRED':
      case 'MFA_REQUIRED':
      case 'MFA_ENROLMENT_REQUIRED':
      case 'UNKNOWN':
        return info.requestId
          ? t('errors.withReference', { id: info.requestId })
          : t('errors.unknown');
    }
  }

  function fields(info: ErrorInfo): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [field, text] of Object.entries(info.fields ?? {})) {
      const key = serverFieldError(text);
      out[field] = key ? t(`validation.${key}`) : text;
    }
    return out;
  }

  return { info: errorInfo, message, fields, wait };
}
