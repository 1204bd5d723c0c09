import { IonIcon } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import type { TriageLevel } from '../../../gql/graphql';
import { levelLook } from '../triage';

/** A triage level in words, colour and shape: "Tri 2" / "Level 2", or "À trier" / "To triage". */
export function LevelBadge({
  level,
  large = false,
}: {
  level: TriageLevel | null | undefined;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const look = levelLook(level);
  return (
    <span
      className={`cg-ed-level cg-ed-level-${look.tone}${large ? ' cg-ed-level-large' : ''}`}
      data-testid="ed-level"
      data-level={level ?? ''}
    >
      <IonIcon icon={look.icon} aria-hidden="true" />
      <span>{t(look.key)}</span>
    </span>
  );
}
