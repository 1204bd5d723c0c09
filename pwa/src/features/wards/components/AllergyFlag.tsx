import { helpCircleOutline, warning } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../app/components/Icon';
import { allergyText } from '../tile-text';

/**
 * The allergy flag: known allergies stand out (icon and words), allergies not recorded are
 * said too, since "nothing shown" must not read as "no allergy". None known shows nothing
 * unless `showNone`.
 */
export function AllergyFlag({
  flag,
  showNone = false,
}: {
  flag: boolean | null | undefined;
  showNone?: boolean;
}) {
  const { t } = useTranslation();
  if (flag === false && !showNone) return null;
  const kind = flag === true ? 'known' : flag === false ? 'none' : 'unknown';
  return (
    <span className={`cg-chip cg-allergy-${kind}`} data-testid="allergy-flag" data-allergy={kind}>
      {flag !== false && <Icon icon={flag === true ? warning : helpCircleOutline} />}
      {allergyText(t, flag)}
    </span>
  );
}
