import { skipToken, useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { useSession } from '../../app/session/SessionContext';
import {
  ExceptionsEditor,
  WeeklyEditor,
} from '../../features/scheduling/components/AvailabilityEditors';
import '../../features/scheduling/scheduling.css';
import {
  MyPractitionerProfileDocument,
  PractitionerAvailabilityDocument,
  PractitionersDocument,
} from '../../gql/graphql';

/**
 * R18: weekly sessions plus absences and extra sessions. A doctor edits their own; reception and
 * administrators pick the practitioner.
 */
export default function AvailabilityPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const doctor = user?.role === 'DOCTOR';
  const [picked, setPicked] = useState('');
  const own = useQuery(MyPractitionerProfileDocument, doctor ? {} : skipToken);
  const list = useQuery(PractitionersDocument, doctor ? skipToken : { variables: { first: 100 } });
  const practitionerId = doctor ? (own.data?.myPractitionerProfile?.id ?? '') : picked;
  const availability = useQuery(
    PractitionerAvailabilityDocument,
    practitionerId ? { variables: { id: practitionerId } } : skipToken,
  );
  const data = availability.data;

  return (
    <PageLayout title={t('scheduling.availability.title')} backHref="/app/home">
      {doctor && own.data && !own.data.myPractitionerProfile && (
        <Notice kind="error">{t('scheduling.agenda.noProfile')}</Notice>
      )}
      {!doctor && (
        <SelectField
          name="practitioner"
          label={t('scheduling.availability.practitioner')}
          value={picked}
          placeholder={t('scheduling.availability.choose')}
          options={(list.data?.practitioners.nodes ?? []).map((p) => ({
            value: p.id,
            label: p.displayName,
          }))}
          onChange={setPicked}
        />
      )}
      {availability.loading && !data && <IonSpinner aria-label={t('app.loading')} />}
      {data && (
        <>
          {doctor && <h2 className="cg-step-title">{data.practitioner.displayName}</h2>}
          <WeeklyEditor
            key={`${data.practitioner.id}:${data.practitioner.weeklySessions.map((s) => s.id).join(',')}`}
            practitionerId={data.practitioner.id}
            sessions={data.practitioner.weeklySessions}
          />
          <ExceptionsEditor
            practitionerId={data.practitioner.id}
            exceptions={data.availabilityExceptions}
          />
        </>
      )}
    </PageLayout>
  );
}
