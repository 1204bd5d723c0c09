import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { keyOutline, timeOutline } from 'ionicons/icons';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { formatDateTime } from '../../app/format';
import { useSessionManager } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { LanguageSwitch } from '../../features/account/LanguageSwitch';
import { LogoutButton } from '../../features/account/LogoutButton';
import { ReminderOptOut } from '../../features/account/ReminderOptOut';
import { MfaAccountSection } from '../../features/mfa/MfaAccountSection';
import { checkName, checkPhone, compact } from '../../features/forms/validation';
import { CloseAccount, RecordDownload } from '../../features/patient-rights';
import { MeDocument, UpdateMyProfileDocument, type MeQuery } from '../../gql/graphql';

type Me = MeQuery['me'];
interface ProfileValues {
  givenName: string;
  familyName: string;
  phone: string;
  address: string;
}

function ProfileForm({ me, onClose }: { me: Me; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const session = useSessionManager();
  const errorText = useErrorText();
  const isPatient = me.role === 'PATIENT';
  const [values, setValues] = useState<ProfileValues>({
    givenName: me.givenName,
    familyName: me.familyName,
    phone: me.phone ?? '',
    address: me.address ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof ProfileValues, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdateMyProfileDocument);
  const set = (field: keyof ProfileValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const local = compact({
      givenName: isPatient ? undefined : checkName(values.givenName),
      familyName: isPatient ? undefined : checkName(values.familyName),
      phone: checkPhone(values.phone, false),
      address: values.address.length > 300 ? ('tooLong' as const) : undefined,
    });
    const translated: Partial<Record<keyof ProfileValues, string>> = {};
    for (const [k, v] of Object.entries(local) as [keyof ProfileValues, string][]) {
      translated[k] = t(`validation.${v}` as 'validation.required');
    }
    setErrors(translated);
    if (Object.keys(translated).length > 0) return;
    try {
      const { data } = await save({
        variables: {
          input: {
            phone: values.phone.trim(),
            address: values.address.trim(),
            ...(isPatient
              ? {}
              : { givenName: values.givenName.trim(), familyName: values.familyName.trim() }),
          },
        },
      });
      if (data) session.updateUser(data.updateMyProfile);
      onClose(true);
    } catch (error) {
      const info = errorText.info(error);
      if (info.code === 'BAD_USER_INPUT') setErrors(errorText.fields(info));
      setFailure(errorText.message(info));
    }
  }

  return (
    <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
      {failure && <Notice kind="error">{failure}</Notice>}
      {isPatient ? (
        <p className="cg-muted">{t('account.patientNames')}</p>
      ) : (
        <div className="cg-form-grid cg-form">
          <TextField
            name="givenName"
            label={t('account.givenName')}
            autocomplete="given-name"
            value={values.givenName}
            onChange={set('givenName')}
            error={errors.givenName}
            required
          />
          <TextField
            name="familyName"
            label={t('account.familyName')}
            autocomplete="family-name"
            value={values.familyName}
            onChange={set('familyName')}
            error={errors.familyName}
            required
          />
        </div>
      )}
      <TextField
        name="phone"
        type="tel"
        label={t('account.phone')}
        autocomplete="tel"
        value={values.phone}
        onChange={set('phone')}
        error={errors.phone}
      />
      <TextField
        name="address"
        label={t('account.address')}
        autocomplete="street-address"
        value={values.address}
        onChange={set('address')}
        error={errors.address}
      />
      <div className="cg-actions">
        <IonButton
          fill="outline"
          onClick={() => {
            onClose(false);
          }}
        >
          {t('account.cancel')}
        </IonButton>
        <IonButton type="submit" disabled={loading} data-testid="save-profile">
          {t('account.save')}
        </IonButton>
      </div>
    </form>
  );
}

export default function AccountPage() {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(MeDocument);
  const errorText = useErrorText();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const me = data?.me;
  const notSet = <span className="cg-muted">{t('account.notSet')}</span>;

  return (
    <PageLayout title={t('account.title')}>
      {error && !me && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {saved && <Notice kind="success">{t('account.saved')}</Notice>}
      {me && (
        <section className="cg-card" aria-labelledby="profile-title" data-testid="profile">
          <h2 id="profile-title">{t('account.profile')}</h2>
          {editing ? (
            <ProfileForm
              me={me}
              onClose={(didSave) => {
                setEditing(false);
                setSaved(didSave);
              }}
            />
          ) : (
            <>
              <p>
                <strong>{me.displayName}</strong>{' '}
                <span className="cg-badge">{t(`roles.${me.role}`)}</span>
              </p>
              <dl className="cg-dl">
                <dt>{t('account.email')}</dt>
                <dd>
                  {me.email}
                  {me.role === 'PATIENT' && (
                    <>
                      {' '}
                      <span
                        className={`cg-badge${me.emailVerifiedAt ? '' : ' cg-badge-warn'}`}
                        data-testid="email-status"
                      >
                        {me.emailVerifiedAt ? t('account.verified') : t('account.unverified')}
                      </span>
                    </>
                  )}
                </dd>
                {me.jobTitle && (
                  <>
                    <dt>{t('account.jobTitle')}</dt>
                    <dd>{me.jobTitle}</dd>
                  </>
                )}
                <dt>{t('account.phone')}</dt>
                <dd>{me.phone ?? notSet}</dd>
                <dt>{t('account.address')}</dt>
                <dd>{me.address ?? notSet}</dd>
                <dt>{t('account.lastLogin')}</dt>
                <dd>{me.lastLoginAt ? formatDateTime(me.lastLoginAt, i18n.language) : notSet}</dd>
              </dl>
              <div className="cg-actions">
                <IonButton
                  fill="outline"
                  data-testid="edit-profile"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  {t('account.edit')}
                </IonButton>
              </div>
            </>
          )}
        </section>
      )}
      {me?.role === 'PATIENT' && (
        <section className="cg-card" aria-labelledby="mail-title" data-testid="mail-settings">
          <h2 id="mail-title">{t('account.mail')}</h2>
          <ReminderOptOut optedOut={me.remindersOptOut} />
        </section>
      )}
      <section className="cg-card" aria-labelledby="security-title">
        <h2 id="security-title">{t('account.security')}</h2>
        <IonButton
          expand="block"
          fill="outline"
          routerLink="/app/account/password"
          data-testid="change-password"
        >
          <IonIcon slot="start" icon={keyOutline} aria-hidden="true" />
          {t('account.changePassword')}
        </IonButton>
        <MfaAccountSection />
        <LanguageSwitch persistOnServer />
      </section>
      {me?.capabilities.includes('KEEP_WORKING_HOURS') && (
        <section className="cg-card" aria-labelledby="hours-title">
          <h2 id="hours-title">{t('scheduling.hours.title')}</h2>
          <IonButton
            expand="block"
            fill="outline"
            routerLink="/app/account/hours"
            data-testid="my-working-hours"
          >
            <IonIcon slot="start" icon={timeOutline} aria-hidden="true" />
            {t('scheduling.hours.link')}
          </IonButton>
        </section>
      )}
      {me?.role === 'PATIENT' && me.patient && <RecordDownload mrn={me.patient.mrn} />}
      <LogoutButton />
      {me?.role === 'PATIENT' && <CloseAccount />}
    </PageLayout>
  );
}
