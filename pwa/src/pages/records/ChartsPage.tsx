import { useQuery } from '@apollo/client/react';
import { IonItem, IonLabel, IonList, IonSpinner } from '@ionic/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { UrgentBanner } from '../../features/records/UrgentBanner';
import '../../features/records/records.css';
import { ChartPatientSearchDocument } from '../../gql/graphql';

/** The way into a chart: find the patient, open the chart. */
export default function ChartsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const id = window.setTimeout(() => {
      setSearch(input.trim());
    }, 250);
    return () => {
      window.clearTimeout(id);
    };
  }, [input]);
  const { data, error, loading } = useQuery(ChartPatientSearchDocument, {
    variables: { search: search || null, first: 20 },
  });
  const patients = data?.patients.nodes;
  return (
    <PageLayout title={t('records.chartsTitle')}>
      <UrgentBanner />
      <TextField
        name="chart-search"
        type="search"
        label={t('records.search')}
        value={input}
        onChange={setInput}
      />
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !patients && <IonSpinner aria-label={t('app.loading')} />}
      {patients?.length === 0 && <p className="cg-muted">{t('records.noMatch')}</p>}
      {patients && patients.length > 0 && (
        <IonList inset lines="full" data-testid="chart-patients">
          {patients.map((p) => (
            <IonItem
              key={p.id}
              routerLink={`/app/patients/${p.id}/chart`}
              detail
              data-testid="chart-patient"
              data-mrn={p.mrn}
            >
              <IonLabel>
                <h3>{p.displayName}</h3>
                <p>
                  {p.mrn} · {t('patients.age', { count: p.age })} · {t(`sex.${p.sex}`)}
                </p>
              </IonLabel>
              {p.allergyStatus === 'HAS_ALLERGIES' && (
                <span slot="end" className="cg-badge cg-badge-danger">
                  {t('records.summary.allergies')}
                </span>
              )}
            </IonItem>
          ))}
        </IonList>
      )}
    </PageLayout>
  );
}
