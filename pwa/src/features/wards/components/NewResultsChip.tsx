import { flaskOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../app/components/Icon';

/** Lab results entered in the last 24 hours, when there are any. */
export function NewResultsChip({ count }: { count: number | null | undefined }) {
  const { t } = useTranslation();
  if (!count) return null;
  return (
    <span className="cg-chip cg-results-chip" data-testid="new-results">
      <Icon icon={flaskOutline} />
      {t('wards.newResults', { count })}
    </span>
  );
}
