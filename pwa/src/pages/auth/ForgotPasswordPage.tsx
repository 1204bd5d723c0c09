import { useMutation } from '@apollo/client/react';
import { IonButton, IonContent } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formValues } from '../../app/components/form-values';
import { Notice } from '../../app/components/Notice';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { checkEmail } from '../../features/forms/validation';
import { RequestPasswordResetDocument } from '../../gql/graphql';

/**
 * Asks for a reset link. The answer is the same whether the address has an account or not, so
 * the page says "if an account uses it".
 */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const value = (formValues(event.currentTarget, ['email']).email ?? email).trim();
    setEmail(value);
    const problem = checkEmail(value);
    setError(problem ? t(`validation.${problem}`) : undefined);
    if (problem) return;
    try {
      await request({ variables: { email: value } });
      setSentTo(value);
    } catch (err) {
      const info = errorText.info(err);
      setFailure(info.code === 'UNKNOWN' ? t('forgotPassword.failed') : errorText.message(info));
    }
  }

  return (
    <IonContent>
      <main className="cg-container cg-narrow">
        <section className="cg-card" aria-labelledby="forgot-title">
          <h1 id="forgot-title">
            {sentTo ? t('forgotPassword.sentTitle') : t('forgotPassword.title')}
          </h1>
          {sentTo ? (
            <p role="status" data-testid="reset-requested">
              {t('forgotPassword.sent', { email: sentTo })}
            </p>
          ) : (
            <>
              <p className="cg-muted">{t('forgotPassword.intro')}</p>
              <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
                {failure && <Notice kind="error">{failure}</Notice>}
                <TextField
                  name="email"
                  type="email"
                  label={t('forgotPassword.email')}
                  autocomplete="username"
                  value={email}
                  onChange={setEmail}
                  error={error}
                  required
                />
                <IonButton type="submit" expand="block" disabled={loading}>
                  {loading ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
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
