import { IonContent, IonPage, IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <IonPage>
      <IonContent>
        <div className="cg-splash">
          <IonSpinner name="crescent" aria-label={t('app.loading')} />
        </div>
      </IonContent>
    </IonPage>
  );
}
