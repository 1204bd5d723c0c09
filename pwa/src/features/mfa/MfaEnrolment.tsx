import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formValues } from '../../app/components/form-values';
import { Notice } from '../../app/components/Notice';
import { TextField } from '../../app/components/TextField';
import { useSessionManager } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import {
  ConfirmMfaEnrolmentDocument,
  StartMfaEnrolmentDocument,
  type StartMfaEnrolmentMutation,
} from '../../gql/graphql';
import { RecoveryCodes } from './RecoveryCodes';

type Offer = StartMfaEnrolmentMutation['startMfaEnrolment'];

/**
 * Enrolment: a new secret as a QR code and as text, a first code to turn it on, then the recovery
 * codes, shown once. `onDone` runs when the user has kept them.
 */
export function MfaEnrolment({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const session = useSessionManager();
  const errorText = useErrorText();
  const [offer, setOffer] = useState<Offer | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [start, { loading: starting }] = useMutation(StartMfaEnrolmentDocument);
  const [confirm, { loading: confirming }] = useMutation(ConfirmMfaEnrolmentDocument);

  async function begin() {
    setFailure(null);
    try {
      const { data } = await start();
      if (data) setOffer(data.startMfaEnrolment);
    } catch (e) {
      setFailure(errorText.message(errorText.info(e)));
    }
  }

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const typed = { code, ...formValues(event.currentTarget, ['code']) }.code.trim();
    if (!/^\d{6}$/.test(typed.replace(/\s/g, ''))) {
      setError(t('mfa.wrongSetupCode'));
      return;
    }
    setError(undefined);
    try {
      const { data } = await confirm({ variables: { code: typed } });
      if (!data) return;
      setCodes(data.confirmMfaEnrolment.recoveryCodes);
      session.updateUser(data.confirmMfaEnrolment.user);
    } catch (e) {
      const info = errorText.info(e);
      if (info.code === 'BAD_USER_INPUT') setError(t('mfa.wrongSetupCode'));
      else setFailure(errorText.message(info));
      setCode('');
    }
  }

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;

  if (!offer) {
    return (
      <div className="cg-form">
        {failure && <Notice kind="error">{failure}</Notice>}
        <IonButton
          expand="block"
          onClick={() => void begin()}
          disabled={starting}
          data-testid="mfa-start"
        >
          {t('mfa.start')}
        </IonButton>
      </div>
    );
  }

  return (
    <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
      {failure && <Notice kind="error">{failure}</Notice>}
      <p>{t('mfa.scan')}</p>
      <img
        className="cg-qr"
        src={offer.qrCodeDataUrl}
        alt={t('mfa.qrAlt')}
        width="220"
        height="220"
        data-testid="mfa-qr"
      />
      <p className="cg-muted">{t('mfa.manual')}</p>
      <p className="cg-secret cg-key" data-testid="mfa-secret">
        {offer.secret.replace(/(.{4})/g, '$1 ').trim()}
      </p>
      <p>{t('mfa.enterCode')}</p>
      <TextField
        name="code"
        label={t('mfa.code')}
        autocomplete="one-time-code"
        value={code}
        onChange={setCode}
        error={error}
        required
      />
      <IonButton type="submit" expand="block" disabled={confirming} data-testid="mfa-confirm">
        {t('mfa.confirm')}
      </IonButton>
    </form>
  );
}
