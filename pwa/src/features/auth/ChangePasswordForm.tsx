import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { TextField } from '../../app/components/TextField';
import { useSessionManager } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { ChangePasswordDocument } from '../../gql/graphql';
import { NewPasswordFields } from './NewPasswordFields';
import { hasErrors, validatePasswordChange, type PasswordChangeValues } from '../forms/validation';

type Field = keyof PasswordChangeValues;

/** Current password, new password twice; used by the forced flow and by My account. */
export function ChangePasswordForm({ forced, onDone }: { forced: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const session = useSessionManager();
  const errorText = useErrorText();
  const [values, setValues] = useState<PasswordChangeValues>({
    currentPassword: '',
    newPassword: '',
    confirm: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);

  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const local = validatePasswordChange(values);
    const translated: Partial<Record<Field, string>> = {};
    for (const [k, v] of Object.entries(local) as [Field, string][]) {
      translated[k] = t(`validation.${v}` as 'validation.required');
    }
    setErrors(translated);
    if (hasErrors(translated)) return;
    try {
      const { data } = await changePassword({
        variables: {
          input: { currentPassword: values.currentPassword, newPassword: values.newPassword },
        },
      });
      if (data) session.updateUser(data.changePassword);
      onDone();
    } catch (error) {
      const info = errorText.info(error);
      if (info.code === 'BAD_USER_INPUT') setErrors(errorText.fields(info));
      setFailure(errorText.message(info));
    }
  }

  return (
    <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
      {failure && <Notice kind="error">{failure}</Notice>}
      <TextField
        name="currentPassword"
        type="password"
        label={forced ? t('changePassword.forcedCurrent') : t('changePassword.current')}
        autocomplete="current-password"
        value={values.currentPassword}
        onChange={set('currentPassword')}
        error={errors.currentPassword}
        required
      />
      <NewPasswordFields
        labels={{ newPassword: t('changePassword.new'), confirm: t('changePassword.confirm') }}
        values={values}
        errors={errors}
        onChange={set}
      />
      <IonButton type="submit" expand="block" disabled={loading}>
        {t('changePassword.submit')}
      </IonButton>
    </form>
  );
}
