import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { useErrorText } from '../../app/use-error-text';
import { ResendVerificationEmailDocument } from '../../gql/graphql';

/**
 * On a patient's home until their address is confirmed: the account works meanwhile (sign in,
 * book), but reminders go only to confirmed addresses.
 */
export function VerifyEmailBanner({ email }: { email: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [resend, { loading }] = useMutation(ResendVerificationEmailDocument, {
    refetchQueries: ['Me'],
  });

  return (
    <section className="cg-card" aria-labelledby="verify-banner" data-testid="verify-banner">
      <p id="verify-banner">{t('verifyBanner.text', { email })}</p>
      {result && <Notice kind={result.ok ? 'success' : 'error'}>{result.text}</Notice>}
      <IonButton
        fill="outline"
        disabled={loading}
        data-testid="resend-verification"
        onClick={() => {
          setResult(null);
          resend()
            .then(() => {
              setResult({ ok: true, text: t('verifyBanner.sent') });
            })
            .catch((error: unknown) => {
              setResult({ ok: false, text: errorText.message(errorText.info(error)) });
            });
        }}
      >
        {loading ? t('verifyBanner.sending') : t('verifyBanner.resend')}
      </IonButton>
    </section>
  );
}
