import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { createOutline } from 'ionicons/icons';
import { Fragment, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { checkPhone } from '../../features/forms/validation';
import { PATIENT_LANGUAGES } from '../../features/patients/patient-form';
import { PatientHeaderView } from '../../features/patients/PatientHeader';
import {
  MyPatientProfileDocument,
  UpdateMyContactDetailsDocument,
  type MyPatientProfileQuery,
} from '../../gql/graphql';
import '../../features/patients/patients.css';

type MyPatient = NonNullable<MyPatientProfileQuery['me']['patient']>;

type ContactField =
  | 'phone'
  | 'secondaryPhone'
  | 'email'
  | 'preferredLanguage'
  | 'address.line1'
  | 'address.line2'
  | 'address.postalCode'
  | 'address.city'
  | 'address.country'
  | 'emergencyContact.name'
  | 'emergencyContact.relation'
  | 'emergencyContact.phone';
type ContactValues = Record<ContactField, string>;

function contactFrom(p: MyPatient): ContactValues {
  return {
    phone: p.phone ?? '',
    secondaryPhone: p.secondaryPhone ?? '',
    email: p.email ?? '',
    preferredLanguage: p.preferredLanguage,
    'address.line1': p.address?.line1 ?? '',
    'address.line2': p.address?.line2 ?? '',
    'address.postalCode': p.address?.postalCode ?? '',
    'address.city': p.address?.city ?? '',
    'address.country': p.address?.country ?? '',
    'emergencyContact.name': p.emergencyContact?.name ?? '',
    'emergencyContact.relation': p.emergencyContact?.relation ?? '',
    'emergencyContact.phone': p.emergencyContact?.phone ?? '',
  };
}

function ContactForm({
  patient,
  onClose,
}: {
  patient: MyPatient;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [values, setValues] = useState<ContactValues>(() => contactFrom(patient));
  const [errors, setErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdateMyContactDetailsDocument);
  const f = (key: string) => t(`patients.fields.${key}` as 'patients.fields.phone');
  const field = (name: ContactField, label: string, type: 'text' | 'tel' | 'email' = 'text') => (
    <TextField
      name={name}
      label={label}
      type={type}
      value={values[name]}
      onChange={(value) => {
        setValues((v) => ({ ...v, [name]: value }));
      }}
      error={errors[name]}
    />
  );

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const local: Partial<Record<ContactField, string>> = {};
    for (const name of ['phone', 'secondaryPhone', 'emergencyContact.phone'] as const) {
      if (checkPhone(values[name], false)) local[name] = t('validation.phone');
    }
    if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) {
      local.email = t('validation.email');
    }
    if (!/^([A-Za-z]{2})?$/.test(values['address.country'].trim())) {
      local['address.country'] = t('patients.invalid.country');
    }
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setFailure(t('register.fixErrors'));
      return;
    }
    try {
      await save({
        variables: {
          input: {
            version: patient.version,
            phone: values.phone.trim(),
            secondaryPhone: values.secondaryPhone.trim(),
            email: values.email.trim(),
            preferredLanguage: values.preferredLanguage,
            address: {
              line1: values['address.line1'].trim(),
              line2: values['address.line2'].trim(),
              postalCode: values['address.postalCode'].trim(),
              city: values['address.city'].trim(),
              country: values['address.country'].trim().toUpperCase(),
            },
            emergencyContact: {
              name: values['emergencyContact.name'].trim(),
              relation: values['emergencyContact.relation'].trim(),
              phone: values['emergencyContact.phone'].trim(),
            },
          },
        },
      });
      onClose(true);
    } catch (error) {
      const info = errorText.info(error);
      if (info.code === 'BAD_USER_INPUT') setErrors(errorText.fields(info));
      setFailure(info.code === 'CONFLICT' ? t('patients.conflict') : errorText.message(info));
    }
  }

  return (
    <section className="cg-card" aria-labelledby="contact-form-title">
      <h2 id="contact-form-title">{t('patients.myProfile.edit')}</h2>
      {failure && <Notice kind="error">{failure}</Notice>}
      <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="cg-fieldset">
          <legend>{t('patients.sections.contact')}</legend>
          <div className="cg-grid-2">
            {field('phone', f('phone'), 'tel')}
            {field('secondaryPhone', f('secondaryPhone'), 'tel')}
            {field('email', f('email'), 'email')}
            <SelectField
              name="preferredLanguage"
              label={f('preferredLanguage')}
              value={values.preferredLanguage}
              options={PATIENT_LANGUAGES.map((l) => ({
                value: l,
                label: t(`patients.languages.${l}`),
              }))}
              onChange={(value) => {
                setValues((v) => ({ ...v, preferredLanguage: value }));
              }}
            />
            {field('address.line1', f('line1'))}
            {field('address.line2', f('line2'))}
            {field('address.postalCode', f('postalCode'))}
            {field('address.city', f('city'))}
            {field('address.country', f('country'))}
          </div>
        </fieldset>
        <fieldset className="cg-fieldset">
          <legend>{t('patients.sections.emergency')}</legend>
          <div className="cg-grid-2">
            {field('emergencyContact.name', f('emergencyName'))}
            {field('emergencyContact.relation', f('emergencyRelation'))}
            {field('emergencyContact.phone', f('emergencyPhone'), 'tel')}
          </div>
        </fieldset>
        <div className="cg-actions">
          <IonButton
            fill="outline"
            onClick={() => {
              onClose(false);
            }}
          >
            {t('patients.cancel')}
          </IonButton>
          <IonButton type="submit" disabled={loading} data-testid="save-contact">
            {t('patients.save')}
          </IonButton>
        </div>
      </form>
    </section>
  );
}

