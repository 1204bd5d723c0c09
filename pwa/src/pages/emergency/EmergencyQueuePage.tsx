import { useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { addOutline, alarm, checkmarkCircleOutline, radioOutline } from 'ionicons/icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { emergencyAccess } from '../../features/emergency/access';
import { QueueCard } from '../../features/emergency/components/QueueCard';
import '../../features/emergency/emergency.css';
import { useElapsedSince, useLiveQueue } from '../../features/emergency/use-live-queue';
import { countBreaches, tickWait } from '../../features/emergency/wait';
import { EmergencyQueueDocument } from '../../gql/graphql';

/**
 * The department now, live: every open case, sickest first (the server's order), with the wait
 * against its target ticking on the screen between the server's answers. Phone and tablet.
 */
export default function EmergencyQueuePage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const access = emergencyAccess(user);
  const errorText = useErrorText();
  const queue = useQuery(EmergencyQueueDocument, { variables: { clinical: access.clinical } });
  useLiveQueue(() => queue.refetch());
  const data = queue.data?.emergencyQueue;
  const elapsed = useElapsedSince(data?.asOf);
  const rows = useMemo(
    () =>
      (data?.cases ?? []).map((row) => ({
        row,
        wait: tickWait(row, data?.asOf ?? null, elapsed, !row.doctorUserId),
      })),
    [data, elapsed],
  );
  const breaches = countBreaches(rows.map((r) => r.wait));

  return (
    <PageLayout title={t('emergency.queueTitle')} wide>
      <div className="cg-ed-top">
        {data && (
          <div className="cg-ed-summary" data-testid="ed-summary">
            <span className="cg-ed-count">
              {t('emergency.openCases', { count: data.cases.length })}
            </span>
            <span
              className={breaches > 0 ? 'cg-ed-breaches cg-ed-breaches-some' : 'cg-ed-breaches'}
              data-testid="ed-breaches"
              data-count={breaches}
            >
              <IonIcon icon={breaches > 0 ? alarm : checkmarkCircleOutline} aria-hidden="true" />
              {breaches > 0
                ? t('emergency.breaches', { count: breaches })
                : t('emergency.noBreach')}
            </span>
            <span className="cg-live" data-testid="live">
              <IonIcon icon={radioOutline} aria-hidden="true" /> {t('emergency.live')}
            </span>
            <span className="cg-muted">
              {t('emergency.asOf', { time: formatTime(data.asOf, i18n.language) })}
            </span>
          </div>
        )}
        {access.register && (
          <IonButton
            routerLink="/app/emergency/new"
            size="large"
            className="cg-ed-new"
            data-testid="ed-new-arrival"
          >
            <IonIcon slot="start" icon={addOutline} aria-hidden="true" />
            {t('emergency.newArrival')}
          </IonButton>
        )}
      </div>
      {queue.error && (
        <Notice kind="error">{errorText.message(errorText.info(queue.error))}</Notice>
      )}
      {queue.loading && !data && <IonSpinner aria-label={t('app.loading')} />}
      {data?.cases.length === 0 && <p className="cg-muted">{t('emergency.empty')}</p>}
      {data && data.cases.length > 0 && (
        <ul
          className="cg-ed-list"
          data-testid="ed-queue"
          aria-label={t('emergency.queueTitle')}
          // Rows that open nothing (a manager's) leave no stop for the keyboard to scroll by.
          tabIndex={access.openCase ? undefined : 0}
        >
          {rows.map(({ row, wait }) => (
            <QueueCard key={row.caseId} row={row} wait={wait} openable={access.openCase} />
          ))}
        </ul>
      )}
    </PageLayout>
  );
}
