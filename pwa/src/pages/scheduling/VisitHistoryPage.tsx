import { skipToken, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useSchedulingError } from '../../features/scheduling/use-scheduling-error';
import '../../features/scheduling/scheduling.css';
import { MyPatientIdDocument, VisitHistoryDocument } from '../../gql/graphql';

const PAGE = 20;

/**
 * R5: a patient's completed visits, newest first. Staff open it from the patient's page; a patient
 * sees their own.
 */
export default function VisitHistoryPage() {
  const { t, i18n } = useTranslation();
  const schedulingError = useSchedulingError();
  const { id } = useParams<{ id?: string }>();
  const me = useQuery(MyPatientIdDocument, id ? skipToken : {});
  const patientId = id ?? me.data?.me.patient?.id ?? '';
  const history = useQuery(
    VisitHistoryDocument,
    patientId ? { variables: { patientId, first: PAGE } } : skipToken,
  );
  const page = history.data?.visitHistory;
  // The consultation note is clinical: those who read charts open it (R5).
  const { user } = useSession();
  const readsNotes = (user?.capabilities ?? []).includes('READ_CHART');

  return (
    <PageLayout
      title={t('scheduling.visits.title')}
      backHref={id ? `/app/patients/${id}` : '/app/appointments'}
    >
      <p className="cg-muted">{t('scheduling.timeZoneNote')}</p>
      {history.error && <Notice kind="error">{schedulingError(history.error)}</Notice>}
      {history.loading && !page && <IonSpinner aria-label={t('app.loading')} />}
      {page && page.nodes.length === 0 && (
        <p className="cg-muted">{t('scheduling.visits.empty')}</p>
      )}
      <ul className="cg-plain-list" data-testid="visit-history">
        {(page?.nodes ?? []).map((v) => (
          <li key={v.id} className="cg-appt" data-testid="visit">
            <div className="cg-appt-head">
              <strong>{formatDateTime(v.startsAt, i18n.language)}</strong>
            </div>
            <p className="cg-appt-who">{v.practitioner.displayName}</p>
            <p className="cg-appt-meta">{v.reason}</p>
            {readsNotes && v.encounterId && (
              <IonButton
                fill="outline"
                routerLink={`/app/patients/${patientId}/chart/visits/${v.encounterId}`}
                data-testid="visit-open-note"
              >
                {t('scheduling.visits.openNote')}
              </IonButton>
            )}
          </li>
        ))}
      </ul>
      {page?.pageInfo.hasNextPage && (
        <IonButton
          fill="outline"
          expand="block"
          disabled={history.loading}
          onClick={() => {
            void history.fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                visitHistory: {
                  ...fetchMoreResult.visitHistory,
                  nodes: [...prev.visitHistory.nodes, ...fetchMoreResult.visitHistory.nodes],
                },
              }),
            });
          }}
        >
          {t('scheduling.visits.more')}
        </IonButton>
      )}
    </PageLayout>
  );
}
