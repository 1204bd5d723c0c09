import {
  IonBackButton,
  IonButtons,
  IonContent,
  IonHeader,
  IonTitle,
  IonToolbar,
} from '@ionic/react';
import { Suspense, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../deferred-elements';
import { ToolbarEndContext } from './toolbar-end';

interface PageLayoutProps {
  title: string;
  /** Where the back button goes when there is no history (deep link). */
  backHref?: string;
  actions?: ReactNode;
  /** Full-width content (boards) instead of the readable column. */
  wide?: boolean;
  children: ReactNode;
}

/**
 * The one page anatomy: a toolbar with the title, then a readable, centred column. Rendered
 * inside the IonPage that `LazyPage` provides.
 */
export function PageLayout({ title, backHref, actions, wide = false, children }: PageLayoutProps) {
  const { t } = useTranslation();
  const end = useContext(ToolbarEndContext);
  return (
    <>
      <IonHeader>
        <IonToolbar color="primary">
          {backHref && (
            <IonButtons slot="start">
              <IonBackButton defaultHref={backHref} text={t('app.back')} />
            </IonButtons>
          )}
          <IonTitle>
            <h1 className="cg-title">{title}</h1>
          </IonTitle>
          <IonButtons slot="end">
            {actions}
            {/* The composition root may hand over a lazy component: the title need not wait. */}
            <Suspense fallback={null}>{end}</Suspense>
          </IonButtons>
        </IonToolbar>
      </IonHeader>
      <IonContent>
        <main className={wide ? 'cg-container cg-container-wide' : 'cg-container'}>{children}</main>
      </IonContent>
    </>
  );
}
