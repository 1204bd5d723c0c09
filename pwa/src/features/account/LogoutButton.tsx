import { useApolloClient } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { logOutOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionManager } from '../../app/session/SessionContext';
import { signOut } from '../../app/session/sign-out';

export function LogoutButton({ fill = 'outline' }: { fill?: 'outline' | 'solid' | 'clear' }) {
  const { t } = useTranslation();
  const session = useSessionManager();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  return (
    <IonButton
      expand="block"
      color="danger"
      fill={fill}
      disabled={busy}
      data-testid="logout"
      onClick={() => {
        setBusy(true);
        void signOut(session, client).finally(() => {
          setBusy(false);
        });
      }}
    >
      <IonIcon slot="start" icon={logOutOutline} aria-hidden="true" />
      {busy ? t('account.loggingOut') : t('account.logout')}
    </IonButton>
  );
}
