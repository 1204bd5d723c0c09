import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { formatDateTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import {
  MarkEnteredInErrorDocument,
  PatientTimelineDocument,
  type ClinicalEntryKind,
  type PatientTimelineQuery,
} from '../../gql/graphql';
import { ConfirmAction } from './ConfirmAction';
import { num, regimen, resultValue, testName } from './labels';

type Entry = PatientTimelineQuery['patientTimeline']['nodes'][number];

/** Kinds a clinician may mark entered in error from the chart, and who may. */
const CORRECTABLE: Partial<Record<ClinicalEntryKind, readonly string[]>> = {
  VITALS: ['DOCTOR', 'NURSE'],
  CARE_NOTE: ['DOCTOR', 'NURSE'],
  PRESCRIPTION: ['DOCTOR'],
};

/** Why the entry was marked entered in error, whichever kind it is. */
function inErrorReason(e: Entry): string | null {
  return (
    e.encounter?.enteredInErrorReason ??
    e.diagnosis?.enteredInErrorReason ??
    e.prescription?.enteredInErrorReason ??
    e.vitals?.enteredInErrorReason ??
    e.careNote?.enteredInErrorReason ??
    null
  );
}

function useDescribe() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (e: Entry): { title: string; detail?: string } => {
    if (e.encounter)
      return {
        title: e.encounter.reason,
        detail: `${t(`records.encounterKind.${e.encounter.kind}`)} · ${e.encounter.practitionerName}`,
      };
    if (e.diagnosis)
      return {
        title: `${e.diagnosis.code ?? ''} ${e.diagnosis.label}`.trim(),
        detail: e.diagnosis.recordedByName,
      };
    if (e.prescription)
      return {
        title: `${e.prescription.medicationName} ${e.prescription.strength ?? ''}`,
        detail: regimen(e.prescription, t, lang),
      };
    if (e.vitals) {
      const v = e.vitals;
      const parts = [
        v.temperatureC != null ? `${num(v.temperatureC, lang)} °C` : null,
        v.heartRate != null ? `${String(v.heartRate)}/min` : null,
        v.systolicBp != null
          ? `${String(v.systolicBp)}/${String(v.diastolicBp ?? '–')} mmHg`
          : null,
        v.spo2 != null ? `SpO₂ ${String(v.spo2)} %` : null,
      ].filter(Boolean);
      return {
        title:
          v.news2Score != null
            ? t('records.news2.score', { score: v.news2Score })
            : t('records.timeline.kind.VITALS'),
        detail: `${parts.join(' · ')} — ${v.recordedByName}`,
      };
    }
    if (e.careNote)
      return {
        title: t(`records.careNote.categories.${e.careNote.category}`),
        detail: `${e.careNote.text} — ${e.careNote.recordedByName}`,
      };
    if (e.administration)
      return {
        title: t(`records.medications.state.${e.administration.status}`),
        detail: `${e.administration.dose != null ? `${num(e.administration.dose, lang, 2)} ${e.administration.doseUnit ?? ''}` : (e.administration.reason ?? '')} — ${e.administration.recordedByName}`,
      };
    if (e.labResult)
      return {
        title: `${testName(e.labResult, lang)} ${resultValue(e.labResult, lang)}`,
        detail: t(`records.labs.flag.${e.labResult.flag}`),
      };
    if (e.labOrder)
      return {
        title: testName(e.labOrder, lang),
        detail: `${t(`records.labs.status.${e.labOrder.status}`)} · ${e.labOrder.orderedByName}`,
      };
    if (e.attachment) return { title: e.attachment.title, detail: e.attachment.fileName };
    return { title: t(`records.timeline.kind.${e.kind}`) };
  };
}

/** Everything that happened to the patient, newest first, page by page (R5). */
export function ChartTimeline({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const describe = useDescribe();
  const { user } = useSession();
  const role = user?.role ?? '';
  const clinician = role === 'DOCTOR' || role === 'NURSE';
  const [markInError] = useMutation(MarkEnteredInErrorDocument, {
    refetchQueries: ['PatientTimeline', 'PatientChart', 'MedicationSchedule'],
    awaitRefetchQueries: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, loading, fetchMore } = useQuery(PatientTimelineDocument, {
    variables: { patientId, first: 25 },
  });
  const page = data?.patientTimeline;
  return (
    <section className="cg-card" aria-labelledby="tl-title" data-testid="chart-timeline">
      <h2 id="tl-title">{t('records.sections.timeline')}</h2>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !page && <IonSpinner aria-label={t('app.loading')} />}
      {page?.nodes.length === 0 && <p className="cg-muted">{t('records.timeline.empty')}</p>}
      <ul className="cg-rec-list">
        {page?.nodes.map((e) => {
          const d = describe(e);
          const reason = e.enteredInError ? inErrorReason(e) : null;
          const canMark = !e.enteredInError && (CORRECTABLE[e.kind]?.includes(role) ?? false);
          return (
            <li key={`${e.kind}-${e.id}`} data-kind={e.kind} data-in-error={e.enteredInError}>
              <span className="cg-rec-row">
                <span className="cg-badge">{t(`records.timeline.kind.${e.kind}`)}</span>
                <span className="cg-rec-sub">{formatDateTime(e.occurredAt, i18n.language)}</span>
              </span>
              {e.encounter && clinician ? (
                <Link
                  className="cg-rec-link"
                  to={`/app/patients/${patientId}/chart/visits/${e.encounter.id}`}
                  data-testid="timeline-visit"
                >
                  <strong className={e.enteredInError ? 'cg-rec-in-error' : undefined}>
                    {d.title}
                  </strong>
                  <span className="cg-rec-sub">{t('records.timeline.openVisit')}</span>
                </Link>
              ) : (
                <strong className={e.enteredInError ? 'cg-rec-in-error' : undefined}>
                  {d.title}
                </strong>
              )}
              {e.enteredInError && (
                <span className="cg-badge cg-badge-danger" data-testid="in-error-reason">
                  {reason
                    ? t('records.timeline.inErrorBecause', { reason })
                    : t('records.timeline.enteredInError')}
                </span>
              )}
              {e.prescription?.status === 'STOPPED' && e.prescription.stopReason && (
                <span className="cg-rec-sub">
                  {t('records.prescriptions.stoppedBecause', {
                    reason: e.prescription.stopReason,
                  })}
                </span>
              )}
              {d.detail && (
                <span className={`cg-rec-sub${e.enteredInError ? ' cg-rec-in-error' : ''}`}>
                  {d.detail}
                </span>
              )}
              {canMark && (
                <ConfirmAction
                  label={t('records.timeline.markInError')}
                  reasonLabel={t('records.timeline.inErrorReason')}
                  testId="mark-in-error"
                  danger
                  onConfirm={(why) =>
                    markInError({ variables: { input: { id: e.id, kind: e.kind, reason: why } } })
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
      {page?.pageInfo.hasNextPage && (
        <IonButton
          expand="block"
          fill="outline"
          data-testid="timeline-more"
          disabled={loadingMore}
          onClick={() => {
            setLoadingMore(true);
            void fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                patientTimeline: {
                  ...fetchMoreResult.patientTimeline,
                  nodes: [...prev.patientTimeline.nodes, ...fetchMoreResult.patientTimeline.nodes],
                },
              }),
            }).finally(() => {
              setLoadingMore(false);
            });
          }}
        >
          {t('records.timeline.more')}
        </IonButton>
      )}
    </section>
  );
}
