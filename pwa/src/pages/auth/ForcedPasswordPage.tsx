import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../app/components/PageLayout';
import { LogoutButton } from '../../features/account/LogoutButton';
import { ChangePasswordForm } from '../../features/auth/ChangePasswordForm';

/** After an administrator's reset: nothing else opens until the password is changed. */
export default function ForcedPasswordPage() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('changePassword.title')}>
      <section className="cg-card cg-narrow">
        <p>{t('changePassword.forcedIntro')}</p>
        <ChangePasswordForm
          forced
          onDone={() => {
            // The session now says mustChangePassword: false; the router moves on to home.
          }}
        />
      </section>
      <div className="cg-narrow">
        <LogoutButton fill="clear" />
      </div>
    </PageLayout>
  );
}
