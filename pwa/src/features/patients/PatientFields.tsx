import { useTranslation } from 'react-i18next';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import {
  BLOOD_GROUPS,
  PATIENT_LANGUAGES,
  SEXES,
  type PatientField,
  type PatientFormValues,
} from './patient-form';
import { bloodGroupLabel } from './PatientHeader';
import './patients.css';

export type PatientFormErrors = Partial<Record<PatientField, string>>;

/** Registration and demographics fields, in fieldsets; `edit` adds the record's status. */
export function PatientFields({
  values,
  errors,
  onChange,
  mode,
}: {
  values: PatientFormValues;
  errors: PatientFormErrors;
  onChange: (field: PatientField, value: string) => void;
  mode: 'create' | 'edit';
}) {
  const { t } = useTranslation();
  const text = (
    field: PatientField,
    label: string,
    extra: { type?: 'text' | 'email' | 'tel' | 'date'; required?: boolean } = {},
  ) => (
    <TextField
      name={field}
      label={label}
      value={values[field]}
      onChange={(value) => {
        onChange(field, value);
      }}
      error={errors[field]}
      autocomplete="off"
      type={extra.type ?? 'text'}
      required={extra.required ?? false}
    />
  );
  const f = (key: string) => t(`patients.fields.${key}` as 'patients.fields.phone');

  return (
    <>
      <fieldset className="cg-fieldset">
        <legend>{t('patients.sections.identity')}</legend>
        <div className="cg-grid-2">
          {text('familyName', `${f('familyName')} *`, { required: true })}
          {text('givenNames', `${f('givenNames')} *`, { required: true })}
          {text('birthDate', `${f('birthDate')} *`, { type: 'date', required: true })}
          <SelectField
            name="sex"
            label={`${f('sex')} *`}
            value={values.sex}
            placeholder={t('app.choose')}
            options={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
            onChange={(value) => {
              onChange('sex', value);
            }}
            error={errors.sex}
          />
          <SelectField
            name="preferredLanguage"
            label={f('preferredLanguage')}
            value={values.preferredLanguage}
            options={PATIENT_LANGUAGES.map((l) => ({
              value: l,
              label: t(`patients.languages.${l}`),
            }))}
            onChange={(value) => {
              onChange('preferredLanguage', value);
            }}
            error={errors.preferredLanguage}
          />
          {mode === 'edit' && (
            <SelectField
              name="status"
              label={f('status')}
              value={values.status}
              options={(['ACTIVE', 'DECEASED'] as const).map((s) => ({
                value: s,
                label: t(`patients.status.${s}`),
              }))}
              onChange={(value) => {
                onChange('status', value);
              }}
              error={errors.status}
            />
          )}
          {mode === 'edit' &&
            values.status === 'DECEASED' &&
            text('deceasedOn', `${f('deceasedOn')} *`, { type: 'date', required: true })}
        </div>
      </fieldset>
      <fieldset className="cg-fieldset">
        <legend>{t('patients.sections.contact')}</legend>
        <div className="cg-grid-2">
          {text('phone', f('phone'), { type: 'tel' })}
          {text('secondaryPhone', f('secondaryPhone'), { type: 'tel' })}
          {text('email', f('email'), { type: 'email' })}
          {text('address.line1', f('line1'))}
          {text('address.line2', f('line2'))}
          {text('address.postalCode', f('postalCode'))}
          {text('address.city', f('city'))}
          {text('address.country', f('country'))}
        </div>
      </fieldset>
      <fieldset className="cg-fieldset">
        <legend>{t('patients.sections.emergency')}</legend>
        <div className="cg-grid-2">
          {text('emergencyContact.name', f('emergencyName'))}
          {text('emergencyContact.relation', f('emergencyRelation'))}
          {text('emergencyContact.phone', f('emergencyPhone'), { type: 'tel' })}
        </div>
      </fieldset>
      <fieldset className="cg-fieldset">
        <legend>{t('patients.sections.insurance')}</legend>
        <div className="cg-grid-2">
          {text('insurance.payer', f('payer'))}
          {text('insurance.memberNumber', f('memberNumber'))}
        </div>
      </fieldset>
      <fieldset className="cg-fieldset">
        <legend>{t('patients.sections.clinical')}</legend>
        <div className="cg-grid-2">
          <SelectField
            name="bloodGroup"
            label={f('bloodGroup')}
            value={values.bloodGroup}
            options={[
              { value: '', label: t('patients.unknownBloodGroup') },
              ...BLOOD_GROUPS.map((g) => ({ value: g, label: bloodGroupLabel(g) })),
            ]}
            onChange={(value) => {
              onChange('bloodGroup', value);
            }}
            error={errors.bloodGroup}
          />
          {text('weightKg', f('weightKg'))}
          {text('heightCm', f('heightCm'))}
        </div>
      </fieldset>
      <fieldset className="cg-fieldset">
        <legend>{t('patients.sections.notes')}</legend>
        {text('administrativeNotes', f('administrativeNotes'))}
      </fieldset>
    </>
  );
}
