import { useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import { PatientLabOrdersDocument } from '../../gql/graphql';
import { LabResultLine } from './LabResultLine';
import { testName } from './labels';

/** Every lab order of the patient with its status and, when there is one, its result. */
export function ChartLabs({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { data, error, loading } = useQuery(PatientLabOrdersDocument, {
    variables: { patientId, first: 50 },
  });
  const orders = data?.labOrders.nodes;
  return (
    <section className="cg-card" aria-labelledby="labs-title" data-testid="chart-labs">
      <h2 id="labs-title">{t('records.labs.orders')}</h2>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !orders && <IonSpinner aria-label={t('app.loading')} />}
      {orders?.length === 0 && <p className="cg-muted">{t('records.labs.none')}</p>}
      <ul className="cg-rec-list">
        {orders?.map((o) =>
          o.result ? (
            <LabResultLine key={o.id} result={o.result} />
          ) : (
            <li key={o.id} className="cg-rec-row">
              <span>
                <strong>{testName(o, i18n.language)}</strong>
                <span className="cg-rec-sub">
                  {formatDateTime(o.occurredAt, i18n.language)} ·{' '}
                  {t('records.labs.orderedBy', { name: o.orderedByName })}
                </span>
              </span>
              <span>
                {o.priority === 'URGENT' && (
                  <span className="cg-badge cg-badge-danger">
                    {t('records.labs.priority.URGENT')}
                  </span>
                )}{' '}
                <span className="cg-badge">{t(`records.labs.status.${o.status}`)}</span>
              </span>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
