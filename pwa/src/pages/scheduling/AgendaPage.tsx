import { skipToken, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { timeOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { useReadingOffline } from '../../app/offline-source';
import { useSession } from '../../app/session/SessionContext';
import {
  AgendaAppointment,
  type BoardAppointment,
} from '../../features/scheduling/components/AgendaAppointment';
import { CallList } from '../../features/scheduling/components/CallList';
import { DayNavigator } from '../../features/scheduling/components/DayNavigator';
import { MoveModal } from '../../features/scheduling/components/MoveModal';
import { RunningLatePanel } from '../../features/scheduling/components/RunningLatePanel';
import { dayRange, formatLocalDate, localDate } from '../../features/scheduling/time';
import {
  useCancelPractitionerDay,
  type CallList as ToCall,
} from '../../features/scheduling/use-cancel-practitioner-day';
import { useLiveAgenda } from '../../features/scheduling/use-live-agenda';
import { useSchedulingError } from '../../features/scheduling/use-scheduling-error';
import '../../features/scheduling/scheduling.css';
import { DayBoardDocument, MyPractitionerProfileDocument } from '../../gql/graphql';

/**
 * A doctor's own agenda, today first. "I'm running late" re-plans the rest of today (R3) and
 * shows the new times beside the struck-through old ones; "cancel my day" (R4) ends with the list
 * of patients reception will call.
 */
export default function AgendaPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const schedulingError = useSchedulingError();
  const today = localDate(new Date());
  const [date, setDate] = useState(today);
  const [feedback, setFeedback] = useState<{ kind: 'error' | 'success'; text: string } | null>(
    null,
  );
  const [lateOpen, setLateOpen] = useState(false);
  const [moving, setMoving] = useState<BoardAppointment | null>(null);
  const [toCall, setToCall] = useState<ToCall | null>(null);

  const profile = useQuery(MyPractitionerProfileDocument);
  const me = profile.data?.myPractitionerProfile;
  const board = useQuery(
    DayBoardDocument,
    me ? { variables: { date, practitionerId: me.id } } : skipToken,
  );
  useLiveAgenda(() => board.refetch(), me ? [me.id] : []);
  const askCancelDay = useCancelPractitionerDay(setFeedback);
  const appointments = board.data?.dayBoard[0]?.appointments ?? [];
  // Read from the shift pack without network: today only, and nothing to change.
  const offline = useReadingOffline() !== null;

  function cancelMyDay() {
    if (!me) return;
    askCancelDay({
      practitionerId: me.id,
      header: t('scheduling.agenda.cancelDayTitle'),
      message: t('scheduling.agenda.cancelDayText'),
      confirm: t('scheduling.agenda.cancelDayConfirm'),
      // The rest of today, from the moment the doctor confirms.
      range: () => ({ from: new Date(), to: dayRange(today).to }),
      onCancelled: (list) => {
        setDate(today);
        setToCall(list);
      },
    });
  }

  return (
    <PageLayout title={t('scheduling.agenda.title')}>
      {profile.data && !me && <Notice kind="error">{t('scheduling.agenda.noProfile')}</Notice>}
      {profile.error && !profile.data && (
        <Notice kind="error">{schedulingError(profile.error)}</Notice>
      )}
      {me && (
        <>
          <DayNavigator date={date} today={today} setDate={setDate}>
            <h2 className="cg-step-title cg-grow" data-testid="agenda-date">
              {date === today ? `${t('scheduling.board.today')} · ` : ''}
              {formatLocalDate(date, i18n.language)}
            </h2>
          </DayNavigator>
          {!offline && (
            <div className="cg-actions">
              <IonButton
                onClick={() => {
                  setLateOpen((o) => !o);
                }}
                data-testid="running-late"
                aria-expanded={lateOpen}
              >
                <IonIcon slot="start" icon={timeOutline} aria-hidden="true" />
                {t('scheduling.agenda.late')}
              </IonButton>
              <IonButton
                color="danger"
                fill="outline"
                onClick={cancelMyDay}
                data-testid="cancel-my-day"
              >
                {t('scheduling.agenda.cancelDay')}
              </IonButton>
            </div>
          )}
          {lateOpen && !offline && (
            <RunningLatePanel
              practitionerId={me.id}
              title={t('scheduling.agenda.lateTitle')}
              submitLabel={t('scheduling.agenda.lateSubmit')}
              onFeedback={setFeedback}
              onDone={() => {
                setLateOpen(false);
                setDate(today);
              }}
            />
          )}
          <p className="cg-muted">{t('scheduling.timeZoneNote')}</p>
          {feedback && <Notice kind={feedback.kind}>{feedback.text}</Notice>}
          {toCall && <CallList patients={toCall} />}
          <section className="cg-card" data-testid="agenda">
            {board.loading && !board.data && <IonSpinner aria-label={t('app.loading')} />}
            {board.error && !board.data && (
              <Notice kind="error">{schedulingError(board.error)}</Notice>
            )}
            {board.data && appointments.length === 0 && (
              <p className="cg-muted">{t('scheduling.agenda.empty')}</p>
            )}
            <ul className="cg-plain-list">
              {appointments.map((a) => (
                <AgendaAppointment
                  key={a.id}
                  appointment={a}
                  role={user?.role ?? 'DOCTOR'}
                  onFeedback={setFeedback}
                  onMove={setMoving}
                  readOnly={offline}
                />
              ))}
            </ul>
          </section>
          <MoveModal
            appointment={moving}
            practitionerId={me.id}
            onClose={() => {
              setMoving(null);
            }}
            onFeedback={setFeedback}
          />
        </>
      )}
    </PageLayout>
  );
}
