import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../../../app/format';
import { ReserveBedDocument } from '../../../gql/graphql';
import type { BoardTile } from '../bed-board';
import { hospitalInstant, isTime24, nextHour } from '../stays';
import { useWardsError } from '../wards-error';
import { InputField, TextArea } from './fields';
import type { FlowProps } from './flow';
import { PatientPicker, type PickedPatient } from './PatientPicker';

/**
 * Holds a free bed for a planned admission: the patient, the planned date and 24-hour time on
 * the hospital's clock, and a note for the team that will admit them.
 */
export function ReserveForm({ tile, onDone, onMessage }: FlowProps & { tile: BoardTile }) {
  const { t, i18n } = useTranslation();
  const wardsError = useWardsError();
  const [initial] = useState(() => nextHour(new Date()));
  const [patient, setPatient] = useState<PickedPatient | null>(null);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [reserve, { loading }] = useMutation(ReserveBedDocument, {
    refetchQueries: ['BedBoard', 'Wards'],
  });

  async function submit() {
    onMessage(null);
    const problems: Record<string, string> = {};
    if (!patient) problems.patientId = t('wards.admit.pickPatient');
    if (!date.trim()) problems.plannedDate = t('validation.required');
    if (!isTime24(time)) problems.plannedTime = t('wards.errors.time24');
    const plannedFor = hospitalInstant(date, time);
    if (!problems.plannedDate && !problems.plannedTime && !plannedFor) {
      problems.plannedDate = t('validation.required');
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !patient || !plannedFor) return;
    try {
      await reserve({
        variables: {
          input: {
            bedId: tile.bedId,
            patientId: patient.id,
            plannedFor,
            note: note.trim() || null,
          },
        },
      });
      onDone(
        t('wards.reserve.done', {
          label: tile.label,
          name: patient.displayName,
          when: formatWhen(plannedFor, i18n.language),
        }),
      );
    } catch (e) {
      const failure = wardsError(e);
      const { plannedFor: plannedError, ...rest } = failure.fields;
      setErrors(plannedError ? { ...rest, plannedDate: plannedError } : rest);
      onMessage(failure.message, failure.refresh);
    }
  }

  return (
    <form
      className="cg-form cg-ward-flow"
      data-testid="reserve-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="cg-flow-title">{t('wards.reserve.title', { label: tile.label })}</h3>
      <PatientPicker
        picked={patient}
        error={errors.patientId}
        onPick={(p) => {
          setPatient(p);
          if (p) {
            setErrors((prev) => {
              const next = { ...prev };
              delete next.patientId;
              return next;
            });
          }
        }}
      />
      <div className="cg-ward-when">
        <InputField
          name="plannedDate"
          type="date"
          label={t('wards.reserve.date')}
          value={date}
          error={errors.plannedDate}
          onChange={setDate}
        />
        <InputField
          name="plannedTime"
          label={t('wards.reserve.time')}
          inputMode="numeric"
          placeholder="14:30"
          value={time}
          error={errors.plannedTime}
          onChange={setTime}
        />
      </div>
      <p className="cg-muted">{t('wards.timeZoneNote')}</p>
      <TextArea
        name="reservationNote"
        label={t('wards.reserve.note')}
        value={note}
        error={errors.note}
        onChange={setNote}
      />
      <IonButton type="submit" expand="block" disabled={loading} data-testid="reserve-submit">
        {t('wards.reserve.submit', { label: tile.label })}
      </IonButton>
    </form>
  );
}
