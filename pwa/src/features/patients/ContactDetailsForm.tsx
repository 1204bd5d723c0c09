import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { PATIENT_LANGUAGES } from './patient-form';
import { usePatientFieldLabel } from './PatientFacts';
import {
  useContactDetailsForm,
  type ContactField,
  type MyPatient,
} from './use-contact-details-form';

/** The patient's own contact and emergency details, edited in place; closes with `saved`. */
export function ContactDetailsForm({
  patient,
  onClose,
}: {
  patient: MyPatient;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const f = usePatientFieldLabel();
  const form = useContactDetailsForm(patient, () => {
    onClose(true);
  });
  const field = (name: ContactField, label: string, type: 'text' | 'tel' | 'email' = 'text') => (
    <TextField
      name={name}
      label={label}
      type={type}
      value={form.values[name]}
      onChange={(value) => {
        form.set(name, value);
      }}
      error={form.errors[name]}
    />
  );

  return (
    <section className="cg-card" aria-labelledby="contact-form-title">
      <h2 id="contact-form-title">{t('patients.myProfile.edit')}</h2>
      {form.failure && <Notice kind="error">{form.failure}</Notice>}
      <form className="cg-form" onSubmit={(e) => void form.submit(e)} noValidate>
        <fieldset className="cg-fieldset">
          <legend>{t('patients.sections.contact')}</legend>
          <div className="cg-grid-2">
            {field('phone', f('phone'), 'tel')}
            {field('secondaryPhone', f('secondaryPhone'), 'tel')}
            {field('email', f('email'), 'email')}
            <SelectField
              name="preferredLanguage"
              label={f('preferredLanguage')}
              value={form.values.preferredLanguage}
              options={PATIENT_LANGUAGES.map((l) => ({
                value: l,
                label: t(`patients.languages.${l}`),
              }))}
              onChange={(value) => {
                form.set('preferredLanguage', value);
              }}
            />
            {field('address.line1', f('line1'))}
            {field('address.line2', f('line2'))}
            {field('address.postalCode', f('postalCode'))}
            {field('address.city', f('city'))}
            {field('address.country', f('country'))}
          </div>
        </fieldset>
        <fieldset className="cg-fieldset">
          <legend>{t('patients.sections.emergency')}</legend>
          <div className="cg-grid-2">
            {field('emergencyContact.name', f('emergencyName'))}
            {field('emergencyContact.relation', f('emergencyRelation'))}
            {field('emergencyContact.phone', f('emergencyPhone'), 'tel')}
          </div>
        </fieldset>
        <div className="cg-actions">
          <IonButton
            fill="outline"
            onClick={() => {
              onClose(false);
            }}
          >
            {t('patients.cancel')}
          </IonButton>
          <IonButton type="submit" disabled={form.saving} data-testid="save-contact">
            {t('patients.save')}
          </IonButton>
        </div>
      </form>
    </section>
  );
}
