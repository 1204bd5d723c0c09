import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegisterEmergencyArrivalDocument, type Sex } from '../../../gql/graphql';
import { TextArea, WholeNumberField } from '../../wards/components/fields';
import { PatientPicker, type PickedPatient } from '../../wards/components/PatientPicker';
import { useEmergencyError } from '../emergency-error';
import { FormFailure } from './FormFailure';
import { arrivalInput, type ArrivalValues } from '../forms';
import { ARRIVAL_MODES, CHIEF_COMPLAINTS } from '../triage';
import { Choices } from './Choices';

const SEXES: readonly Sex[] = ['FEMALE', 'MALE', 'UNKNOWN'];

/**
 * The triage desk's arrival form, made for a tablet held in one hand: a patient found in the
 * registry or an unknown one (sex, estimated age, what tells them apart), how they came, and the
 * chief complaint in one tap from the coded list, with words if needed.
 */
export function ArrivalForm({ onDone }: { onDone: (caseId: string, patientName: string) => void }) {
  const { t } = useTranslation();
  const emergencyError = useEmergencyError();
  const [patient, setPatient] = useState<PickedPatient | null>(null);
  const [values, setValues] = useState<ArrivalValues>({
    who: 'known',
    patientId: null,
    sex: '',
    estimatedAge: '',
    description: '',
    mode: '',
    complaint: '',
    complaintText: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [register, { loading }] = useMutation(RegisterEmergencyArrivalDocument, {
    refetchQueries: ['EmergencyQueue'],
  });

  // The API's field names of each value, so that a corrected field loses its error.
  const FIELD: Partial<Record<keyof ArrivalValues, string>> = {
    who: 'patientId',
    sex: 'unknown.sex',
    estimatedAge: 'unknown.estimatedAge',
    description: 'unknown.description',
  };
  const set = <K extends keyof ArrivalValues>(key: K, value: ArrivalValues[K]) => {
    setValues((old) => ({ ...old, [key]: value }));
    const field = FIELD[key] ?? key;
    setErrors((old) =>
      field in old ? Object.fromEntries(Object.entries(old).filter(([k]) => k !== field)) : old,
    );
  };

  async function submit() {
    setFailure(null);
    const checked = arrivalInput({ ...values, patientId: patient?.id ?? null });
    if (!checked.ok) {
      setErrors(Object.fromEntries(Object.entries(checked.problems).map(([k, v]) => [k, t(v)])));
      return;
    }
    setErrors({});
    try {
      const { data } = await register({ variables: { input: checked.input } });
      const made = data?.registerEmergencyArrival;
      if (made) onDone(made.id, made.patient.displayName);
    } catch (e) {
      const read = emergencyError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  return (
    <form
      className="cg-card cg-form cg-ed-form"
      data-testid="ed-arrival-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormFailure text={failure} />
      <Choices
        legend={t('emergency.arrival.who')}
        testId="ed-who"
        value={values.who}
        options={[
          { value: 'known', label: t('emergency.arrival.known') },
          { value: 'unknown', label: t('emergency.arrival.unknown') },
        ]}
        onChange={(who) => {
          set('who', who);
        }}
      />
      {values.who === 'known' ? (
        <PatientPicker
          picked={patient}
          onPick={(p) => {
            setPatient(p);
            set('patientId', p?.id ?? null);
          }}
          error={errors.patientId}
        />
      ) : (
        <div className="cg-ed-unknown-fields">
          <Choices
            legend={t('emergency.arrival.sex')}
            testId="ed-sex"
            value={values.sex}
            error={errors['unknown.sex']}
            options={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
            onChange={(s) => {
              set('sex', s);
            }}
          />
          <WholeNumberField
            name="estimatedAge"
            label={t('emergency.arrival.estimatedAge')}
            value={values.estimatedAge}
            error={errors['unknown.estimatedAge']}
            onChange={(v) => {
              set('estimatedAge', v);
            }}
          />
          <TextArea
            name="description"
            label={t('emergency.arrival.description')}
            value={values.description}
            error={errors['unknown.description']}
            rows={2}
            onChange={(v) => {
              set('description', v);
            }}
          />
        </div>
      )}
      <Choices
        legend={t('emergency.arrival.mode')}
        testId="ed-mode"
        value={values.mode}
        error={errors.mode}
        options={ARRIVAL_MODES.map((m) => ({ value: m, label: t(`emergency.mode.${m}`) }))}
        onChange={(m) => {
          set('mode', m);
        }}
      />
      <Choices
        legend={t('emergency.arrival.complaint')}
        testId="ed-complaint"
        grid
        value={values.complaint}
        error={errors.complaint}
        options={CHIEF_COMPLAINTS.map((c) => ({ value: c, label: t(`emergency.complaint.${c}`) }))}
        onChange={(c) => {
          set('complaint', c);
        }}
      />
      <TextArea
        name="complaintText"
        label={t('emergency.arrival.complaintText')}
        value={values.complaintText}
        error={errors.complaintText}
        rows={2}
        onChange={(v) => {
          set('complaintText', v);
        }}
      />
      <IonButton
        type="submit"
        expand="block"
        size="large"
        disabled={loading}
        data-testid="ed-arrival-submit"
      >
        {loading ? t('emergency.arrival.saving') : t('emergency.arrival.submit')}
      </IonButton>
    </form>
  );
}
