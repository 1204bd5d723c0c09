import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageLayout } from '../../app/components/PageLayout';
import { useSession } from '../../app/session/SessionContext';
import { LogoutButton } from '../../features/account/LogoutButton';
import { MfaEnrolment } from '../../features/mfa/MfaEnrolment';
import '../../features/mfa/mfa.css';

/**
 * Two-step verification's set-up. An ADMIN or MANAGER without it is held here (the API refuses
 * everything else with MFA_ENROLMENT_REQUIRED); other staff come from My account.
 */
export default function MfaSetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  // As it was on arrival: the page keeps its words while it shows the recovery codes after the
  // enrolment that ended the hold.
  const [held] = useState(() => user?.mfaRequired === true && !user.mfaEnabled);
  return (
    <PageLayout title={t('mfa.setupTitle')} {...(held ? {} : { backHref: '/app/account' })}>
      <section className="cg-card cg-narrow" aria-labelledby="mfa-setup-intro">
        <p id="mfa-setup-intro">{held ? t('mfa.requiredIntro') : t('mfa.optionalIntro')}</p>
        <MfaEnrolment
          onDone={() => {
            navigate('/app/home', { replace: true });
          }}
        />
      </section>
      {held && (
        <div className="cg-narrow">
          <LogoutButton fill="clear" />
        </div>
      )}
    </PageLayout>
  );
}
