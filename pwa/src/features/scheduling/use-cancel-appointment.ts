import { useMutation } from '@apollo/client/react';
import { useIonAlert } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { CancelAppointmentDocument } from '../../gql/graphql';
import type { Feedback } from './components/AgendaAppointment';
import { formatWhen } from './time';
import { useSchedulingError } from './use-scheduling-error';

/** The patient cancels their own visit; staff cancel one on the board or agenda. */
const WORDING = {
  patient: {
    confirm: 'scheduling.mine.cancel',
    defaultReason: 'scheduling.mine.cancelDefaultReason',
    done: 'scheduling.mine.cancelled',
    refetch: 'Appointments',
  },
  staff: {
    confirm: 'scheduling.board.cancel',
    defaultReason: 'scheduling.board.cancelDefaultReason',
    done: 'scheduling.board.cancelledDone',
    refetch: 'DayBoard',
  },
} as const;

/**
 * Cancelling an appointment: a dialog with the time and the other party's name asks for an
 * optional reason, then the cancellation runs and `onFeedback` says how it went.
 */
export function useCancelAppointment(who: keyof typeof WORDING, onFeedback: Feedback) {
  const { t, i18n } = useTranslation();
  const schedulingError = useSchedulingError();
  const [presentAlert] = useIonAlert();
  const wording = WORDING[who];
  const [cancel, { loading }] = useMutation(CancelAppointmentDocument, {
    refetchQueries: [wording.refetch],
  });

  /** Opens the dialog for the appointment at `startsAt` with `name`. */
  function ask(appointment: { id: string; startsAt: string }, name: string) {
    void presentAlert({
      cssClass: 'cg-alert',
      header: t('scheduling.mine.cancelTitle'),
      message: `${formatWhen(appointment.startsAt, i18n.language)} — ${name}`,
      inputs: [
        {
          name: 'reason',
          type: 'text',
          placeholder: t('scheduling.cancelReason'),
          attributes: { 'aria-label': t('scheduling.cancelReason') },
        },
      ],
      buttons: [
        { text: t('scheduling.mine.keep'), role: 'cancel' },
        {
          text: t(wording.confirm),
          role: 'destructive',
          handler: (values: { reason?: string }) => {
            const reason = values.reason?.trim() || t(wording.defaultReason);
            cancel({ variables: { input: { id: appointment.id, reason } } }).then(
              () => {
                onFeedback({ kind: 'success', text: t(wording.done) });
              },
              (e: unknown) => {
                onFeedback({ kind: 'error', text: schedulingError(e) });
              },
            );
          },
        },
      ],
    });
  }

  return { ask, cancelling: loading };
}
