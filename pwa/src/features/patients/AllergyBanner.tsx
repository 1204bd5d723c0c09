import { IonIcon } from '@ionic/react';
import { alertCircleOutline, helpCircleOutline, informationCircleOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import type { AllergyClinicalStatus, AllergySeverity, AllergyStatus } from '../../gql/graphql';
import './patients.css';

export interface BannerAllergy {
  id: string;
  substance: string;
  severity: AllergySeverity;
  status: AllergyClinicalStatus;
  reaction?: string | null;
}

/**
 * Whether allergies were asked and what they are: red with the active ones, neutral when none are
 * known (a recorded fact), amber when nobody ever asked.
 */
export function AllergyBanner({
  status,
  allergies,
}: {
  status: AllergyStatus;
  allergies: readonly BannerAllergy[];
}) {
  const { t } = useTranslation();
  const active = allergies.filter((a) => a.status === 'ACTIVE');

  if (active.length > 0) {
    return (
      <div
        className="cg-allergy cg-allergy-active"
        data-testid="allergy-banner"
        data-state="active"
      >
        <IonIcon icon={alertCircleOutline} aria-hidden="true" />
        <div>
          <strong>{t('patients.banner.active')}</strong>{' '}
          <ul className="cg-allergy-list">
            {active.map((a) => (
              <li key={a.id}>
                <strong>{a.substance}</strong> ({t(`patients.severity.${a.severity}`)})
              </li>
            ))}
          </ul>
        </div>
      </div>
    );
  }
  if (status === 'UNKNOWN') {
    return (
      <div
        className="cg-allergy cg-allergy-unknown"
        data-testid="allergy-banner"
        data-state="unknown"
      >
        <IonIcon icon={helpCircleOutline} aria-hidden="true" />
        <span>{t('patients.banner.unknown')}</span>
      </div>
    );
  }
  return (
    <div className="cg-allergy cg-allergy-none" data-testid="allergy-banner" data-state="none">
      <IonIcon icon={informationCircleOutline} aria-hidden="true" />
      <span>
        {status === 'NO_KNOWN_ALLERGIES'
          ? t('patients.banner.none')
          : t('patients.banner.noneActive')}
      </span>
    </div>
  );
}
