import { useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { useErrorText } from '../../app/use-error-text';
import { PatientLabOrdersDocument } from '../../gql/graphql';
import { LabResultLine } from './LabResultLine';
import { LabOrderLine } from './LabOrderLine';

/** Every lab order of the patient with its status and, when there is one, its result. */
export function ChartLabs({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
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
            <LabOrderLine key={o.id} order={o} showOrderedBy />
          ),
        )}
      </ul>
    </section>
  );
}
