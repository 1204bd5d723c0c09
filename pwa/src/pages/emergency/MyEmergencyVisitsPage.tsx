import { useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import { LevelBadge } from '../../features/emergency/components/LevelBadge';
import '../../features/emergency/emergency.css';
import { MyEmergencyVisitsDocument } from '../../gql/graphql';

/** A patient's own visits to the emergency department, newest first. */
export default function MyEmergencyVisitsPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { data, loading, error } = useQuery(MyEmergencyVisitsDocument);
  const visits = data?.myEmergencyVisits ?? [];
  return (
    <PageLayout title={t('emergency.myVisits')}>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !data && <IonSpinner aria-label={t('app.loading')} />}
      {data && visits.length === 0 && <p className="cg-muted">{t('emergency.noVisit')}</p>}
      {visits.length > 0 && (
        <ul className="cg-ed-list" data-testid="ed-my-visits">
          {visits.map((v) => (
            <li key={v.id} className="cg-card cg-ed-visit" data-testid="ed-my-visit">
              <p>
                <strong>{formatDateTime(v.arrivedAt, i18n.language)}</strong>{' '}
                <LevelBadge level={v.level} />
              </p>
              <p>{t(`emergency.complaint.${v.complaint}`)}</p>
              <p className="cg-muted">
                {v.outcome
                  ? t(`emergency.outcome.${v.outcome}`)
                  : t(`emergency.status.${v.status}`)}
                {v.transferTo && <> · {v.transferTo}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </PageLayout>
  );
}
