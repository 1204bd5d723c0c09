import { skipToken, useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { useErrorText } from '../../app/use-error-text';
import { OfflineShiftCard } from '../../features/offline';
import { shiftAt } from '../../features/wards/bed-board';
import { InpatientList } from '../../features/wards/components/InpatientList';
import { useLiveBedBoard } from '../../features/wards/use-live-bed-board';
import '../../features/wards/wards.css';
import { MyPatientsDocument, NurseAssignmentsDocument } from '../../gql/graphql';

/**
 * A nurse's patients: the inpatients of the wards she covers this shift, sickest first, on her
 * phone. An empty list says why: no ward this shift, or no inpatient on her wards.
 */
export default function MyPatientsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = useQuery(MyPatientsDocument);
  const rows = list.data?.myPatients;
  const wardIds = useMemo(() => [...new Set((rows ?? []).map((r) => r.wardId))], [rows]);
  useLiveBedBoard(() => list.refetch(), null, wardIds);
  const now = shiftAt(new Date());
  // Only asked when the list is empty, to say why: a nurse reads her own assignments.
  const mine = useQuery(
    NurseAssignmentsDocument,
    rows?.length === 0 ? { variables: { date: now.date } } : skipToken,
  );
  const assignedNow = mine.data?.nurseAssignments.some((a) => a.shift === now.shift);
  return (
    <PageLayout title={t('wards.inpatients.myPatientsTitle')}>
      <OfflineShiftCard />
      {list.error && <Notice kind="error">{errorText.message(errorText.info(list.error))}</Notice>}
      {list.loading && !rows && <IonSpinner aria-label={t('app.loading')} />}
      {rows && rows.length > 0 && (
        <p className="cg-inpatients-meta">
          <strong>{t('wards.inpatients.count', { count: rows.length })}</strong>
          <span>{t('wards.inpatients.sickestFirst')}</span>
        </p>
      )}
      {rows?.length === 0 && (mine.data ?? mine.error) && (
        <p className="cg-card cg-empty" data-testid="my-patients-empty">
          {assignedNow
            ? t('wards.inpatients.wardsEmpty')
            : t('wards.inpatients.notAssigned', { shift: t(`wards.shift.${now.shift}`) })}
        </p>
      )}
      {rows && rows.length > 0 && <InpatientList rows={rows} testId="my-patients" />}
    </PageLayout>
  );
}
