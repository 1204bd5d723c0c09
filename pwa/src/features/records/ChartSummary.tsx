import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/format';
import { ResolveDiagnosisDocument, type PatientChartQuery } from '../../gql/graphql';
import { ConfirmAction } from './ConfirmAction';
import { LabResultLine } from './LabResultLine';
import { regimen, testName } from './labels';
import { VitalsSummary } from './VitalsSummary';

type Chart = PatientChartQuery['patientChart'];

/** The chart at a glance: problems, treatments, latest vitals, labs and visits. */
export function ChartSummary({ chart, doctor = false }: { chart: Chart; doctor?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [resolve] = useMutation(ResolveDiagnosisDocument, {
    refetchQueries: ['PatientChart', 'PatientTimeline', 'PatientDiagnoses'],
    awaitRefetchQueries: true,
  });
  return (
    <div className="cg-rec-grid" data-testid="chart-summary">
      <section className="cg-card" aria-labelledby="sum-vitals">
        <h2 id="sum-vitals">{t('records.summary.latestVitals')}</h2>
        {chart.latestVitals ? (
          <VitalsSummary vitals={chart.latestVitals} />
        ) : (
          <p className="cg-muted">{t('records.summary.noVitals')}</p>
        )}
      </section>
      <section className="cg-card" aria-labelledby="sum-problems">
        <h2 id="sum-problems">{t('records.summary.problems')}</h2>
        {chart.activeProblems.length === 0 ? (
          <p className="cg-muted">{t('records.summary.noProblems')}</p>
        ) : (
          <ul className="cg-rec-list">
            {chart.activeProblems.map((d) => (
              <li key={d.id}>
                {d.code && <span className="cg-code">{d.code}</span>} <strong>{d.label}</strong>
                <span className="cg-rec-sub">
                  {t(
                    d.rank === 'PRIMARY' ? 'records.summary.primary' : 'records.summary.secondary',
                  )}{' '}
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
            ))}
          </ul>
        )}
      </section>
      <section className="cg-card" aria-labelledby="sum-rx">
        <h2 id="sum-rx">{t('records.summary.prescriptions')}</h2>
        {chart.activePrescriptions.length === 0 ? (
          <p className="cg-muted">{t('records.summary.noPrescriptions')}</p>
        ) : (
          <ul className="cg-rec-list" data-testid="active-prescriptions">
            {chart.activePrescriptions.map((rx) => (
              <li key={rx.id}>
                <strong>
                  {rx.medicationName} {rx.strength ?? ''}
                </strong>
                <span className="cg-rec-sub">{regimen(rx, t, lang)}</span>
                {rx.allergyOverrideReason && (
                  <span className="cg-badge cg-badge-danger">
                    {t('records.medications.allergyOverride', { reason: rx.allergyOverrideReason })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="cg-card" aria-labelledby="sum-labs">
        <h2 id="sum-labs">{t('records.summary.pendingLabs')}</h2>
        {chart.pendingLabOrders.length === 0 ? (
          <p className="cg-muted">{t('records.summary.noPendingLabs')}</p>
        ) : (
          <ul className="cg-rec-list">
            {chart.pendingLabOrders.map((o) => (
              <li key={o.id} className="cg-rec-row">
                <span>
                  <strong>{testName(o, lang)}</strong>
                  <span className="cg-rec-sub">{formatDateTime(o.occurredAt, lang)}</span>
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
            ))}
          </ul>
        )}
        <h2 className="cg-section-title">{t('records.summary.recentResults')}</h2>
        {chart.recentLabResults.length === 0 ? (
          <p className="cg-muted">{t('records.summary.noResults')}</p>
        ) : (
          <ul className="cg-rec-list">
            {chart.recentLabResults.map((r) => (
              <LabResultLine key={r.id} result={r} />
            ))}
          </ul>
        )}
      </section>
      <section className="cg-card" aria-labelledby="sum-visits">
        <h2 id="sum-visits">{t('records.summary.visits')}</h2>
        {chart.recentEncounters.length === 0 ? (
          <p className="cg-muted">{t('records.summary.noVisits')}</p>
        ) : (
          <ul className="cg-rec-list">
            {chart.recentEncounters.map((e) => (
              <li key={e.id}>
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
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
