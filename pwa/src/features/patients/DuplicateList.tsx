import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { DuplicateReason } from '../../gql/graphql';
import './patients.css';

export interface DuplicateCandidate {
  reasons: readonly DuplicateReason[];
  patient: { id: string; mrn: string; displayName: string; birthDate?: string };
}

/** Existing patients who may be the person being registered, with what matched. */
export function DuplicateList({
  candidates,
  intro,
  children,
}: {
  candidates: readonly DuplicateCandidate[];
  intro: string;
  children?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section
      className="cg-card cg-duplicates"
      aria-labelledby="duplicates-title"
      data-testid="duplicates"
    >
      <h2 id="duplicates-title">{t('patients.duplicates.title', { count: candidates.length })}</h2>
      <p>{intro}</p>
      <ul>
        {candidates.map((c) => (
          <li key={c.patient.id} data-testid="duplicate">
            <div>
              <strong>{c.patient.displayName}</strong> ·{' '}
              <span className="cg-mrn">{c.patient.mrn}</span>
              {c.patient.birthDate && <> · {formatDate(c.patient.birthDate, i18n.language)}</>}
              <br />
              <span className="cg-muted">
                {c.reasons.map((r) => t(`patients.duplicates.${r}`)).join(' · ')}
              </span>
            </div>
            <IonButton
              size="small"
              fill="outline"
              routerLink={`/app/patients/${c.patient.id}`}
              aria-label={`${t('patients.duplicates.open')} ${c.patient.displayName}`}
            >
              {t('patients.duplicates.open')}
            </IonButton>
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
