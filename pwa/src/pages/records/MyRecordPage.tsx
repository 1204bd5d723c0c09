import { skipToken, useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { Section } from '../../app/components/Section';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import { LabResultLine } from '../../features/records/LabResultLine';
import '../../features/records/records.css';
import { Prescription, RecordList } from '../../features/records/RecordList';
import { VitalsChart } from '../../features/records/VitalsChart';
import { VitalsSummary } from '../../features/records/VitalsSummary';
import { MyPatientIdDocument, MyRecordDocument } from '../../gql/graphql';

/**
 * The patient's own record: visits (date, practitioner, reason — never the clinicians' notes),
 * treatments, validated results and measurements.
 */
export default function MyRecordPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const lang = i18n.language;
  const { data: me } = useQuery(MyPatientIdDocument);
  const patientId = me?.me.patient?.id;
  const { data, error, loading } = useQuery(
    MyRecordDocument,
    patientId ? { variables: { patientId } } : skipToken,
  );
  const chart = data?.patientChart;
  return (
    <PageLayout title={t('records.myRecord.title')}>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !data && <IonSpinner aria-label={t('app.loading')} />}
      {data && chart && (
        // Focusable so that keyboard users can scroll a page that has no control of its own.
        <div
          className="cg-rec-grid"
          data-testid="my-record"
          role="region"
          aria-label={t('records.myRecord.title')}
          tabIndex={0}
        >
          <Section id="my-visits" title={t('records.myRecord.visits')}>
            <RecordList items={data.encounters.nodes} empty={t('records.myRecord.noVisits')}>
              {(e) => (
                <li>
                  <strong>{e.reason}</strong>
                  <span className="cg-rec-sub">
                    {formatDateTime(e.startedAt, lang)} ·{' '}
                    {t('records.myRecord.with', { name: e.practitionerName })}
                  </span>
                </li>
              )}
            </RecordList>
          </Section>
          <Section id="my-rx" title={t('records.myRecord.prescriptions')}>
            <RecordList
              items={chart.activePrescriptions}
              empty={t('records.summary.noPrescriptions')}
            >
              {(rx) => (
                <li>
                  <Prescription rx={rx} />
                  {rx.instructions && <span className="cg-rec-sub">{rx.instructions}</span>}
                </li>
              )}
            </RecordList>
          </Section>
          <Section id="my-results" title={t('records.myRecord.results')}>
            <RecordList items={data.labResults.nodes} empty={t('records.myRecord.noResults')}>
              {(r) => <LabResultLine result={r} />}
            </RecordList>
          </Section>
          <Section id="my-vitals" title={t('records.myRecord.vitals')}>
            {chart.latestVitals ? (
              <>
                <VitalsSummary vitals={chart.latestVitals} />
                <VitalsChart trend={chart.vitalsTrend} />
              </>
            ) : (
              <p className="cg-muted">{t('records.summary.noVitals')}</p>
            )}
          </Section>
        </div>
      )}
    </PageLayout>
  );
}
