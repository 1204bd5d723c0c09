import { useIonRouter } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { ChangePasswordForm } from '../../features/auth/ChangePasswordForm';

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const router = useIonRouter();
  const [done, setDone] = useState(false);
  return (
    <PageLayout title={t('changePassword.title')} backHref="/app/account">
      <section className="cg-card cg-narrow">
        {done ? (
          <Notice kind="success">{t('changePassword.done')}</Notice>
        ) : (
          <>
            <p className="cg-muted">{t('changePassword.intro')}</p>
            <ChangePasswordForm
              forced={false}
              onDone={() => {
                setDone(true);
                window.setTimeout(() => {
                  if (router.canGoBack()) router.goBack();
                }, 1500);
              }}
            />
          </>
        )}
      </section>
    </PageLayout>
  );
}
