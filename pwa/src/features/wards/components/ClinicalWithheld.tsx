import { IonIcon } from '@ionic/react';
import { lockClosedOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';

/**
 * Said instead of the NEWS2, allergy and results chips when the account reads charts but not
 * this patient's (a ward it does not cover): withheld must not read as "not scored" or
 * "allergies not recorded". Short on a tile (the tile's label says it in full).
 */
export function ClinicalWithheld({ short = false }: { short?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="cg-chip cg-clinical-withheld" data-testid="clinical-withheld">
      <IonIcon icon={lockClosedOutline} aria-hidden="true" />
      {t(short ? 'wards.clinicalWithheldShort' : 'wards.clinicalWithheld')}
    </span>
  );
}
