import { useMutation } from '@apollo/client/react';
import { IonButton, IonContent } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formValues } from '../../app/components/form-values';
import { Notice } from '../../app/components/Notice';
import { TextField } from '../../app/components/TextField';
import { useSessionManager } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { LanguageSwitch } from '../../features/account/LanguageSwitch';
import { MfaCodeStep } from '../../features/mfa/MfaCodeStep';
import { LoginDocument } from '../../gql/graphql';

export default function LoginPage() {
  const { t } = useTranslation();
  const session = useSessionManager();
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  /** Set once the password was right on an account with two-step verification. */
  const [challenge, setChallenge] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LoginDocument);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const fields = { email, password, ...formValues(event.currentTarget, ['email', 'password']) };
    setEmail(fields.email);
    setPassword(fields.password);
    if (!navigator.onLine) {
      setFailure(t('login.offline'));
      return;
    }
    try {
      const { data } = await login({
        variables: { input: { email: fields.email.trim(), password: fields.password } },
      });
      if (!data) return;
      session.signIn(data.login);
    } catch (error) {
      const info = errorText.info(error);
      setPassword('');
      if (info.code === 'MFA_REQUIRED' && info.challenge) {
        setChallenge(info.challenge);
      } else if (info.code === 'UNAUTHENTICATED') {
        // The same answer for an unknown email, a wrong password and a locked account.
        setFailure(t('login.wrongCredentials'));
      } else if (info.code === 'RATE_LIMITED') {
        setFailure(t('login.rateLimited', { time: errorText.wait(info.retryAfter ?? 60) }));
      } else if (info.code === 'NETWORK') {
        setFailure(t('login.offline'));
      } else {
        setFailure(t('login.failed'));
      }
    }
  }

  return (
    <IonContent>
      <main className="cg-container cg-narrow">
        <div className="cg-brand">
          <img src="/icons/icon-192.png" alt="" width="64" height="64" />
          <h1>{t('app.name')}</h1>
          <p>{t('app.tagline')}</p>
        </div>
        {challenge ? (
          <MfaCodeStep
            challenge={challenge}
            onBack={() => {
              setChallenge(null);
              setFailure(t('mfa.expired'));
            }}
          />
        ) : (
          <section className="cg-card" aria-labelledby="login-title">
            <h2 id="login-title">{t('login.title')}</h2>
            <p className="cg-muted">{t('login.intro')}</p>
            <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
              {failure && <Notice kind="error">{failure}</Notice>}
              <TextField
                name="email"
                type="email"
                label={t('login.email')}
                autocomplete="username"
                value={email}
                onChange={setEmail}
                required
              />
              <TextField
                name="password"
                type="password"
                label={t('login.password')}
                autocomplete="current-password"
                value={password}
                onChange={setPassword}
                required
              />
              <IonButton type="submit" expand="block" disabled={loading}>
                {loading ? t('login.submitting') : t('login.submit')}
              </IonButton>
            </form>
          </section>
        )}
        <p className="cg-link-row">
          <Link to="/forgot-password" data-testid="forgot-password">
            {t('login.forgot')}
          </Link>
        </p>
        <p className="cg-link-row">
          {t('login.noAccount')} <Link to="/register">{t('login.register')}</Link>
        </p>
        <LanguageSwitch persistOnServer={false} />
      </main>
    </IonContent>
  );
}
