import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner, IonToggle } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
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
  DoctorAccountsDocument,
  PractitionersDocument,
  SpecialtiesDocument,
  UpsertPractitionerDocument,
} from '../../gql/graphql';

const EMPTY: ProfileDraft = { bio: '', languages: 'fr', consultationMinutes: '20' };

/**
 * Administrators create or edit the practitioner profile of a DOCTOR account: specialty, bio,
 * languages, consultation length, and whether it takes bookings.
 */
export default function PractitionerProfilesPage() {
  const { t, i18n } = useTranslation();
  const schedulingError = useSchedulingError();
  const doctors = useQuery(DoctorAccountsDocument);
  const specialties = useQuery(SpecialtiesDocument);
  const practitioners = useQuery(PractitionersDocument, { variables: { first: 100 } });
  const [upsert, { loading }] = useMutation(UpsertPractitionerDocument, {
    refetchQueries: ['Practitioners'],
  });
  const [userId, setUserId] = useState('');
  const [specialty, setSpecialty] = useState('');
  const [active, setActive] = useState(true);
  const [draft, setDraft] = useState<ProfileDraft>(EMPTY);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const doctorList = doctors.data?.users.nodes ?? [];

  function pick(id: string) {
    setUserId(id);
    setMessage(null);
    // The API does not link a profile to its account; a profile is named "Dr " + the account's name.
    const name = doctorList.find((d) => d.id === id)?.displayName;
    const existing = practitioners.data?.practitioners.nodes.find(
      (p) => p.displayName === `Dr ${name ?? ''}`,
    );
    setSpecialty(existing?.specialty ?? '');
    setActive(existing?.active ?? true);
    setDraft(existing ? draftOf(existing) : EMPTY);
  }

  return (
    <PageLayout title={t('scheduling.profile.adminTitle')} backHref="/app/home">
      {!(doctors.data && specialties.data && practitioners.data) && (
        <IonSpinner aria-label={t('app.loading')} />
      )}
      {(doctors.error ?? specialties.error ?? practitioners.error) && (
        <Notice kind="error">
          {schedulingError(doctors.error ?? specialties.error ?? practitioners.error)}
        </Notice>
      )}
      {doctors.data && specialties.data && practitioners.data && (
        <form
          className="cg-form"
          data-testid="practitioner-profile-form"
          onSubmit={(e) => {
            e.preventDefault();
            setMessage(null);
            if (!userId || !specialty) {
              setMessage({ kind: 'error', text: t('scheduling.profile.required') });
              return;
            }
            upsert({
              variables: { input: { userId, specialty, active, ...profileInput(draft) } },
            }).then(
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
          <SelectField
            name="doctor"
            label={t('scheduling.profile.doctor')}
            placeholder={t('scheduling.profile.chooseDoctor')}
            value={userId}
            options={doctorList.map((d) => ({ value: d.id, label: d.displayName }))}
            onChange={pick}
          />
          {userId && (
            <>
              <SelectField
                name="specialty"
                label={t('scheduling.profile.specialty')}
                placeholder={t('scheduling.profile.chooseSpecialty')}
                value={specialty}
                options={specialties.data.specialties.map((s) => ({
                  value: s.code,
                  label: specialtyLabel(s, i18n.language),
                }))}
                onChange={setSpecialty}
              />
              <PractitionerProfileFields draft={draft} onChange={setDraft} />
              <IonToggle
                name="active"
                checked={active}
                labelPlacement="start"
                justify="space-between"
                className="cg-toggle"
                onIonChange={(e) => {
                  setActive(e.detail.checked);
                }}
              >
                {t('scheduling.profile.active')}
              </IonToggle>
              <IonButton type="submit" expand="block" disabled={loading} data-testid="save-profile">
                {t('scheduling.profile.save')}
              </IonButton>
            </>
          )}
        </form>
      )}
    </PageLayout>
  );
}
