import { useMutation } from '@apollo/client/react';
import { IonButton, IonContent } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { useErrorText } from '../../app/use-error-text';
import { NewPasswordFields } from '../../features/auth/NewPasswordFields';
import { hasErrors, validateNewPassword } from '../../features/forms/validation';
import { ResetPasswordDocument } from '../../gql/graphql';

type Field = 'newPassword' | 'confirm';
const REASONS = ['TOKEN_INVALID', 'TOKEN_EXPIRED', 'TOKEN_USED'] as const;
type Reason = (typeof REASONS)[number];

function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && (REASONS as readonly string[]).includes(value);
}

/** Opened from the reset mail: the new password twice, the policy shown, then sign in. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [values, setValues] = useState({ newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [refused, setRefused] = useState<Reason | null>(token ? null : 'TOKEN_INVALID');
  const [done, setDone] = useState(false);
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const local = validateNewPassword(values);
    const translated: Partial<Record<Field, string>> = {};
    for (const [k, v] of Object.entries(local) as [Field, string][]) {
      translated[k] = t(`validation.${v}` as 'validation.required');
    }
    setErrors(translated);
    if (hasErrors(translated)) return;
    try {
      await reset({ variables: { input: { token, newPassword: values.newPassword } } });
      setDone(true);
    } catch (error) {
      const info = errorText.info(error);
      if (isReason(info.reason)) {
        setRefused(info.reason);
        return;
      }
      if (info.code === 'BAD_USER_INPUT') setErrors(errorText.fields(info));
      setFailure(errorText.message(info));
    }
  }

  return (
    <IonContent>
      <main className="cg-container cg-narrow">
        <section className="cg-card" aria-labelledby="reset-title">
          <h1 id="reset-title">{t('resetPassword.title')}</h1>
          {done ? (
            <>
              <Notice kind="success">{t('resetPassword.done')}</Notice>
              <IonButton expand="block" routerLink="/login" data-testid="reset-sign-in">
                {t('resetPassword.signIn')}
              </IonButton>
            </>
          ) : refused ? (
            <>
              <div data-testid="reset-refused" data-reason={refused}>
                <Notice kind="error">
                  {token ? t(`resetPassword.${refused}`) : t('resetPassword.noToken')}
                </Notice>
              </div>
              <IonButton expand="block" fill="outline" routerLink="/forgot-password">
                {t('resetPassword.askAgain')}
              </IonButton>
            </>
          ) : (
            <>
              <p className="cg-muted">{t('resetPassword.intro')}</p>
              <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
                {failure && <Notice kind="error">{failure}</Notice>}
                <NewPasswordFields
                  labels={{
                    newPassword: t('resetPassword.new'),
                    confirm: t('resetPassword.confirm'),
                  }}
                  values={values}
                  errors={errors}
                  onChange={set}
                />
                <IonButton type="submit" expand="block" disabled={loading}>
                  {t('resetPassword.submit')}
                </IonButton>
              </form>
            </>
          )}
        </section>
        <p className="cg-link-row">
          <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
        </p>
      </main>
    </IonContent>
  );
}
