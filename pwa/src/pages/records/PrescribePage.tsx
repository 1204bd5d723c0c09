import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { graphQLErrorsOf } from '../../app/errors';
import { useErrorText } from '../../app/use-error-text';
import { PatientHeader } from '../../features/patients';
import { TextArea } from '../../features/records/fields';
import { parseNumber } from '../../features/records/fields';
import '../../features/records/records.css';
import { PrescribeDocument, type MedicationRoute } from '../../gql/graphql';

const ROUTES: MedicationRoute[] = [
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

interface Form {
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

/**
 * Writes a prescription. When it matches an active allergy the server refuses it; the doctor
 * sees which allergy and may prescribe anyway only with a written reason (audited).
 */
export default function PrescribePage() {
  const { t } = useTranslation();
  const { id: patientId = '' } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [values, setValues] = useState<Form>({
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
  const set = (k: keyof Form) => (v: string) => {
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
    const times = values.times
      .split(/[,;\s]+/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => (/^\d:\d{2}$/.test(s) ? `0${s}` : s));
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

  return (
    <PageLayout title={t('records.prescribe.title')} backHref={chartHref}>
      <PatientHeader patientId={patientId} />
      <form className="cg-card cg-form" onSubmit={(e) => void submit(e)} noValidate>
        {failure && <Notice kind="error">{failure}</Notice>}
        <TextField
          name="medicationName"
          label={t('records.prescribe.medication')}
          value={values.medicationName}
          onChange={set('medicationName')}
          error={errors.medicationName}
          required
        />
        <div className="cg-form-grid">
          <TextField
            name="form"
            label={t('records.prescribe.form')}
            value={values.form}
            onChange={set('form')}
          />
          <TextField
            name="strength"
            label={t('records.prescribe.strength')}
            value={values.strength}
            onChange={set('strength')}
          />
          <TextField
            name="dose"
            label={t('records.prescribe.dose')}
            value={values.dose}
            onChange={set('dose')}
            error={errors.dose}
            required
          />
          <TextField
            name="doseUnit"
            label={t('records.prescribe.doseUnit')}
            value={values.doseUnit}
            onChange={set('doseUnit')}
            error={errors.doseUnit}
            required
          />
        </div>
        <SelectField<MedicationRoute>
          name="route"
          label={t('records.prescribe.route')}
          value={route}
          options={ROUTES.map((r) => ({ value: r, label: t(`records.routes.${r}`) }))}
          onChange={setRoute}
        />
        <label className="cg-check">
          <input
            type="checkbox"
            name="asNeeded"
            checked={asNeeded}
            onChange={(e) => {
              setAsNeeded(e.target.checked);
            }}
          />
          {t('records.prescribe.asNeeded')}
        </label>
        {!asNeeded && (
          <TextField
            name="times"
            label={t('records.prescribe.times')}
            helper={t('records.prescribe.timesHint')}
            value={values.times}
            onChange={set('times')}
            error={errors.times}
          />
        )}
        <TextField
          name="durationDays"
          label={t('records.prescribe.durationDays')}
          value={values.durationDays}
          onChange={set('durationDays')}
          error={errors.durationDays}
        />
        <TextArea
          name="instructions"
          label={t('records.prescribe.instructions')}
          value={values.instructions}
          onChange={set('instructions')}
          rows={2}
        />
        {conflicts && (
          <div className="cg-conflict" role="alert" data-testid="allergy-conflict">
            <h2>{t('records.prescribe.conflictTitle')}</h2>
            <p>{t('records.prescribe.conflictText', { allergies: conflicts.join(', ') })}</p>
            <TextArea
              name="overrideReason"
              label={t('records.prescribe.overrideReason')}
              value={overrideReason}
              onChange={setOverrideReason}
              error={errors.overrideReason}
              rows={2}
            />
          </div>
        )}
        <IonButton
          type="submit"
          expand="block"
          color={conflicts ? 'danger' : 'primary'}
          disabled={loading}
          data-testid="prescribe-submit"
        >
          {conflicts ? t('records.prescribe.override') : t('records.prescribe.save')}
        </IonButton>
      </form>
    </PageLayout>
  );
}
