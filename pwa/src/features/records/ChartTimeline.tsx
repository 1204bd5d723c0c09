import { useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import { PatientTimelineDocument, type PatientTimelineQuery } from '../../gql/graphql';
import { num, regimen, resultValue, testName } from './labels';

type Entry = PatientTimelineQuery['patientTimeline']['nodes'][number];

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
          return (
            <li key={`${e.kind}-${e.id}`} data-kind={e.kind}>
              <span className="cg-rec-row">
                <span className="cg-badge">{t(`records.timeline.kind.${e.kind}`)}</span>
                <span className="cg-rec-sub">{formatDateTime(e.occurredAt, i18n.language)}</span>
              </span>
              <strong style={e.enteredInError ? { textDecoration: 'line-through' } : undefined}>
                {d.title}
              </strong>
              {e.enteredInError && (
                <span className="cg-badge cg-badge-danger">
                  {t('records.timeline.enteredInError')}
                </span>
              )}
              {d.detail && <span className="cg-rec-sub">{d.detail}</span>}
            </li>
          );
        })}
      </ul>
      {page?.pageInfo.hasNextPage && (
        <IonButton
          expand="block"
          fill="outline"
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
