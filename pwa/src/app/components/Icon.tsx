import type { CSSProperties } from 'react';
import { iconMask } from './icon-mask';

/**
 * An ionicons icon without ion-icon: a span drawn by a CSS mask (`.cg-icon`, theme.css), in the
 * text's colour. For icons repeated down a list (each ion-icon is an element to upgrade, a shadow
 * root and an SVG to parse); always decorative, the words beside it say what it means.
 */
export function Icon({ icon, className }: { icon: string; className?: string }) {
  return (
    <span
      className={className ? `cg-icon ${className}` : 'cg-icon'}
      style={{ '--icon': iconMask(icon) } as CSSProperties}
      aria-hidden="true"
    />
  );
}
