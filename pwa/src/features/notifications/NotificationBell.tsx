import { useQuery, useSubscription } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { notificationsOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session/SessionContext';
import { NotificationAddedDocument, UnreadNotificationCountDocument } from '../../gql/graphql';
import './notifications.css';

/** The header bell: unread count, live (R20); opens the notification list. */
export function NotificationBell() {
  const { status } = useSession();
  if (status !== 'signedIn') return null;
  return <SignedInBell />;
}

function SignedInBell() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, {
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(NotificationAddedDocument, {
    onData: () => {
      void refetch();
    },
  });
  const count = data?.unreadNotificationCount ?? 0;
  // The count lives on a plain element: Ionic's wrappers set data attributes once, at mount.
  return (
    <span className="cg-bell-wrap" data-testid="notification-bell" data-count={count}>
      <IonButton
        routerLink="/app/notifications"
        className="cg-bell"
        aria-label={count === 0 ? t('notifications.title') : t('notifications.bell', { count })}
      >
        <IonIcon slot="icon-only" icon={notificationsOutline} aria-hidden="true" />
      </IonButton>
      {count > 0 && (
        <span className="cg-bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </span>
  );
}
