import { useMutation, useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { PatientHeader } from '../../features/patients';
import { ConfirmAction } from '../../features/records/ConfirmAction';
import '../../features/records/records.css';
import {
  CompleteEncounterDocument,
  EncounterDetailDocument,
  PatientDiagnosesDocument,
  ResolveDiagnosisDocument,
} from '../../gql/graphql';

const SOAP = ['subjective', 'objective', 'assessment', 'plan'] as const;

/** A visit's full consultation note (R5): SOAP and the diagnoses made during it. */
export default function EncounterPage() {
  const { t, i18n } = useTranslation();
  const { id: patientId = '', encounterId = '' } = useParams();
  const { user } = useSession();
  const errorText = useErrorText();
  const lang = i18n.language;
  const doctor = user?.role === 'DOCTOR';
  const [done, setDone] = useState<string | null>(null);
  const { data, error, loading } = useQuery(EncounterDetailDocument, {
    variables: { id: encounterId },
  });
  const { data: dx } = useQuery(PatientDiagnosesDocument, { variables: { patientId } });
  const refetchQueries = ['EncounterDetail', 'PatientDiagnoses', 'PatientChart', 'PatientTimeline'];
  const [complete] = useMutation(CompleteEncounterDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [resolve] = useMutation(ResolveDiagnosisDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const e = data?.encounter;
  const diagnoses = (dx?.diagnoses ?? []).filter((d) => d.encounterId === encounterId);

  return (
    <PageLayout
      title={t('records.visit.title')}
      backHref={`/app/patients/${patientId}/chart?section=timeline`}
    >
      <PatientHeader patientId={patientId} />
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !e && <IonSpinner aria-label={t('app.loading')} />}
      {done && <Notice kind="success">{done}</Notice>}
      {e && (
        <article className="cg-card" data-testid="visit-note" aria-labelledby="visit-reason">
          <h2 id="visit-reason">{e.reason}</h2>
          <p className="cg-rec-sub">
            {t(`records.encounterKind.${e.kind}`)} · {formatDateTime(e.startedAt, lang)} ·{' '}
            {e.practitionerName}
          </p>
          <p>
            <span className="cg-badge" data-testid="visit-status" data-status={e.status}>
              {t(`records.visit.status.${e.status}`)}
            </span>
            {e.endedAt && (
              <span className="cg-rec-sub">
                {t('records.visit.ended', { time: formatDateTime(e.endedAt, lang) })}
              </span>
            )}
          </p>
          <dl className="cg-rec-soap">
            {SOAP.map((k) => (
              <div key={k}>
                <dt>{t(`records.note.${k}`)}</dt>
                <dd data-testid={`visit-${k}`}>{e[k] ?? t('records.visit.empty')}</dd>
              </div>
            ))}
          </dl>
          <p className="cg-rec-sub">{t('records.vitals.by', { name: e.recordedByName })}</p>
          {doctor && e.status === 'IN_PROGRESS' && (
            <ConfirmAction
              label={t('records.visit.complete')}
              confirmLabel={t('records.visit.completeConfirm')}
              testId="visit-complete"
              onConfirm={async () => {
                await complete({ variables: { input: { id: e.id } } });
                setDone(t('records.visit.completed'));
              }}
            />
          )}
        </article>
      )}
      {e && (
        <section className="cg-card" aria-labelledby="visit-dx" data-testid="visit-diagnoses">
          <h2 id="visit-dx">{t('records.visit.diagnoses')}</h2>
          {diagnoses.length === 0 ? (
            <p className="cg-muted">{t('records.visit.noDiagnoses')}</p>
          ) : (
            <ul className="cg-rec-list">
              {diagnoses.map((d) => (
                <li key={d.id} data-status={d.status}>
                  <span className={d.enteredInError ? 'cg-rec-in-error' : undefined}>
                    {d.code && <span className="cg-code">{d.code}</span>} <strong>{d.label}</strong>
                  </span>
                  <span className="cg-rec-sub">
                    {t(
                      d.rank === 'PRIMARY'
                        ? 'records.summary.primary'
                        : 'records.summary.secondary',
                    )}{' '}
                    · {t(`records.visit.diagnosisStatus.${d.status}`)}
                  </span>
                  {d.enteredInError && (
                    <span className="cg-badge cg-badge-danger">
                      {t('records.timeline.inErrorBecause', {
                        reason: d.enteredInErrorReason ?? '',
                      })}
                    </span>
                  )}
                  {doctor && d.status === 'ACTIVE' && !d.enteredInError && (
                    <ConfirmAction
                      label={t('records.diagnosis.resolve')}
                      testId="diagnosis-resolve"
                      onConfirm={async () => {
                        await resolve({ variables: { input: { id: d.id } } });
                        setDone(t('records.diagnosis.resolved', { label: d.label }));
                      }}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </PageLayout>
  );
}
