import { chevronForward } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Icon } from '../../../app/components/Icon';
import type { InpatientRowFieldsFragment } from '../../../gql/graphql';
import { ageSex } from '../tile-text';
import { AllergyFlag } from './AllergyFlag';
import { News2Chip } from './News2Chip';
import { NewResultsChip } from './NewResultsChip';

/**
 * Inpatients as a nurse's or a doctor's list, in the API's order (sickest first): bed and ward,
 * name, age and sex, day of stay, NEWS2 with its risk in words, allergies, new results. A row
 * opens the chart.
 *
 * Plain HTML rather than ion-list and ion-item: a round of 25 is the first thing a doctor sees
 * when the app opens offline, and each Ionic item (with its label and icons) is elements to
 * upgrade and shadow roots to render on a phone's main thread (bench/README.md, offline).
 */
export function InpatientList({
  rows,
  testId,
}: {
  rows: readonly InpatientRowFieldsFragment[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="cg-inpatients" data-testid={testId}>
      {rows.map((r) => (
        <li key={r.admissionId}>
          <Link
            to={`/app/patients/${r.patientId}/chart`}
            className="cg-inpatient"
            data-testid="inpatient"
            data-patient-id={r.patientId}
            data-risk={r.news2Risk ?? 'NONE'}
            data-score={r.news2Score ?? ''}
          >
            <div className="cg-inpatient-text">
              <p className="cg-inpatient-bed">
                {t('wards.inpatients.bedIn', { bed: r.bedLabel, ward: r.wardName })}
              </p>
              <h3>{r.name}</h3>
              <p>
                <Spoken
                  shown={ageSex(t, r.age, r.sex)}
                  said={`${t('wards.ageLong', { count: r.age })}, ${t(`sex.${r.sex}`)}`}
                />{' '}
                ·{' '}
                <strong>
                  <Spoken
                    shown={t('wards.day', { n: r.days })}
                    said={t('wards.sinceAdmission', { count: r.days })}
                  />
                </strong>{' '}
                · {r.reason}
              </p>
              <p className="cg-bed-flags">
                <News2Chip score={r.news2Score} risk={r.news2Risk} />
                <AllergyFlag flag={r.allergyFlag} />
                <NewResultsChip count={r.newResults} />
              </p>
            </div>
            <Icon icon={chevronForward} className="cg-inpatient-detail" />
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Text shown short on screen and said in full to screen readers. */
function Spoken({ shown, said }: { shown: string; said: string }) {
  return (
    <>
      <span aria-hidden="true">{shown}</span>
      <span className="cg-sr-only">{said}</span>
    </>
  );
}
