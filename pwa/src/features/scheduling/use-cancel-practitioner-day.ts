import { useMutation } from '@apollo/client/react';
import { useIonAlert } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import {
  CancelPractitionerDayDocument,
  type CancelPractitionerDayMutation,
} from '../../gql/graphql';
import type { Feedback } from './components/AgendaAppointment';
import { useSchedulingError } from './use-scheduling-error';

export type CallList = CancelPractitionerDayMutation['cancelPractitionerDay'];

/**
 * R4: a practitioner is absent for the rest of a day (reception marks them, or the doctor cancels
 * their own day). A dialog asks for the reason; the answer is the list of patients to call.
 */
export function useCancelPractitionerDay(onFeedback: Feedback) {
  const { t } = useTranslation();
  const schedulingError = useSchedulingError();
  const [presentAlert] = useIonAlert();
  const [cancelDay] = useMutation(CancelPractitionerDayDocument, { refetchQueries: ['DayBoard'] });

  return function ask({
    practitionerId,
    header,
    message,
    confirm,
    range,
    onCancelled,
  }: {
    practitionerId: string;
    header: string;
    message: string;
    confirm: string;
    /** Read when the user confirms, so that "from now" is the moment of the confirmation. */
    range: () => { from: Date; to: Date };
    onCancelled: (toCall: CallList) => void;
  }) {
    void presentAlert({
      cssClass: 'cg-alert',
      header,
      message,
      inputs: [
        {
          name: 'reason',
          type: 'text',
          value: t('scheduling.board.absentDefaultReason'),
          attributes: { 'aria-label': t('scheduling.board.absentReason') },
        },
      ],
      buttons: [
        { text: t('scheduling.mine.keep'), role: 'cancel' },
        {
          text: confirm,
          role: 'destructive',
          handler: (values: { reason?: string }) => {
            const { from, to } = range();
            cancelDay({
              variables: {
                input: {
                  practitionerId,
                  from: from.toISOString(),
                  to: to.toISOString(),
                  reason: values.reason?.trim() || t('scheduling.board.absentDefaultReason'),
                },
              },
            }).then(
              (r) => {
                onCancelled(r.data?.cancelPractitionerDay ?? []);
              },
              (e: unknown) => {
                onFeedback({ kind: 'error', text: schedulingError(e) });
              },
            );
          },
        },
      ],
    });
  };
}
