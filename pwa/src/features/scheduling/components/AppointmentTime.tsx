import { useTranslation } from 'react-i18next';
import { formatTime } from '../time';

/** The start time; after a delay, the original time struck through beside it (R3). */
export function AppointmentTime({
  startsAt,
  originalStartsAt,
}: {
  startsAt: string;
  originalStartsAt?: string | null | undefined;
}) {
  const { t, i18n } = useTranslation();
  const moved = originalStartsAt && originalStartsAt !== startsAt;
  return (
    <span className="cg-appt-time" data-testid="appt-time">
      {moved && (
        <s className="cg-appt-original" data-testid="original-time">
          <span className="cg-sr-only">{t('scheduling.moved', { time: '' })}</span>
          {formatTime(originalStartsAt, i18n.language)}
        </s>
      )}
      <strong>{formatTime(startsAt, i18n.language)}</strong>
    </span>
  );
}
