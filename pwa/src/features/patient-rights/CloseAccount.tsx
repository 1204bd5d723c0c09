import { useApolloClient, useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { TextField } from '../../app/components/TextField';
import { useSessionManager } from '../../app/session/SessionContext';
import { signOut } from '../../app/session/sign-out';
import { useErrorText } from '../../app/use-error-text';
import { CloseMyAccountDocument } from '../../gql/graphql';
import './patient-rights.css';

/**
 * "Fermer mon compte": what closing does and does not do, said before anything else (sign-in
 * ends; the medical record is kept, as the law requires), then the password and an explicit
 * "I understand". Once closed, the device is signed out.
 */
export function CloseAccount() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSessionManager();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [problem, setProblem] = useState<{ password?: string; confirm?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [close, { loading }] = useMutation(CloseMyAccountDocument);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const local = {
      ...(password ? {} : { password: t('rights.passwordRequired') }),
      ...(confirm ? {} : { confirm: t('rights.confirmRequired') }),
    };
    setProblem(local);
    if (Object.keys(local).length > 0) return;
    try {
      await close({ variables: { input: { password, confirm } } });
      await signOut(session, client);
    } catch (e) {
      const info = errorText.info(e);
      if (info.code === 'BAD_USER_INPUT') setProblem(errorText.fields(info));
      setFailure(errorText.message(info));
    }
  }

  return (
    <section className="cg-card" aria-labelledby="close-title" data-testid="close-account">
      <h2 id="close-title">{t('rights.closeTitle')}</h2>
      <p>{t('rights.closeText')}</p>
      <p>
        <strong>{t('rights.closeKept')}</strong>
      </p>
      {!open ? (
        <IonButton
          color="danger"
          fill="outline"
          data-testid="close-account-start"
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('rights.closeStart')}
        </IonButton>
      ) : (
        <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
          {failure && <Notice kind="error">{failure}</Notice>}
          <TextField
            name="close-password"
            type="password"
            label={t('rights.password')}
            autocomplete="current-password"
            value={password}
            onChange={setPassword}
            error={problem.password}
            required
          />
          <label className="cg-rights-check">
            <input
              type="checkbox"
              name="close-confirm"
              checked={confirm}
              aria-invalid={problem.confirm ? true : undefined}
              onChange={(e) => {
                setConfirm(e.target.checked);
              }}
            />
            <span>{t('rights.confirm')}</span>
          </label>
          {problem.confirm && (
            <p className="cg-rights-error" role="alert">
              {problem.confirm}
            </p>
          )}
          <div className="cg-actions">
            <IonButton
              fill="outline"
              onClick={() => {
                setOpen(false);
              }}
            >
              {t('rights.cancel')}
            </IonButton>
            <IonButton
              type="submit"
              color="danger"
              disabled={loading}
              data-testid="close-account-confirm"
            >
              {loading ? t('rights.closing') : t('rights.closeConfirm')}
            </IonButton>
          </div>
        </form>
      )}
    </section>
  );
}
