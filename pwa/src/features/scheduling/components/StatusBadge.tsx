import { useTranslation } from 'react-i18next';
import type { AppointmentStatus } from '../../../gql/graphql';

const TONE: Record<AppointmentStatus, string> = {
  SCHEDULED: '',
  CONFIRMED: '',
  CHECKED_IN: 'cg-badge-ok',
  IN_PROGRESS: 'cg-badge-ok',
  COMPLETED: 'cg-badge-done',
  CANCELLED: 'cg-badge-danger',
  CANCELLED_PRACTITIONER_ABSENT: 'cg-badge-danger',
  NO_SHOW: 'cg-badge-warn',
};

export function StatusBadge({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`cg-badge ${TONE[status]}`} data-status={status}>
      {t(`scheduling.status.${status}`)}
    </span>
  );
}
