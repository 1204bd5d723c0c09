import { skipToken, useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import { LabResultLine } from '../../features/records/LabResultLine';
import { regimen } from '../../features/records/labels';
import '../../features/records/records.css';
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
          <section className="cg-card" aria-labelledby="my-visits">
            <h2 id="my-visits">{t('records.myRecord.visits')}</h2>
            {data.encounters.nodes.length === 0 ? (
              <p className="cg-muted">{t('records.myRecord.noVisits')}</p>
            ) : (
              <ul className="cg-rec-list">
                {data.encounters.nodes.map((e) => (
                  <li key={e.id}>
                    <strong>{e.reason}</strong>
                    <span className="cg-rec-sub">
                      {formatDateTime(e.startedAt, lang)} ·{' '}
                      {t('records.myRecord.with', { name: e.practitionerName })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="cg-card" aria-labelledby="my-rx">
            <h2 id="my-rx">{t('records.myRecord.prescriptions')}</h2>
            {chart.activePrescriptions.length === 0 ? (
              <p className="cg-muted">{t('records.summary.noPrescriptions')}</p>
            ) : (
              <ul className="cg-rec-list">
                {chart.activePrescriptions.map((rx) => (
                  <li key={rx.id}>
                    <strong>
                      {rx.medicationName} {rx.strength ?? ''}
                    </strong>
                    <span className="cg-rec-sub">{regimen(rx, t, lang)}</span>
                    {rx.instructions && <span className="cg-rec-sub">{rx.instructions}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="cg-card" aria-labelledby="my-results">
            <h2 id="my-results">{t('records.myRecord.results')}</h2>
            {data.labResults.nodes.length === 0 ? (
              <p className="cg-muted">{t('records.myRecord.noResults')}</p>
            ) : (
              <ul className="cg-rec-list">
                {data.labResults.nodes.map((r) => (
                  <LabResultLine key={r.id} result={r} />
                ))}
              </ul>
            )}
          </section>
          <section className="cg-card" aria-labelledby="my-vitals">
            <h2 id="my-vitals">{t('records.myRecord.vitals')}</h2>
            {chart.latestVitals ? (
              <>
                <VitalsSummary vitals={chart.latestVitals} />
                <VitalsChart trend={chart.vitalsTrend} />
              </>
            ) : (
              <p className="cg-muted">{t('records.summary.noVitals')}</p>
            )}
          </section>
        </div>
      )}
    </PageLayout>
  );
}
