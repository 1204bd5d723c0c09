import { useMutation } from '@apollo/client/react';
import { IonButton, IonContent, IonSpinner } from '@ionic/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { VerifyEmailDocument } from '../../gql/graphql';

type Outcome = 'done' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'TOKEN_USED' | { failure: string };

/** Opened from the confirmation mail: confirms the address at once, signed in or not. */
export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { status } = useSession();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [outcome, setOutcome] = useState<Outcome | null>(token ? null : 'TOKEN_INVALID');
  const [verify] = useMutation(VerifyEmailDocument, { refetchQueries: ['Me'] });
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    verify({ variables: { token } })
      .then(() => {
        setOutcome('done');
      })
      .catch((error: unknown) => {
        const info = errorText.info(error);
        if (
          info.reason === 'TOKEN_INVALID' ||
          info.reason === 'TOKEN_EXPIRED' ||
          info.reason === 'TOKEN_USED'
        ) {
          setOutcome(info.reason);
        } else {
          setOutcome({ failure: errorText.message(info) });
        }
      });
  }, [token, verify, errorText]);

  return (
    <IonContent>
      <main className="cg-container cg-narrow">
        <section className="cg-card" aria-labelledby="verify-title" aria-live="polite">
          <h1 id="verify-title">{t('verifyEmail.title')}</h1>
          {outcome === null && (
            <p>
              <IonSpinner aria-hidden="true" /> {t('verifyEmail.working')}
            </p>
          )}
          {outcome === 'done' && (
            <div data-testid="email-verified">
              <Notice kind="success">{t('verifyEmail.done')}</Notice>
            </div>
          )}
          {typeof outcome === 'string' && outcome !== 'done' && (
            <Notice kind="error">{t(`verifyEmail.${outcome}`)}</Notice>
          )}
          {outcome !== null && typeof outcome === 'object' && (
            <Notice kind="error">{outcome.failure}</Notice>
          )}
          {outcome !== null && (
            <IonButton
              expand="block"
              routerLink={status === 'signedIn' ? '/app/home' : '/login'}
              data-testid="verify-continue"
            >
              {t('verifyEmail.continue')}
            </IonButton>
          )}
        </section>
      </main>
    </IonContent>
  );
}
