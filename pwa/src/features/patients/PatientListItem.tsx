import { IonItem, IonLabel } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { PatientSearchQuery } from '../../gql/graphql';
import './patients.css';

export type PatientRow = PatientSearchQuery['patients']['nodes'][number];

/** One search result: name, MRN, age, sex, and the allergy flag for roles that may see it. */
export function PatientListItem({ patient, href }: { patient: PatientRow; href: string }) {
  const { t, i18n } = useTranslation();
  const flag = patient.allergyStatus;
  return (
    <IonItem routerLink={href} detail data-testid="patient-result" data-mrn={patient.mrn}>
      <IonLabel className="cg-patient-row">
        <h3>{patient.displayName}</h3>
        <p>
          <span className="cg-mrn">{patient.mrn}</span> ·{' '}
          {t('patients.age', { count: patient.age })} · {t(`sex.${patient.sex}`)}
        </p>
        <p>{formatDate(patient.birthDate, i18n.language)}</p>
      </IonLabel>
      <div slot="end" className="cg-item-badges">
        {flag && (
          <span
            className={`cg-badge ${
              flag === 'HAS_ALLERGIES'
                ? 'cg-badge-allergy'
                : flag === 'UNKNOWN'
                  ? 'cg-badge-warn'
                  : 'cg-badge-neutral'
            }`}
            data-testid="allergy-flag"
          >
            {t(`patients.allergyFlag.${flag}`)}
          </span>
        )}
        {patient.status !== 'ACTIVE' && (
          <span className="cg-badge cg-badge-danger">{t(`patients.status.${patient.status}`)}</span>
        )}
      </div>
    </IonItem>
  );
}