function Facts({ rows }: { rows: [string, string | null | undefined][] }) {
  const { t } = useTranslation();
  return (
    <dl className="cg-dl">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value ? value : t('patients.notSet')}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** A patient's own record: identity and allergies to read, contact details to keep up to date. */
export default function MyProfilePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data, error, loading } = useQuery(MyPatientProfileDocument);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const patient = data?.me.patient;
  const f = (key: string) => t(`patients.fields.${key}` as 'patients.fields.phone');
  const a = patient?.address;
  const addressText = a
    ? [a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' '), a.country]
        .filter(Boolean)
        .join(', ')
    : '';

  return (
    <PageLayout title={t('patients.myProfile.title')}>
      {loading && !data && <IonSpinner aria-label={t('app.loading')} />}
      {error && !data && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {data && !patient && <p className="cg-muted">{t('patients.myProfile.noRecord')}</p>}
      {patient && (
        <div data-testid="my-profile">
          <PatientHeaderView patient={patient} />
          {saved && <Notice kind="success">{t('patients.myProfile.saved')}</Notice>}
          <p className="cg-muted">{t('patients.myProfile.intro')}</p>
          {editing ? (
            <ContactForm
              patient={patient}
              onClose={(ok) => {
                setEditing(false);
                setSaved(ok);
              }}
            />
          ) : (
            <div className="cg-grid-2">
              <section className="cg-card" aria-labelledby="my-contact-title">
                <h2 id="my-contact-title">{t('patients.myProfile.contactTitle')}</h2>
                <Facts
                  rows={[
                    [f('phone'), patient.phone],
                    [f('secondaryPhone'), patient.secondaryPhone],
                    [f('email'), patient.email],
                    [t('account.address'), addressText],
                    [
                      f('preferredLanguage'),
                      (PATIENT_LANGUAGES as readonly string[]).includes(patient.preferredLanguage)
                        ? t(
                            `patients.languages.${patient.preferredLanguage}` as 'patients.languages.fr',
                          )
                        : patient.preferredLanguage,
                    ],
                  ]}
                />
                <div className="cg-actions">
                  <IonButton
                    fill="outline"
                    onClick={() => {
                      setSaved(false);
                      setEditing(true);
                    }}
                    data-testid="edit-contact"
                  >
                    <IonIcon slot="start" icon={createOutline} aria-hidden="true" />
                    {t('patients.myProfile.edit')}
                  </IonButton>
                </div>
              </section>
              <section className="cg-card" aria-labelledby="my-emergency-title">
                <h2 id="my-emergency-title">{t('patients.sections.emergency')}</h2>
                <Facts
                  rows={[
                    [f('emergencyName'), patient.emergencyContact?.name],
                    [f('emergencyRelation'), patient.emergencyContact?.relation],
                    [f('emergencyPhone'), patient.emergencyContact?.phone],
                  ]}
                />
              </section>
              <section className="cg-card" aria-labelledby="my-insurance-title">
                <h2 id="my-insurance-title">{t('patients.sections.insurance')}</h2>
                <Facts
                  rows={[
                    [f('payer'), patient.insurance?.payer],
                    [f('memberNumber'), patient.insurance?.memberNumber],
                  ]}
                />
                <p className="cg-muted">{t('patients.myProfile.insuranceHelp')}</p>
              </section>
            </div>
          )}
        </div>
      )}
    </PageLayout>
  );
}
