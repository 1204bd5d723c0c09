import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import {
  CheckInAppointmentDocument,
  CompleteAppointmentDocument,
  ConfirmAppointmentDocument,
  MarkNoShowDocument,
  StartAppointmentDocument,
  type DayBoardQuery,
  type Role,
} from '../../../gql/graphql';
import { useCancelAppointment } from '../use-cancel-appointment';
import { useNow } from '../use-now';
import { useSchedulingError } from '../use-scheduling-error';
import { AppointmentTime } from './AppointmentTime';
import { StatusBadge } from './StatusBadge';

export type BoardAppointment = DayBoardQuery['dayBoard'][number]['appointments'][number];
export type Feedback = (m: { kind: 'error' | 'success'; text: string }) => void;

const OPEN = ['SCHEDULED', 'CONFIRMED'];
const CANCELLED = ['CANCELLED', 'CANCELLED_PRACTITIONER_ABSENT'];

/** Who books, moves and cancels for callers: the front desk, and administrators (the API's bookers). */
export function booksForCallers(role: Role): boolean {
  return role === 'RECEPTIONIST' || role === 'ADMIN';
}

/** The actions each role may take on an appointment now, mirroring the API's rules (R2 for moves). */
export function actionsFor(
  role: Role,
  a: Pick<BoardAppointment, 'status' | 'startsAt'>,
  now: number,
) {
  const open = OPEN.includes(a.status);
  const started = new Date(a.startsAt).getTime() <= now;
  const reception = role === 'RECEPTIONIST';
  const doctor = role === 'DOCTOR';
  // Administrators book, move and cancel like the front desk; the desk's other steps are its own.
  const books = booksForCallers(role);
  return {
    confirm: reception && a.status === 'SCHEDULED',
    checkIn: reception && open,
    noShow: (reception || doctor) && open && started,
    start: (reception || doctor) && a.status === 'CHECKED_IN',
    complete: doctor && a.status === 'IN_PROGRESS',
    move: (books || doctor) && open && new Date(a.startsAt).getTime() - now > 30 * 60_000,
    cancel: (books || doctor) && open,
  };
}

const NO_ACTION: ReturnType<typeof actionsFor> = {
  confirm: false,
  checkIn: false,
  noShow: false,
  start: false,
  complete: false,
  move: false,
  cancel: false,
};

/** One appointment of a day board or agenda, with the actions the viewer may take. */
export function AgendaAppointment({
  appointment: a,
  role,
  onMove,
  onFeedback,
  readOnly = false,
}: {
  appointment: BoardAppointment;
  role: Role;
  /** Read from the device without network: no action, they all need the server. */
  readOnly?: boolean;
  onMove?: ((a: BoardAppointment) => void) | undefined;
  onFeedback: Feedback;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const schedulingError = useSchedulingError();
  const cancel = useCancelAppointment('staff', onFeedback);
  const refetchQueries = ['DayBoard'];
  const [confirm, confirmState] = useMutation(ConfirmAppointmentDocument, { refetchQueries });
  const [checkIn, checkInState] = useMutation(CheckInAppointmentDocument, { refetchQueries });
  const [noShow, noShowState] = useMutation(MarkNoShowDocument, { refetchQueries });
  const [start, startState] = useMutation(StartAppointmentDocument, { refetchQueries });
  const [complete, completeState] = useMutation(CompleteAppointmentDocument, { refetchQueries });
  const busy =
    confirmState.loading ||
    checkInState.loading ||
    noShowState.loading ||
    startState.loading ||
    completeState.loading ||
    cancel.cancelling;
  const can = readOnly ? NO_ACTION : actionsFor(role, a, now);
  const name = a.patient.displayName;

  function run<D>(
    mutate: (o: { variables: { input: { id: string } } }) => Promise<D>,
    success?: string,
  ) {
    mutate({ variables: { input: { id: a.id } } }).then(
      () => {
        if (success) onFeedback({ kind: 'success', text: success });
      },
      (e: unknown) => {
        onFeedback({ kind: 'error', text: schedulingError(e) });
      },
    );
  }

  return (
    <li
      className={`cg-appt${CANCELLED.includes(a.status) ? ' cg-appt-cancelled' : ''}`}
      data-testid="board-appointment"
      data-id={a.id}
      data-status={a.status}
    >
      <div className="cg-appt-head">
        <AppointmentTime startsAt={a.startsAt} originalStartsAt={a.originalStartsAt} />
        <StatusBadge status={a.status} />
      </div>
      <p className="cg-appt-who">{name}</p>
      <p className="cg-appt-meta">
        {t('scheduling.board.mrn')} {a.patient.mrn}
        {a.patient.phone && <> · {a.patient.phone}</>} · {a.reason}
      </p>
      {Object.values(can).some(Boolean) && (
        <div className="cg-appt-actions">
          {can.confirm && (
            <IonButton
              size="small"
              fill="outline"
              disabled={busy}
              data-testid="confirm"
              onClick={() => {
                run(confirm, t('scheduling.board.confirmed', { name }));
              }}
            >
              {t('scheduling.board.confirm')}
            </IonButton>
          )}
          {can.checkIn && (
            <IonButton
              size="small"
              disabled={busy}
              data-testid="check-in"
              onClick={() => {
                run(checkIn, t('scheduling.board.checkedIn', { name }));
              }}
            >
              {t('scheduling.board.checkIn')}
            </IonButton>
          )}
          {can.start && (
            <IonButton
              size="small"
              disabled={busy}
              data-testid="start"
              onClick={() => {
                run(start);
              }}
            >
              {t('scheduling.board.start')}
            </IonButton>
          )}
          {can.complete && (
            <IonButton
              size="small"
              disabled={busy}
              data-testid="complete"
              onClick={() => {
                run(complete);
              }}
            >
              {t('scheduling.board.complete')}
            </IonButton>
          )}
          {can.noShow && (
            <IonButton
              size="small"
              fill="outline"
              color="medium"
              disabled={busy}
              data-testid="no-show"
              onClick={() => {
                run(noShow, t('scheduling.board.markedNoShow', { name }));
              }}
            >
              {t('scheduling.board.noShow')}
            </IonButton>
          )}
          {can.move && onMove && (
            <IonButton
              size="small"
              fill="outline"
              disabled={busy}
              data-testid="move"
              onClick={() => {
                onMove(a);
              }}
            >
              {t('scheduling.board.move')}
            </IonButton>
          )}
          {can.cancel && (
            <IonButton
              size="small"
              fill="outline"
              color="danger"
              disabled={busy}
              data-testid="cancel"
              onClick={() => {
                cancel.ask(a, name);
              }}
            >
              {t('scheduling.board.cancel')}
            </IonButton>
          )}
        </div>
      )}
    </li>
  );
}
