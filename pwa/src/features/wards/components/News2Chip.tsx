import { alertCircle, pulseOutline, warningOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../app/components/Icon';
import type { News2Risk } from '../../../gql/graphql';
import { news2Band } from '../bed-board';
import { news2Text } from '../tile-text';

/** The NEWS2 score and its risk in words, with an icon for the bands that call for action. */
export function News2Chip({
  score,
  risk,
}: {
  score: number | null | undefined;
  risk: News2Risk | null | undefined;
}) {
  const { t } = useTranslation();
  const band = news2Band(score, risk);
  const icon =
    band === 'HIGH'
      ? alertCircle
      : band === 'MEDIUM' || band === 'LOW_MEDIUM'
        ? warningOutline
        : pulseOutline;
  return (
    <span
      className={`cg-chip cg-news2-chip cg-news2-chip-${band}`}
      data-testid="news2"
      data-risk={band}
    >
      <Icon icon={icon} />
      {news2Text(t, score, risk)}
    </span>
  );
}
