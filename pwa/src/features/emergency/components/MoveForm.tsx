import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../app/components/SelectField';
import {
  MoveEmergencyCaseDocument,
  type EmergencyArea,
  type EmergencyCaseDetailFragment,
  type EmergencyStatus,
  type MoveEmergencyCaseInput,
} from '../../../gql/graphql';
import { InputField } from '../../wards/components/fields';
import { useEmergencyError } from '../emergency-error';
import { FormFailure } from './FormFailure';
import { AREAS, nextSteps } from '../triage';

/** Moves an open case: the next step the API allows, another area, another box. */
export function MoveForm({
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
  const [status, setStatus] = useState<EmergencyStatus | ''>('');
  const [area, setArea] = useState<EmergencyArea | ''>(c.area);
  const [areaLabel, setAreaLabel] = useState(c.areaLabel ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [move, { loading }] = useMutation(MoveEmergencyCaseDocument, {
    refetchQueries: ['EmergencyQueue'],
  });
  const steps = nextSteps(c.status);

  async function submit() {
    setFailure(null);
    const input: MoveEmergencyCaseInput = { caseId: c.id };
    if (status) input.status = status;
    if (area && area !== c.area) input.area = area;
    if (areaLabel.trim() !== (c.areaLabel ?? '')) input.areaLabel = areaLabel.trim();
    if (Object.keys(input).length === 1) {
      setFailure(t('emergency.move.nothing'));
      return;
    }
    try {
      await move({ variables: { input, clinical: true } });
      onDone(t('emergency.move.done'));
    } catch (e) {
      const read = emergencyError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  return (
    <form
      className="cg-card cg-form cg-ed-form"
      data-testid="ed-move-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t('emergency.move.title')}</h2>
      <FormFailure text={failure} />
      {steps.length > 0 && (
        <SelectField<EmergencyStatus>
          name="status"
          label={t('emergency.move.status')}
          value={status}
          error={errors.status}
          options={[
            { value: '', label: t('emergency.move.keepStatus') },
            ...steps.map((s) => ({ value: s, label: t(`emergency.status.${s}`) })),
          ]}
          onChange={setStatus}
        />
      )}
      <div className="cg-ed-two">
        <SelectField<EmergencyArea>
          name="area"
          label={t('emergency.move.area')}
          value={area}
          error={errors.area}
          options={AREAS.map((a) => ({ value: a, label: t(`emergency.area.${a}`) }))}
          onChange={setArea}
        />
        <InputField
          name="areaLabel"
          label={t('emergency.move.areaLabel')}
          value={areaLabel}
          error={errors.areaLabel}
          onChange={setAreaLabel}
        />
      </div>
      <div className="cg-actions">
        <IonButton type="submit" size="large" disabled={loading} data-testid="ed-move-submit">
          {t('emergency.move.submit')}
        </IonButton>
        <IonButton fill="outline" size="large" onClick={onCancel}>
          {t('emergency.actions.cancel')}
        </IonButton>
      </div>
    </form>
  );
}
