import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportDelayDocument } from '../../../gql/graphql';
import { useSchedulingError } from '../use-scheduling-error';
import type { Feedback } from './AgendaAppointment';

const LATE_CHOICES = [10, 15, 20, 30, 45];

/**
 * "How late?" for one practitioner (R3): a few common delays and a custom one; the rest of
 * today is re-planned by the server and the patients told. The doctor's own agenda and the
 * reception's day board (a practitioner who called in late) both use it.
 */
export function RunningLatePanel({
  practitionerId,
  title,
  submitLabel,
  onFeedback,
  onDone,
}: {
  practitionerId: string;
  title: string;
  submitLabel: string;
  onFeedback: Feedback;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const schedulingError = useSchedulingError();
  const [custom, setCustom] = useState('');
  const [reportDelay, delaying] = useMutation(ReportDelayDocument, {
    refetchQueries: ['DayBoard'],
  });
  const inputId = `late-minutes-${practitionerId}`;

  function late(minutes: number) {
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) {
      onFeedback({ kind: 'error', text: t('scheduling.agenda.lateInvalid') });
      return;
    }
    reportDelay({ variables: { input: { practitionerId, minutes } } }).then(
      (r) => {
        const count = r.data?.reportDelay.length ?? 0;
        setCustom('');
        onDone();
        onFeedback({
          kind: 'success',
          text:
            count === 0
              ? t('scheduling.agenda.lateNone')
              : t('scheduling.agenda.lateDone', { count }),
        });
      },
      (e: unknown) => {
        onFeedback({ kind: 'error', text: schedulingError(e) });
      },
    );
  }

  return (
    <section
      className="cg-card"
      aria-labelledby={`late-title-${practitionerId}`}
      data-testid="late-panel"
    >
      <h2 id={`late-title-${practitionerId}`}>{title}</h2>
      <div className="cg-late-choices">
        {LATE_CHOICES.map((m) => (
          <button
            key={m}
            type="button"
            className="cg-slot"
            disabled={delaying.loading}
            data-testid={`late-${String(m)}`}
            onClick={() => {
              late(m);
            }}
          >
            {t('scheduling.minutes', { count: m })}
          </button>
        ))}
      </div>
      <form
        className="cg-toolbar-row"
        onSubmit={(e) => {
          e.preventDefault();
          late(Number(custom));
        }}
      >
        <div className="cg-field-plain cg-grow">
          <label htmlFor={inputId}>{t('scheduling.agenda.lateCustom')}</label>
          <input
            id={inputId}
            name="lateMinutes"
            className="cg-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            value={custom}
            onChange={(e) => {
              setCustom(e.target.value);
            }}
          />
        </div>
        <IonButton type="submit" disabled={delaying.loading || !custom}>
          {submitLabel}
        </IonButton>
      </form>
    </section>
  );
}
