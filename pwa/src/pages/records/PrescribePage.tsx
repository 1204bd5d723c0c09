import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { PatientHeader } from '../../features/patients';
import { TextArea } from '../../features/records/fields';
import '../../features/records/records.css';
import { MEDICATION_ROUTES, usePrescribeForm } from '../../features/records/use-prescribe-form';
import type { MedicationRoute } from '../../gql/graphql';

/**
 * Writes a prescription. When it matches an active allergy the server refuses it; the doctor
 * sees which allergy and may prescribe anyway only with a written reason (audited).
 */
export default function PrescribePage() {
  const { t } = useTranslation();
  const { id: patientId = '' } = useParams();
  const form = usePrescribeForm(patientId);
  const { values, set, errors, conflicts } = form;

  return (
    <PageLayout title={t('records.prescribe.title')} backHref={form.chartHref}>
      <PatientHeader patientId={patientId} />
      <form className="cg-card cg-form" onSubmit={(e) => void form.submit(e)} noValidate>
        {form.failure && <Notice kind="error">{form.failure}</Notice>}
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
          value={form.route}
          options={MEDICATION_ROUTES.map((r) => ({ value: r, label: t(`records.routes.${r}`) }))}
          onChange={form.setRoute}
        />
        <label className="cg-check">
          <input
            type="checkbox"
            name="asNeeded"
            checked={form.asNeeded}
            onChange={(e) => {
              form.setAsNeeded(e.target.checked);
            }}
          />
          {t('records.prescribe.asNeeded')}
        </label>
        {!form.asNeeded && (
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
              value={form.overrideReason}
              onChange={form.setOverrideReason}
              error={errors.overrideReason}
              rows={2}
            />
          </div>
        )}
        <IonButton
          type="submit"
          expand="block"
          color={conflicts ? 'danger' : 'primary'}
          disabled={form.saving}
          data-testid="prescribe-submit"
        >
          {conflicts ? t('records.prescribe.override') : t('records.prescribe.save')}
        </IonButton>
      </form>
    </PageLayout>
  );
}
