import { IonIcon } from '@ionic/react';
import { cloudUploadOutline, alertCircleOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../app/format';
import { useOutboxStatus } from './outbox-status';
import './offline.css';

/**
 * What this device recorded for one patient and has not sent yet (vitals, care notes, doses), at
 * the top of the chart, each marked "en attente" or "à vérifier", so the chart never hides a
 * bedside entry that is still only on the phone. Renders nothing when there is none.
 */
export function PendingEntries({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const { entries } = useOutboxStatus();
  const mine = entries.filter((e) => e.patientId === patientId);
  if (mine.length === 0) return null;
  return (
    <section className="cg-card cg-pending-entries" aria-labelledby="pending-entries-title">
      <h2 id="pending-entries-title">{t('offline.outbox.onDeviceTitle')}</h2>
      <ul data-testid="pending-entries">
        {mine.map((e) => (
          <li key={e.id} data-testid="pending-entry" data-kind={e.kind} data-state={e.state}>
            <IonIcon
              icon={e.state === 'toCheck' ? alertCircleOutline : cloudUploadOutline}
              aria-hidden="true"
            />
            <span className="cg-pending-text">
              <strong>{t(`offline.outbox.kind.${e.kind}`)}</strong>
              {e.summary && <span>{e.summary}</span>}
              <span className="cg-muted">
                {t('offline.outbox.enteredAt', { time: formatTime(e.createdAt, i18n.language) })}
              </span>
            </span>
            <span className="cg-badge cg-state-pending">
              {e.state === 'toCheck'
                ? t('offline.outbox.entryToCheck')
                : t('offline.outbox.entryPending')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
