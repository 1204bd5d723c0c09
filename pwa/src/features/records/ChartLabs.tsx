import { skipToken, useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { useReadingOffline } from '../../app/offline-source';
import { useErrorText } from '../../app/use-error-text';
import { PatientChartDocument, PatientLabOrdersDocument } from '../../gql/graphql';
import { LabResultLine } from './LabResultLine';
import { LabOrderLine } from './LabOrderLine';

/**
 * Every lab order of the patient with its status and, when there is one, its result. Offline,
 * the shift pack holds results (7 days) but not orders: the results are shown, and the orders
 * without one are said to be unavailable rather than absent.
 */
export function ChartLabs({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const offline = useReadingOffline() !== null;
  const { data, error, loading } = useQuery(
    PatientLabOrdersDocument,
    offline ? skipToken : { variables: { patientId, first: 50 } },
  );
  const chart = useQuery(PatientChartDocument, offline ? { variables: { patientId } } : skipToken);
  const orders = data?.labOrders.nodes;
  const results = chart.data?.patientChart.recentLabResults;
  return (
    <section className="cg-card" aria-labelledby="labs-title" data-testid="chart-labs">
      <h2 id="labs-title">{t('records.labs.orders')}</h2>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !orders && <IonSpinner aria-label={t('app.loading')} />}
      {orders?.length === 0 && <p className="cg-muted">{t('records.labs.none')}</p>}
      {offline && <p className="cg-muted">{t('offline.notAvailable')}</p>}
      <ul className="cg-rec-list">
        {orders?.map((o) =>
          o.result ? (
            <LabResultLine key={o.id} result={o.result} />
          ) : (
            <LabOrderLine key={o.id} order={o} showOrderedBy />
          ),
        )}
        {offline && results?.map((r) => <LabResultLine key={r.id} result={r} />)}
      </ul>
    </section>
  );
}
