import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Section } from '../../app/components/Section';
import { formatDateTime } from '../../app/format';
import { useReadingOffline } from '../../app/offline-source';
import { ResolveDiagnosisDocument, type PatientChartQuery } from '../../gql/graphql';
import { ConfirmAction } from './ConfirmAction';
import { LabResultLine } from './LabResultLine';
import { LabOrderLine } from './LabOrderLine';
import { Prescription, RecordList } from './RecordList';
import { VitalsSummary } from './VitalsSummary';

type Chart = PatientChartQuery['patientChart'];

/** The chart at a glance: problems, treatments, latest vitals, labs and visits. */
export function ChartSummary({ chart, doctor = false }: { chart: Chart; doctor?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // Read from the shift pack: it holds no lab orders nor visits, which must not look like none.
  const offline = useReadingOffline() !== null;
  const notOffline = <p className="cg-muted">{t('offline.notAvailable')}</p>;
  const [resolve] = useMutation(ResolveDiagnosisDocument, {
    refetchQueries: ['PatientChart', 'PatientTimeline', 'PatientDiagnoses'],
    awaitRefetchQueries: true,
  });
  return (
    <div className="cg-rec-grid" data-testid="chart-summary">
      <Section id="sum-vitals" title={t('records.summary.latestVitals')}>
        {chart.latestVitals ? (
          <VitalsSummary vitals={chart.latestVitals} />
        ) : (
          <p className="cg-muted">{t('records.summary.noVitals')}</p>
        )}
      </Section>
      <Section id="sum-problems" title={t('records.summary.problems')}>
        <RecordList items={chart.activeProblems} empty={t('records.summary.noProblems')}>
          {(d) => (
            <li>
              {d.code && <span className="cg-code">{d.code}</span>} <strong>{d.label}</strong>
              <span className="cg-rec-sub">
                {t(d.rank === 'PRIMARY' ? 'records.summary.primary' : 'records.summary.secondary')}{' '}
                · {formatDateTime(d.occurredAt, lang)}
              </span>
              {doctor && (
                <ConfirmAction
                  label={t('records.diagnosis.resolve')}
                  testId="diagnosis-resolve"
                  onConfirm={() => resolve({ variables: { input: { id: d.id } } })}
                />
              )}
            </li>
          )}
        </RecordList>
      </Section>
      <Section id="sum-rx" title={t('records.summary.prescriptions')}>
        <RecordList
          items={chart.activePrescriptions}
          empty={t('records.summary.noPrescriptions')}
          testId="active-prescriptions"
        >
          {(rx) => (
            <li>
              <Prescription rx={rx} />
              {rx.allergyOverrideReason && (
                <span className="cg-badge cg-badge-danger">
                  {t('records.medications.allergyOverride', { reason: rx.allergyOverrideReason })}
                </span>
              )}
            </li>
          )}
        </RecordList>
      </Section>
      <Section id="sum-labs" title={t('records.summary.pendingLabs')}>
        {offline ? (
          notOffline
        ) : (
          <RecordList items={chart.pendingLabOrders} empty={t('records.summary.noPendingLabs')}>
            {(o) => <LabOrderLine order={o} />}
          </RecordList>
        )}
        <h2 className="cg-section-title">{t('records.summary.recentResults')}</h2>
        <RecordList items={chart.recentLabResults} empty={t('records.summary.noResults')}>
          {(r) => <LabResultLine result={r} />}
        </RecordList>
      </Section>
      <Section id="sum-visits" title={t('records.summary.visits')}>
        {offline ? (
          notOffline
        ) : (
          <RecordList items={chart.recentEncounters} empty={t('records.summary.noVisits')}>
            {(e) => (
              <li>
                <Link
                  className="cg-rec-link"
                  to={`/app/patients/${chart.patientId}/chart/visits/${e.id}`}
                >
                  <strong>{e.reason}</strong>
                  <span className="cg-rec-sub">
                    {t(`records.encounterKind.${e.kind}`)} · {formatDateTime(e.startedAt, lang)} ·{' '}
                    {e.practitionerName}
                  </span>
                </Link>
              </li>
            )}
          </RecordList>
        )}
      </Section>
    </div>
  );
}
