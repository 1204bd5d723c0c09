import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formValues } from '../../app/components/form-values';
import { Notice } from '../../app/components/Notice';
import { TextField } from '../../app/components/TextField';
import { useSessionManager } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { VerifyMfaDocument } from '../../gql/graphql';

/**
 * The second step of a sign-in: a code of the authenticator app or a recovery code, with the
 * challenge the password step answered. A challenge refused (expired, 5 minutes) goes back to the
 * password.
 */
export function MfaCodeStep({ challenge, onBack }: { challenge: string; onBack: () => void }) {
  const { t } = useTranslation();
  const session = useSessionManager();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [verify, { loading }] = useMutation(VerifyMfaDocument);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const typed = { code, ...formValues(event.currentTarget, ['code']) }.code.trim();
    if (!typed) return;
    try {
      const { data } = await verify({ variables: { input: { challenge, code: typed } } });
      if (data) session.signIn(data.verifyMfa);
    } catch (error) {
      const info = errorText.info(error);
      setCode('');
      if (info.reason === 'CHALLENGE_INVALID') {
        onBack();
      } else if (info.code === 'UNAUTHENTICATED') {
        setFailure(t('mfa.wrongCode'));
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
    <section className="cg-card" aria-labelledby="mfa-title" data-testid="mfa-step">
      <h2 id="mfa-title">{t('mfa.signInTitle')}</h2>
      <p className="cg-muted">{t('mfa.signInIntro')}</p>
      <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
        {failure && <Notice kind="error">{failure}</Notice>}
        <TextField
          name="code"
          label={t('mfa.code')}
          autocomplete="one-time-code"
          value={code}
          onChange={setCode}
          required
        />
        <IonButton type="submit" expand="block" disabled={loading}>
          {loading ? t('mfa.verifying') : t('mfa.verify')}
        </IonButton>
        <IonButton fill="clear" expand="block" onClick={onBack}>
          {t('mfa.backToPassword')}
        </IonButton>
      </form>
    </section>
  );
}
