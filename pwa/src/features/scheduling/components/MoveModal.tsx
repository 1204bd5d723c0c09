import { useMutation } from '@apollo/client/react';
import {
  IonButton,
  IonButtons,
  IonContent,
  IonHeader,
  IonModal,
  IonTitle,
  IonToolbar,
} from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../app/components/Notice';
import { RescheduleAppointmentDocument } from '../../../gql/graphql';
import { formatWhen } from '../time';
import { useSchedulingError } from '../use-scheduling-error';
import type { BoardAppointment, Feedback } from './AgendaAppointment';
import { SlotPicker } from './SlotPicker';

/** Moves an appointment to another free time of the same practitioner (R2 applies). */
export function MoveModal({
  appointment,
  practitionerId,
  onClose,
  onFeedback,
}: {
  appointment: BoardAppointment | null;
  practitionerId: string | null;
  onClose: () => void;
  onFeedback: Feedback;
}) {
  const { t, i18n } = useTranslation();
  const schedulingError = useSchedulingError();
  const [error, setError] = useState<string | null>(null);
  const [reschedule, { loading }] = useMutation(RescheduleAppointmentDocument, {
    refetchQueries: ['DayBoard'],
  });

  return (
    <IonModal
      isOpen={appointment !== null}
      onDidDismiss={onClose}
      aria-label={t('scheduling.move.title')}
    >
      <IonHeader>
        <IonToolbar color="primary">
          <IonTitle>
            <h2 id="move-title" className="cg-title">
              {t('scheduling.move.title')}
            </h2>
          </IonTitle>
          <IonButtons slot="end">
            <IonButton onClick={onClose}>{t('scheduling.close')}</IonButton>
          </IonButtons>
        </IonToolbar>
      </IonHeader>
      <IonContent>
        <div className="cg-container" data-testid="move-modal">
          {appointment && practitionerId && (
            <>
              <p className="cg-summary">
                <strong>{appointment.patient.displayName}</strong>
                <br />
                {t('scheduling.move.current', {
                  when: formatWhen(appointment.startsAt, i18n.language),
                })}
              </p>
              {error && <Notice kind="error">{error}</Notice>}
              <h3 className="cg-step-title">{t('scheduling.move.pick')}</h3>
              <SlotPicker
                practitionerId={practitionerId}
                value={null}
                onPick={(startsAt) => {
                  if (loading) return;
                  setError(null);
                  reschedule({
                    variables: {
                      input: { id: appointment.id, startsAt, version: appointment.version },
                    },
                  }).then(
                    () => {
                      onFeedback({
                        kind: 'success',
                        text: t('scheduling.move.moved', {
                          when: formatWhen(startsAt, i18n.language),
                        }),
                      });
                      onClose();
                    },
                    (e: unknown) => {
                      setError(schedulingError(e));
                    },
                  );
                }}
              />
            </>
          )}
        </div>
      </IonContent>
    </IonModal>
  );
}
