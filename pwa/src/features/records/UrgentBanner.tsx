import { useQuery } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { UrgentNotificationsDocument } from '../../gql/graphql';
import { renderNotification } from '../notifications/render-notification';

/** Notification links point at `/patients/:id/...`; the app serves them under `/app`. */
function appLink(link: string | null | undefined): string | null {
  if (!link) return null;
  return link.startsWith('/app/') ? link : `/app${link}`;
}

/**
 * Unread urgent notifications (critical results, high NEWS2) at the top of a doctor's screen,
 * refreshed every 30 seconds, so they are seen even before the bell is opened.
 */
export function UrgentBanner() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(UrgentNotificationsDocument, {
    pollInterval: 30_000,
    fetchPolicy: 'cache-and-network',
  });
  const urgent = data?.notifications.nodes.filter((n) => n.urgent) ?? [];
  if (urgent.length === 0) return null;
  return (
    <section
      className="cg-urgent"
      role="alert"
      aria-labelledby="urgent-title"
      data-testid="urgent-banner"
    >
      <h2 id="urgent-title">{t('records.urgent.title')}</h2>
      <ul>
        {urgent.map((n) => {
          const href = appLink(n.link);
          const text = renderNotification(n, t, i18n.language);
          return (
            <li key={n.id} className="cg-rec-row" data-testid="urgent-notification">
              <span>
                <strong>{text.title}</strong>
                <span className="cg-rec-sub">
                  {text.body} · {formatDateTime(n.createdAt, i18n.language)}
                </span>
              </span>
              {href && (
                <IonButton size="small" color="danger" routerLink={href}>
                  {t('records.urgent.open')}
                </IonButton>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
