import { useMutation } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { shieldCheckmarkOutline } from 'ionicons/icons';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formValues } from '../../app/components/form-values';
import { Notice } from '../../app/components/Notice';
import { TextField } from '../../app/components/TextField';
import { useSession, useSessionManager } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { DisableMfaDocument } from '../../gql/graphql';

/** My account: two-step verification on or off; set it up, or turn it off with a current code. */
export function MfaAccountSection() {
  const { t } = useTranslation();
  const { user } = useSession();
  const session = useSessionManager();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const [disable, { loading }] = useMutation(DisableMfaDocument);
  if (!user || user.role === 'PATIENT') return null;

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const typed = { code, ...formValues(event.currentTarget, ['code']) }.code.trim();
    try {
      const { data } = await disable({ variables: { code: typed } });
      if (data) session.updateUser(data.disableMfa);
      setError(undefined);
      setNotice(t('mfa.disabled'));
    } catch (e) {
      const info = errorText.info(e);
      setError(info.code === 'BAD_USER_INPUT' ? t('mfa.wrongCode') : errorText.message(info));
    }
    setCode('');
  }

  return (
    <div className="cg-form" data-testid="mfa-account">
      <h3>
        {t('mfa.accountTitle')}{' '}
        <span className={user.mfaEnabled ? 'cg-badge' : 'cg-badge cg-badge-warn'}>
          {user.mfaEnabled ? t('mfa.on') : t('mfa.off')}
        </span>
      </h3>
      {notice && <Notice kind="success">{notice}</Notice>}
      {!user.mfaEnabled && (
        <IonButton expand="block" fill="outline" routerLink="/mfa-setup" data-testid="mfa-set-up">
          <IonIcon slot="start" icon={shieldCheckmarkOutline} aria-hidden="true" />
          {t('mfa.setUp')}
        </IonButton>
      )}
      {user.mfaEnabled && user.mfaRequired && (
        <p className="cg-muted">{t('mfa.requiredForRole')}</p>
      )}
      {user.mfaEnabled && !user.mfaRequired && (
        <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
          <p className="cg-muted">{t('mfa.disableIntro')}</p>
          <TextField
            name="code"
            label={t('mfa.code')}
            autocomplete="one-time-code"
            value={code}
            onChange={setCode}
            error={error}
            required
          />
          <IonButton type="submit" expand="block" fill="outline" color="danger" disabled={loading}>
            {t('mfa.disable')}
          </IonButton>
        </form>
      )}
    </div>
  );
}
