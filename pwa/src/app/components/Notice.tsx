import { IonIcon } from '@ionic/react';
import { alertCircleOutline, checkmarkCircleOutline } from 'ionicons/icons';

/** A message after an action: `role=alert` for failures so that it is announced at once. */
export function Notice({ kind, children }: { kind: 'error' | 'success'; children: string }) {
  return (
    <div className={`cg-notice cg-notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <IonIcon
        icon={kind === 'error' ? alertCircleOutline : checkmarkCircleOutline}
        aria-hidden="true"
      />
      <span>{children}</span>
    </div>
  );
}
