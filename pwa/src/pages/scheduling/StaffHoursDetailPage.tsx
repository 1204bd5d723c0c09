import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { useErrorText } from '../../app/use-error-text';
import { WeeklySpansEditor } from '../../features/scheduling/components/AvailabilityEditors';
import { WORKING_TIMES } from '../../features/scheduling/working-hours';
import '../../features/scheduling/scheduling.css';
import {
  SetStaffWorkingHoursDocument,
  StaffHoursDocument,
  StaffHoursNameFragmentDoc,
  type StaffHoursNameFragment,
} from '../../gql/graphql';

/** The roster row of this person, when the list was read first: its name shows at once. */
function useRosterName(userId: string): string | null {
  const { cache } = useApolloClient();
  const id = cache.identify({ __typename: 'StaffHours', userId });
  if (!id) return null;
  const row = cache.readFragment<StaffHoursNameFragment>({
    id,
    fragment: StaffHoursNameFragmentDoc,
  });
  return row?.displayName ?? null;
}

/** R18: a manager or administrator sets one staff member's working week. */
export default function StaffHoursDetailPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { userId = '' } = useParams<{ userId: string }>();
  const rosterName = useRosterName(userId);
  // The person and their week: a page opened directly (a reload, a shared link) has its name too.
  const hours = useQuery(StaffHoursDocument, { variables: { userId } });
  const [save, { loading }] = useMutation(SetStaffWorkingHoursDocument, {
    refetchQueries: ['StaffHoursRoster', 'StaffHours'],
  });
  const name = hours.data?.staffHours.displayName ?? rosterName;
  const spans = hours.data?.staffHours.spans;
  return (
    <PageLayout
      // The name alone fits a phone's toolbar; the card below says whose hours these are.
      title={name ?? t('scheduling.staffHours.fallbackTitle')}
      backHref="/app/staff-hours"
    >
      {hours.loading && !hours.data && <IonSpinner aria-label={t('app.loading')} />}
      {hours.error && (
        <Notice kind="error">{errorText.message(errorText.info(hours.error))}</Notice>
      )}
      {spans && (
        <WeeklySpansEditor
          key={userId}
          spans={spans}
          times={WORKING_TIMES}
          saving={loading}
          labels={{
            title: name
              ? t('scheduling.staffHours.open', { name })
              : t('scheduling.staffHours.weekly'),
            help: t('scheduling.staffHours.help'),
            empty: t('scheduling.staffHours.emptyWeek'),
            add: t('scheduling.staffHours.add'),
            remove: t('scheduling.staffHours.remove'),
            save: t('scheduling.staffHours.save'),
            saved: t('scheduling.staffHours.saved'),
          }}
          onSave={async (rows) => {
            await save({
              variables: {
                input: {
                  userId,
                  spans: rows.map((r) => ({
                    weekday: r.weekday,
                    startTime: r.startTime,
                    endTime: r.endTime,
                  })),
                },
              },
            });
          }}
        />
      )}
    </PageLayout>
  );
}
