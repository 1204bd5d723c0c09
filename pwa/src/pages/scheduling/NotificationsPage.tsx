import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonItem, IonLabel, IonList, IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime } from '../../app/format';
import '../../features/notifications/notifications.css';
import { renderNotification } from '../../features/notifications/render-notification';
import '../../features/scheduling/scheduling.css';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationsDocument,
} from '../../gql/graphql';

/** The caller's notifications, newest first; opening one marks it read and follows its link. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: 30 },
  });
  const refetchQueries = ['UnreadNotificationCount'];
  const [markRead] = useMutation(MarkNotificationReadDocument, { refetchQueries });
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadDocument, {
    refetchQueries: [...refetchQueries, 'Notifications'],
  });
  const page = data?.notifications;
  const unread = (page?.nodes ?? []).some((n) => !n.readAt);

  return (
    <PageLayout title={t('notifications.title')} backHref="/app/home">
      {unread && (
        <IonButton
          fill="outline"
          disabled={markingAll.loading}
          onClick={() => void markAll()}
          data-testid="mark-all-read"
        >
          {t('notifications.markAll')}
        </IonButton>
      )}
      {loading && !page && <IonSpinner aria-label={t('app.loading')} />}
      {page?.nodes.length === 0 && <p className="cg-muted">{t('notifications.empty')}</p>}
      {page && page.nodes.length > 0 && (
        <IonList inset lines="full" data-testid="notifications">
          {page.nodes.map((n) => {
            const text = renderNotification(n, t, i18n.language);
            return (
              <IonItem
                key={n.id}
                button
                detail={!!n.link}
                className={n.readAt ? '' : 'cg-notification-unread'}
                data-testid="notification"
                data-read={n.readAt ? 'true' : 'false'}
                data-kind={n.kind}
                onClick={() => {
                  if (!n.readAt) void markRead({ variables: { input: { id: n.id } } });
                  if (n.link) navigate(`/app${n.link}`);
                }}
              >
                <IonLabel className="ion-text-wrap">
                  <h3>
                    {text.title}
                    {!n.readAt && (
                      <span className="cg-badge cg-badge-ok"> {t('notifications.unread')}</span>
                    )}
                    {n.urgent && (
                      <span className="cg-badge cg-badge-danger"> {t('notifications.urgent')}</span>
                    )}
                  </h3>
                  <p>{text.body}</p>
                  <p>{formatDateTime(n.createdAt, i18n.language)}</p>
                </IonLabel>
              </IonItem>
            );
          })}
        </IonList>
      )}
      {page?.pageInfo.hasNextPage && (
        <IonButton
          expand="block"
          fill="outline"
          onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}
        >
          {t('scheduling.loadMore')}
        </IonButton>
      )}
    </PageLayout>
  );
}
