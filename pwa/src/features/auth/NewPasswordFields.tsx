import { useTranslation } from 'react-i18next';
import { TextField } from '../../app/components/TextField';

export interface NewPasswordValues {
  newPassword: string;
  confirm: string;
}

/**
 * The new password typed twice, with the policy as its hint: changing one's password and
 * resetting it from the mail's link ask it the same way.
 */
export function NewPasswordFields({
  labels,
  values,
  errors,
  onChange,
}: {
  labels: { newPassword: string; confirm: string };
  values: NewPasswordValues;
  errors: Partial<Record<keyof NewPasswordValues, string>>;
  onChange: (field: keyof NewPasswordValues) => (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="newPassword"
        type="password"
        label={labels.newPassword}
        autocomplete="new-password"
        helper={t('register.passwordHint')}
        value={values.newPassword}
        onChange={onChange('newPassword')}
        error={errors.newPassword}
        required
      />
      <TextField
        name="confirm"
        type="password"
        label={labels.confirm}
        autocomplete="new-password"
        value={values.confirm}
        onChange={onChange('confirm')}
        error={errors.confirm}
        required
      />
    </>
  );
}
