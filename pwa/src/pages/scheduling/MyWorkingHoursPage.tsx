import { useMutation, useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { useErrorText } from '../../app/use-error-text';
import { WeeklySpansEditor } from '../../features/scheduling/components/AvailabilityEditors';
import { WORKING_TIMES } from '../../features/scheduling/working-hours';
import '../../features/scheduling/scheduling.css';
import { MyWorkingHoursDocument, SetMyWorkingHoursDocument } from '../../gql/graphql';

/** A staff member who is not a doctor keeps their own weekly working hours (R18). */
export default function MyWorkingHoursPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const own = useQuery(MyWorkingHoursDocument);
  const [save, { loading }] = useMutation(SetMyWorkingHoursDocument, {
    refetchQueries: ['MyWorkingHours'],
  });
  // The editor starts from the first answer and keeps the rows as typed: saving refetches the
  // week with new ids, which must not reset the form (nor its "saved" message).
  const spans = own.data?.myWorkingHours;
  return (
    <PageLayout title={t('scheduling.hours.title')} backHref="/app/account">
      {own.loading && !own.data && <IonSpinner aria-label={t('app.loading')} />}
      {own.error && <Notice kind="error">{errorText.message(errorText.info(own.error))}</Notice>}
      {spans && (
        <WeeklySpansEditor
          spans={spans}
          times={WORKING_TIMES}
          saving={loading}
          labels={{
            title: t('scheduling.hours.weekly'),
            help: t('scheduling.hours.help'),
            empty: t('scheduling.hours.empty'),
            add: t('scheduling.hours.add'),
            remove: t('scheduling.hours.remove'),
            save: t('scheduling.hours.save'),
            saved: t('scheduling.hours.saved'),
          }}
          onSave={async (rows) => {
            await save({
              variables: {
                input: {
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
