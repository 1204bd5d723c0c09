import { useQuery } from '@apollo/client/react';
import { IonItem, IonLabel, IonList, IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import { testName } from '../../features/records/labels';
import { WORKLIST_STATUSES } from '../../features/records/lab-worklist';
import '../../features/records/records.css';
import { LabWorklistDocument } from '../../gql/graphql';

/** The lab's pending orders, urgent first then oldest first; results awaiting validation too. */
export default function LabWorklistPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { data, error, loading } = useQuery(LabWorklistDocument, {
    variables: { statuses: [...WORKLIST_STATUSES], first: 50 },
    pollInterval: 60_000,
  });
  const orders = data?.labOrders;
  return (
    <PageLayout title={t('records.lab.worklistTitle')}>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !orders && <IonSpinner aria-label={t('app.loading')} />}
      {orders && (
        <p className="cg-list-meta" aria-live="polite">
          {t('records.lab.count', { count: orders.totalCount })}
        </p>
      )}
      {orders?.nodes.length === 0 && <p className="cg-muted">{t('records.lab.empty')}</p>}
      {orders && orders.nodes.length > 0 && (
        <IonList inset lines="full" data-testid="lab-worklist">
          {orders.nodes.map((o) => (
            <IonItem
              key={o.id}
              routerLink={`/app/lab/orders/${o.id}`}
              detail
              data-testid="lab-order"
              data-test-code={o.testCode}
              data-patient={o.patient.displayName}
            >
              <IonLabel>
                <h3>
                  {testName(o, i18n.language)} — {o.patient.displayName}
                </h3>
                <p>
                  {o.patient.mrn} · {formatDateTime(o.occurredAt, i18n.language)} ·{' '}
                  {t('records.labs.orderedBy', { name: o.orderedByName })}
                </p>
              </IonLabel>
              <div slot="end" className="cg-item-badges">
                {o.priority === 'URGENT' && (
                  <span className="cg-badge cg-badge-danger">
                    {t('records.labs.priority.URGENT')}
                  </span>
                )}
                <span className="cg-badge">
                  {o.status === 'RESULTED'
                    ? t('records.lab.toValidate')
                    : t(`records.labs.status.${o.status}`)}
                </span>
              </div>
            </IonItem>
          ))}
        </IonList>
      )}
    </PageLayout>
  );
}
