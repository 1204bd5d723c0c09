import { IonButton, IonContent, IonPage, IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';

/** Shown while the session is restored, or when the server cannot be reached to restore it. */
export function Splash({ unreachable, onRetry }: { unreachable: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <IonPage>
      <IonContent>
        <main className="cg-splash">
          <img src="/icons/icon-192.png" alt="" width="72" height="72" />
          <h1>{t('app.name')}</h1>
          {unreachable ? (
            <>
              <h2>{t('app.unreachableTitle')}</h2>
              <p>{t('app.unreachableBody')}</p>
              <IonButton onClick={onRetry}>{t('app.retry')}</IonButton>
            </>
          ) : (
            <IonSpinner name="crescent" aria-label={t('app.loading')} />
          )}
        </main>
      </IonContent>
    </IonPage>
  );
}
