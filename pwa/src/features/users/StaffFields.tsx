import { useTranslation } from 'react-i18next';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import type { Role } from '../../gql/graphql';
import type { StaffValues } from '../forms/validation';
import { roleOptions } from './roles';

export type StaffForm = StaffValues & { role: Role | '' };
export type StaffErrors = Partial<Record<keyof StaffForm, string>>;

/** The fields an administrator edits on a staff account. */
export function StaffFields({
  values,
  errors,
  onChange,
  withEmail,
}: {
  values: StaffForm;
  errors: StaffErrors;
  onChange: (field: keyof StaffForm, value: string) => void;
  withEmail: boolean;
}) {
  const { t } = useTranslation();
  const set = (field: keyof StaffForm) => (value: string) => {
    onChange(field, value);
  };
  return (
    <>
      {withEmail && (
        <TextField
          name="email"
          type="email"
          label={t('users.email')}
          autocomplete="off"
          value={values.email}
          onChange={set('email')}
          error={errors.email}
          required
        />
      )}
      <SelectField<Role>
        name="role"
        label={t('users.role')}
        value={values.role}
        options={roleOptions(t, false)}
        onChange={set('role')}
        placeholder={t('app.choose')}
        error={errors.role}
      />
      <div className="cg-form-grid cg-form">
        <TextField
          name="givenName"
          label={t('users.givenName')}
          autocomplete="off"
          value={values.givenName}
          onChange={set('givenName')}
          error={errors.givenName}
          required
        />
        <TextField
          name="familyName"
          label={t('users.familyName')}
          autocomplete="off"
          value={values.familyName}
          onChange={set('familyName')}
          error={errors.familyName}
          required
        />
        <TextField
          name="phone"
          type="tel"
          label={t('users.phone')}
          autocomplete="off"
          value={values.phone}
          onChange={set('phone')}
          error={errors.phone}
        />
        <TextField
          name="jobTitle"
          label={t('users.jobTitle')}
          autocomplete="off"
          value={values.jobTitle}
          onChange={set('jobTitle')}
          error={errors.jobTitle}
        />
      </div>
    </>
  );
}

/** Client checks of the staff form, as translated messages. */
export function staffErrors(
  values: StaffForm,
  withEmail: boolean,
  check: (v: StaffValues, withEmail: boolean) => Record<string, string | undefined>,
  translate: (key: string) => string,
): StaffErrors {
  const out: StaffErrors = {};
  for (const [k, v] of Object.entries(check(values, withEmail))) {
    if (v) out[k as keyof StaffForm] = translate(`validation.${v}`);
  }
  if (!values.role) out.role = translate('validation.required');
  return out;
}
