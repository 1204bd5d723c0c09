import { useMutation } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { graphQLErrorsOf } from '../../app/errors';
import { useErrorText } from '../../app/use-error-text';
import { PrescribeDocument, type MedicationRoute } from '../../gql/graphql';
import { parseNumber } from './fields';

export const MEDICATION_ROUTES: readonly MedicationRoute[] = [
  'ORAL',
  'IV',
  'IM',
  'SC',
  'INHALED',
  'NASAL',
  'OPHTHALMIC',
  'RECTAL',
  'SUBLINGUAL',
  'TOPICAL',
  'TRANSDERMAL',
  'OTHER',
];

export interface PrescriptionValues {
  medicationName: string;
  form: string;
  strength: string;
  dose: string;
  doseUnit: string;
  times: string;
  durationDays: string;
  instructions: string;
}

/** The allergies the server matched, when it refused the order for that reason. */
function conflictsOf(error: unknown): string[] | null {
  const ext = graphQLErrorsOf(error)[0]?.extensions;
  const list = ext?.allergyConflicts;
  return Array.isArray(list) && list.length > 0 ? list.map(String) : null;
}

/** "8:00, 20:00; 12:30" as ["08:00", "20:00", "12:30"]. */
function scheduleTimes(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (/^\d:\d{2}$/.test(s) ? `0${s}` : s));
}

/**
 * A prescription being written: its fields, local checks, and the order. When the server refuses
 * it for an active allergy, `conflicts` names the allergies and the next submit needs a written
 * reason to override (audited). On success the chart opens on its medications.
 */
export function usePrescribeForm(patientId: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [values, setValues] = useState<PrescriptionValues>({
    medicationName: '',
    form: '',
    strength: '',
    dose: '',
    doseUnit: 'mg',
    times: '08:00, 20:00',
    durationDays: '',
    instructions: '',
  });
  const [route, setRoute] = useState<MedicationRoute | ''>('ORAL');
  const [asNeeded, setAsNeeded] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<string[] | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [prescribe, { loading }] = useMutation(PrescribeDocument, {
    refetchQueries: ['PatientChart', 'PatientTimeline', 'MedicationSchedule'],
  });
  const chartHref = `/app/patients/${patientId}/chart`;

  const set = (k: keyof PrescriptionValues) => (v: string) => {
    setValues((old) => ({ ...old, [k]: v }));
    // A changed order is a new order: any earlier conflict no longer applies.
    if (k === 'medicationName') setConflicts(null);
  };

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const local: Record<string, string> = {};
    const dose = parseNumber(values.dose);
    const days = parseNumber(values.durationDays);
    const times = scheduleTimes(values.times);
    if (!values.medicationName.trim()) local.medicationName = t('records.required');
    if (dose === null) local.dose = t('records.required');
    else if (Number.isNaN(dose)) local.dose = t('records.notANumber');
    if (!values.doseUnit.trim()) local.doseUnit = t('records.required');
    if (Number.isNaN(days)) local.durationDays = t('records.notANumber');
    if (!asNeeded && times.length === 0) local.times = t('records.prescribe.scheduleRequired');
    if (!asNeeded && times.some((s) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(s)))
      local.times = t('records.prescribe.timesInvalid');
    if (conflicts && !overrideReason.trim()) local.overrideReason = t('records.required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await prescribe({
        variables: {
          input: {
            patientId,
            medicationName: values.medicationName.trim(),
            form: values.form.trim() || null,
            strength: values.strength.trim() || null,
            dose: dose ?? 0,
            doseUnit: values.doseUnit.trim(),
            route: route || 'ORAL',
            asNeeded,
            scheduleTimes: asNeeded ? [] : times,
            durationDays: days,
            instructions: values.instructions.trim() || null,
            allergyOverrideReason: conflicts ? overrideReason.trim() : null,
          },
        },
      });
      navigate(`${chartHref}?section=medications`, { replace: true });
    } catch (e) {
      const found = conflictsOf(e);
      if (found) {
        setConflicts(found);
        return;
      }
      const info = errorText.info(e);
      setErrors(errorText.fields(info));
      setFailure(errorText.message(info));
    }
  }

  return {
    chartHref,
    values,
    set,
    route,
    setRoute,
    asNeeded,
    setAsNeeded,
    overrideReason,
    setOverrideReason,
    errors,
    failure,
    conflicts,
    saving: loading,
    submit,
  };
}
