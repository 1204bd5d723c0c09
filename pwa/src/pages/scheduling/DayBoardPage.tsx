import { skipToken, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { addOutline, radioOutline, timeOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { useSession } from '../../app/session/SessionContext';
import {
  AgendaAppointment,
  booksForCallers,
  type BoardAppointment,
} from '../../features/scheduling/components/AgendaAppointment';
import { BookForPatientModal } from '../../features/scheduling/components/BookForPatientModal';
import { CallList } from '../../features/scheduling/components/CallList';
import { DayNavigator } from '../../features/scheduling/components/DayNavigator';
import { MoveModal } from '../../features/scheduling/components/MoveModal';
import { RunningLatePanel } from '../../features/scheduling/components/RunningLatePanel';
import { specialtyLabel } from '../../features/scheduling/labels';
import { dayRange, formatLocalDate, formatWhen, localDate } from '../../features/scheduling/time';
import {
  useCancelPractitionerDay,
  type CallList as ToCall,
} from '../../features/scheduling/use-cancel-practitioner-day';
import { useLiveAgenda } from '../../features/scheduling/use-live-agenda';
import { useSchedulingError } from '../../features/scheduling/use-scheduling-error';
import '../../features/scheduling/scheduling.css';
import { DayBoardDocument, WaitlistDocument } from '../../gql/graphql';

/**
 * Reception's day, by practitioner, live: arrivals, no-shows, moves, cancellations, bookings for
 * callers, the waitlist, and the call list when a practitioner is absent (R4). Nurses read it.
 */
export default function DayBoardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user } = useSession();
  const role = user?.role ?? 'NURSE';
  const reception = role === 'RECEPTIONIST';
  const books = booksForCallers(role);
  const [lateFor, setLateFor] = useState<string | null>(null);
  const schedulingError = useSchedulingError();
  const [date, setDate] = useState(() => localDate(new Date()));
  const [practitionerId, setPractitionerId] = useState('');
  const [feedback, setFeedback] = useState<{ kind: 'error' | 'success'; text: string } | null>(
    null,
  );
  const [moving, setMoving] = useState<{
    appointment: BoardAppointment;
    practitionerId: string;
  } | null>(null);
  const [booking, setBooking] = useState(false);
  const [toCall, setToCall] = useState<ToCall | null>(null);

  const board = useQuery(DayBoardDocument, { variables: { date } });
  useLiveAgenda(() => board.refetch());
  const waitlist = useQuery(WaitlistDocument, reception ? { variables: {} } : skipToken);
  const askCancelDay = useCancelPractitionerDay(setFeedback);

  const days = (board.data?.dayBoard ?? []).filter(
    (d) => !practitionerId || d.practitioner.id === practitionerId,
  );
  const practitionerOptions = (board.data?.dayBoard ?? []).map((d) => ({
    value: d.practitioner.id,
    label: d.practitioner.displayName,
  }));
  const today = localDate(new Date());

  function askAbsent(id: string, name: string) {
    askCancelDay({
      practitionerId: id,
      header: t('scheduling.board.absentTitle', { name }),
      message: t('scheduling.board.absentText'),
      confirm: t('scheduling.board.absentConfirm'),
      // What is left of the day shown: from now when it is today.
      range: () => {
        const range = dayRange(date);
        return { from: new Date(Math.max(Date.now(), range.from.getTime())), to: range.to };
      },
      onCancelled: setToCall,
    });
  }

  return (
    <PageLayout title={t('scheduling.board.title')} wide>
      {books && (
        <IonButton
          className="cg-board-book"
          onClick={() => {
            setBooking(true);
          }}
          data-testid="book-for-patient"
        >
          <IonIcon slot="start" icon={addOutline} aria-hidden="true" />
          {t('scheduling.board.bookForPatient')}
        </IonButton>
      )}
      <DayNavigator
        date={date}
        today={today}
        setDate={setDate}
        testId="board-controls"
        after={
          <div className="cg-grow">
            <SelectField
              name="practitioner"
              label={t('scheduling.board.practitioner')}
              value={practitionerId}
              options={[
                { value: '', label: t('scheduling.board.allPractitioners') },
                ...practitionerOptions,
              ]}
              onChange={setPractitionerId}
            />
          </div>
        }
      >
        <div className="cg-field-plain cg-grow">
          <label htmlFor="board-date">{t('scheduling.board.date')}</label>
          <input
            id="board-date"
            name="date"
            type="date"
            className="cg-input"
            value={date}
            onChange={(e) => {
              if (e.target.value) setDate(e.target.value);
            }}
          />
        </div>
      </DayNavigator>
      <p className="cg-board-meta">
        <strong className="cg-day-title">{formatLocalDate(date, lang)}</strong>
        <span className="cg-live" data-testid="live">
          <IonIcon icon={radioOutline} aria-hidden="true" /> {t('scheduling.board.live')}
        </span>
        <span>{t('scheduling.timeZoneNote')}</span>
      </p>
      {feedback && <Notice kind={feedback.kind}>{feedback.text}</Notice>}
      {toCall && <CallList patients={toCall} />}
      {board.error && <Notice kind="error">{schedulingError(board.error)}</Notice>}
      {board.loading && !board.data && <IonSpinner aria-label={t('app.loading')} />}
      {board.data && days.length === 0 && (
        <p className="cg-muted">{t('scheduling.board.noPractitioner')}</p>
      )}
      <div className="cg-board" data-testid="day-board">
        {days.map((d) => (
          <section
            key={d.practitioner.id}
            className="cg-card cg-board-column"
            aria-labelledby={`col-${d.practitioner.id}`}
            data-testid="board-column"
            data-practitioner={d.practitioner.id}
          >
            <h2 id={`col-${d.practitioner.id}`}>
              <span>{d.practitioner.displayName}</span>
              <span className="cg-muted cg-small">
                {t('scheduling.board.count', { count: d.appointments.length })}
              </span>
            </h2>
            <p className="cg-appt-meta">{specialtyLabel(d.practitioner.specialtyInfo, lang)}</p>
            {d.appointments.length === 0 && (
              <p className="cg-muted">{t('scheduling.board.empty')}</p>
            )}
            <ul className="cg-plain-list">
              {d.appointments.map((a) => (
                <AgendaAppointment
                  key={a.id}
                  appointment={a}
                  role={role}
                  onFeedback={setFeedback}
                  onMove={(appointment) => {
                    setMoving({ appointment, practitionerId: d.practitioner.id });
                  }}
                />
              ))}
            </ul>
            {reception && date === today && lateFor !== d.practitioner.id && (
              <IonButton
                fill="outline"
                expand="block"
                data-testid="practitioner-late"
                onClick={() => {
                  setLateFor(d.practitioner.id);
                }}
              >
                <IonIcon slot="start" icon={timeOutline} aria-hidden="true" />
                {t('scheduling.board.late')}
              </IonButton>
            )}
            {reception && date === today && lateFor === d.practitioner.id && (
              <RunningLatePanel
                practitionerId={d.practitioner.id}
                title={t('scheduling.board.lateTitle', { name: d.practitioner.displayName })}
                submitLabel={t('scheduling.board.lateSubmit')}
                onFeedback={setFeedback}
                onDone={() => {
                  setLateFor(null);
                }}
              />
            )}
            {reception && date >= today && (
              <IonButton
                fill="outline"
                color="danger"
                expand="block"
                data-testid="practitioner-absent"
                onClick={() => {
                  askAbsent(d.practitioner.id, d.practitioner.displayName);
                }}
              >
                {t('scheduling.board.absent')}
              </IonButton>
            )}
          </section>
        ))}
      </div>
      {reception && (
        <section className="cg-card" aria-labelledby="board-waitlist" data-testid="board-waitlist">
          <h2 id="board-waitlist">{t('scheduling.board.waitlist')}</h2>
          {waitlist.data?.waitlist.length === 0 && (
            <p className="cg-muted">{t('scheduling.board.waitlistEmpty')}</p>
          )}
          <ul className="cg-plain-list">
            {(waitlist.data?.waitlist ?? []).map((w) => (
              <li key={w.id} className="cg-appt">
                <div className="cg-appt-head">
                  <strong>{w.patient.displayName}</strong>
                  <span className="cg-badge">
                    {t(`scheduling.mine.waitlistStatus.${w.status}`)}
                  </span>
                </div>
                <p className="cg-appt-meta">
                  {t('scheduling.mine.waitingFor', {
                    who: w.practitioner?.displayName ?? w.specialty ?? '',
                    from: formatLocalDate(w.fromDate, lang),
                    to: formatLocalDate(w.toDate, lang),
                  })}
                  {w.patient.phone && <> · {w.patient.phone}</>}
                </p>
                {w.offer?.status === 'PENDING' && (
                  <p className="cg-appt-meta">
                    {t('scheduling.mine.offer', {
                      when: formatWhen(w.offer.startsAt, lang),
                      until: formatWhen(w.offer.expiresAt, lang),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <MoveModal
        appointment={moving?.appointment ?? null}
        practitionerId={moving?.practitionerId ?? null}
        onClose={() => {
          setMoving(null);
        }}
        onFeedback={setFeedback}
      />
      {books && (
        <BookForPatientModal
          isOpen={booking}
          initialPractitionerId={practitionerId || null}
          onClose={() => {
            setBooking(false);
          }}
          onFeedback={setFeedback}
        />
      )}
    </PageLayout>
  );
}
