import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import {
  draftOf,
  PractitionerProfileFields,
  profileInput,
  type ProfileDraft,
} from '../../features/scheduling/components/PractitionerProfileFields';
import { specialtyLabel } from '../../features/scheduling/labels';
import { useSchedulingError } from '../../features/scheduling/use-scheduling-error';
import '../../features/scheduling/scheduling.css';
import {
  MyPractitionerProfileDocument,
  UpdateMyPractitionerProfileDocument,
  type MyPractitionerProfileQuery,
} from '../../gql/graphql';

/** A doctor keeps their own presentation, languages and consultation length up to date (R18). */
export default function MyPractitionerProfilePage() {
  const { t, i18n } = useTranslation();
  const own = useQuery(MyPractitionerProfileDocument);
  const profile = own.data?.myPractitionerProfile;

  return (
    <PageLayout title={t('scheduling.profile.myTitle')} backHref="/app/home">
      {own.loading && !own.data && <IonSpinner aria-label={t('app.loading')} />}
      {own.data && !profile && <Notice kind="error">{t('scheduling.agenda.noProfile')}</Notice>}
      {profile && (
        <>
          <h2 className="cg-step-title">{profile.displayName}</h2>
          <p className="cg-muted">{specialtyLabel(profile.specialtyInfo, i18n.language)}</p>
          <ProfileForm key={profile.id} profile={profile} />
        </>
      )}
    </PageLayout>
  );
}

function ProfileForm({
  profile,
}: {
  profile: NonNullable<MyPractitionerProfileQuery['myPractitionerProfile']>;
}) {
  const { t } = useTranslation();
  const schedulingError = useSchedulingError();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile));
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [update, { loading }] = useMutation(UpdateMyPractitionerProfileDocument);
  return (
    <form
      className="cg-form"
      data-testid="my-practitioner-profile-form"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(null);
        update({ variables: { input: profileInput(draft) } }).then(
          () => {
            setMessage({ kind: 'success', text: t('scheduling.profile.saved') });
          },
          (err: unknown) => {
            setMessage({ kind: 'error', text: schedulingError(err) });
          },
        );
      }}
    >
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <PractitionerProfileFields draft={draft} onChange={setDraft} />
      <IonButton type="submit" expand="block" disabled={loading} data-testid="save-profile">
        {t('scheduling.profile.save')}
      </IonButton>
    </form>
  );
}
