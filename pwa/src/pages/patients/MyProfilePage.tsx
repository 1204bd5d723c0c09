import { useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { createOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { Facts } from '../../app/components/Facts';
import { Section } from '../../app/components/Section';
import { useErrorText } from '../../app/use-error-text';
import { ContactDetailsForm } from '../../features/patients/ContactDetailsForm';
import {
  ContactFacts,
  EmergencyContactFacts,
  InsuranceFacts,
  patientLanguage,
  usePatientFieldLabel,
} from '../../features/patients/PatientFacts';
import { bloodGroupLabel, PatientHeaderView } from '../../features/patients/PatientHeader';
import { MyPatientProfileDocument } from '../../gql/graphql';
import '../../features/patients/patients.css';

/** A patient's own record: identity and allergies to read, contact details to keep up to date. */
export default function MyProfilePage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const f = usePatientFieldLabel();
  const { data, error, loading } = useQuery(MyPatientProfileDocument);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const patient = data?.me.patient;

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
            <ContactDetailsForm
              patient={patient}
              onClose={(ok) => {
                setEditing(false);
                setSaved(ok);
              }}
            />
          ) : (
            <div className="cg-grid-2">
              <Section id="my-contact-title" title={t('patients.myProfile.contactTitle')}>
                <ContactFacts
                  patient={patient}
                  more={[[f('preferredLanguage'), patientLanguage(patient.preferredLanguage, t)]]}
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
              </Section>
              <Section id="my-emergency-title" title={t('patients.sections.emergency')}>
                <EmergencyContactFacts contact={patient.emergencyContact} />
              </Section>
              <Section id="my-health-title" title={t('patients.myProfile.healthTitle')}>
                <div data-testid="my-health-facts">
                  <Facts
                    empty={t('patients.notSet')}
                    rows={[
                      [
                        f('bloodGroup'),
                        patient.bloodGroup
                          ? bloodGroupLabel(patient.bloodGroup)
                          : t('patients.unknownBloodGroup'),
                      ],
                      [
                        t('patients.myProfile.weight'),
                        patient.weightKg == null
                          ? null
                          : t('patients.myProfile.weightValue', {
                              kg: patient.weightKg.toLocaleString(i18n.language),
                            }),
                      ],
                    ]}
                  />
                </div>
                <p className="cg-muted">{t('patients.myProfile.healthHelp')}</p>
              </Section>
              <Section id="my-insurance-title" title={t('patients.sections.insurance')}>
                <InsuranceFacts insurance={patient.insurance} />
                <p className="cg-muted">{t('patients.myProfile.insuranceHelp')}</p>
              </Section>
            </div>
          )}
        </div>
      )}
    </PageLayout>
  );
}
