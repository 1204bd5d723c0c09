import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../app/components/SelectField';
import {
  TriageEmergencyCaseDocument,
  type Consciousness,
  type EmergencyArea,
  type EmergencyCaseDetailFragment,
} from '../../../gql/graphql';
import { BigNumberField } from '../../records/fields';
import { deviceId } from '../../records/labels';
import { InputField, TextArea } from '../../wards/components/fields';
import { useEmergencyError } from '../emergency-error';
import { FormFailure } from './FormFailure';
import { EMPTY_VITALS, triageInput, VITALS_FIELDS, type TriageValues } from '../forms';
import { AREAS, levelLook, targetText, TRIAGE_LEVELS } from '../triage';
import { Choices } from './Choices';

const ACVPU: readonly Consciousness[] = ['ALERT', 'CONFUSION', 'VOICE', 'PAIN', 'UNRESPONSIVE'];
const DECIMAL = new Set(['temperatureC']);

/**
 * Triage by the nurse: the FRENCH level (each in words with its target), the vitals of triage
 * (recorded in the chart with the id the form made when it opened, NEWS2 computed), a note and
 * where the patient goes.
 */
export function TriageForm({
  c,
  onDone,
  onCancel,
}: {
  c: EmergencyCaseDetailFragment;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const emergencyError = useEmergencyError();
  const [vitalsId] = useState(deviceId);
  const [values, setValues] = useState<TriageValues>({
    level: c.level ?? '',
    vitals: EMPTY_VITALS,
    onOxygen: false,
    consciousness: 'ALERT',
    note: '',
    area: '',
    areaLabel: c.areaLabel ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [triage, { loading }] = useMutation(TriageEmergencyCaseDocument, {
    refetchQueries: ['EmergencyQueue'],
  });

  async function submit() {
    setFailure(null);
    const checked = triageInput(c.id, c.patient.id, vitalsId, values);
    if (!checked.ok) {
      setErrors(Object.fromEntries(Object.entries(checked.problems).map(([k, v]) => [k, t(v)])));
      return;
    }
    setErrors({});
    try {
      await triage({ variables: { input: checked.input, clinical: true } });
      onDone(t('emergency.triage.done', { level: t(levelLook(checked.input.level).key) }));
    } catch (e) {
      const read = emergencyError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  const unit = (k: string) =>
    k === 'systolicBp' || k === 'diastolicBp'
      ? 'mmHg'
      : t(`records.vitals.units.${k}` as 'records.vitals.units.spo2');

  return (
    <form
      className="cg-card cg-form cg-ed-form"
      data-testid="ed-triage-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t('emergency.triage.title')}</h2>
      <FormFailure text={failure} />
      <Choices
        legend={t('emergency.triage.level')}
        testId="ed-level-choice"
        grid
        value={values.level}
        error={errors.level}
        options={TRIAGE_LEVELS.map((l) => {
          const target = targetText(l);
          return {
            value: l,
            label: t(levelLook(l).key),
            hint: `${t(`emergency.levelMeaning.${l}`)} · ${t(target.key, { n: target.n })}`,
          };
        })}
        onChange={(level) => {
          setValues((old) => ({ ...old, level }));
        }}
      />
      <fieldset className="cg-ed-choices">
        <legend>{t('emergency.triage.vitals')}</legend>
        <p className="cg-muted">{t('emergency.triage.vitalsHint')}</p>
        <div className="cg-vitals-form">
          {VITALS_FIELDS.map((key) => (
            <BigNumberField
              key={key}
              name={key}
              label={t(`records.vitals.${key}` as 'records.vitals.spo2')}
              unit={unit(key)}
              decimal={DECIMAL.has(key)}
              value={values.vitals[key]}
              error={errors[`vitals.${key}`]}
              onChange={(v) => {
                setValues((old) => ({ ...old, vitals: { ...old.vitals, [key]: v } }));
              }}
            />
          ))}
        </div>
      </fieldset>
      <Choices
        legend={t('records.vitals.spo2')}
        testId="ed-oxygen"
        value={values.onOxygen ? 'oxygen' : 'air'}
        options={[
          { value: 'air', label: t('records.vitals.onAir') },
          { value: 'oxygen', label: t('records.vitals.onOxygen') },
        ]}
        onChange={(v) => {
          setValues((old) => ({ ...old, onOxygen: v === 'oxygen' }));
        }}
      />
      <Choices
        legend={t('records.vitals.consciousness')}
        testId="ed-acvpu"
        value={values.consciousness}
        options={ACVPU.map((a) => ({ value: a, label: t(`records.vitals.acvpu.${a}`) }))}
        onChange={(consciousness) => {
          setValues((old) => ({ ...old, consciousness }));
        }}
      />
      <TextArea
        name="note"
        label={t('emergency.triage.note')}
        value={values.note}
        error={errors.note}
        onChange={(note) => {
          setValues((old) => ({ ...old, note }));
        }}
      />
      <div className="cg-ed-two">
        <SelectField<EmergencyArea>
          name="area"
          label={t('emergency.triage.area')}
          value={values.area}
          error={errors.area}
          options={[
            { value: '', label: t('emergency.triage.keepArea') },
            ...AREAS.map((a) => ({ value: a, label: t(`emergency.area.${a}`) })),
          ]}
          onChange={(area) => {
            setValues((old) => ({ ...old, area }));
          }}
        />
        <InputField
          name="areaLabel"
          label={t('emergency.triage.areaLabel')}
          value={values.areaLabel}
          error={errors.areaLabel}
          onChange={(areaLabel) => {
            setValues((old) => ({ ...old, areaLabel }));
          }}
        />
      </div>
      <div className="cg-actions">
        <IonButton type="submit" size="large" disabled={loading} data-testid="ed-triage-submit">
          {t('emergency.triage.submit')}
        </IonButton>
        <IonButton fill="outline" size="large" onClick={onCancel}>
          {t('emergency.actions.cancel')}
        </IonButton>
      </div>
    </form>
  );
}
