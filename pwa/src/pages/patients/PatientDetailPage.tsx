import { useQuery } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { calendarOutline, createOutline, gitMergeOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { Section } from '../../app/components/Section';
import { formatDate } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { patientAccess, type PatientAccess } from '../../features/patients/access';
import { AllergySection } from '../../features/patients/AllergySection';
import {
  ContactFacts,
  EmergencyContactFacts,
  InsuranceFacts,
  PatientFacts,
  patientLanguage,
  usePatientFieldLabel,
} from '../../features/patients/PatientFacts';
import { PatientHeaderView } from '../../features/patients/PatientHeader';
import { PatientLoadState } from '../../features/patients/PatientLoadState';
import { booksForCallers } from '../../features/scheduling/components/AgendaAppointment';
import { BookForPatientModal } from '../../features/scheduling/components/BookForPatientModal';
import { PatientRecordDocument, type PatientRecordQuery } from '../../gql/graphql';
import '../../features/patients/patients.css';

type Patient = PatientRecordQuery['patient'];

function RecordSections({ patient, access }: { patient: Patient; access: PatientAccess }) {
  const { t, i18n } = useTranslation();
  const f = usePatientFieldLabel();
  return (
    <div className="cg-grid-2">
      <Section id="identity-title" title={t('patients.sections.identity')}>
        <PatientFacts
          rows={[
            [f('familyName'), patient.familyName],
            [f('givenNames'), patient.givenNames],
            [f('birthDate'), formatDate(patient.birthDate, i18n.language)],
            [f('sex'), t(`sex.${patient.sex}`)],
            [f('preferredLanguage'), patientLanguage(patient.preferredLanguage, t)],
            [f('status'), t(`patients.status.${patient.status}`)],
            ...(patient.deceasedOn
              ? ([[f('deceasedOn'), formatDate(patient.deceasedOn, i18n.language)]] as const)
              : []),
          ]}
        />
      </Section>
      {access.contact && (
        <Section id="contact-title" title={t('patients.sections.contact')}>
          <ContactFacts patient={patient} />
        </Section>
      )}
      {access.contact && (
        <Section id="emergency-title" title={t('patients.sections.emergency')}>
          <EmergencyContactFacts contact={patient.emergencyContact} />
        </Section>
      )}
      {access.insurance && (
        <Section id="insurance-title" title={t('patients.sections.insurance')}>
          <InsuranceFacts insurance={patient.insurance} />
        </Section>
      )}
      {access.clinical && (
        <Section id="measures-title" title={t('patients.sections.clinical')}>
          <PatientFacts
            rows={[
              [f('weightKg'), patient.weightKg],
              [f('heightCm'), patient.heightCm],
            ]}
          />
        </Section>
      )}
      {access.register && (
        <Section id="notes-title" title={t('patients.sections.notes')}>
          <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {patient.administrativeNotes ?? t('patients.notSet')}
          </p>
        </Section>
      )}
    </div>
  );
}

/** One patient: header, demographics by what the role may read, allergies, and actions. */
export default function PatientDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = new URLSearchParams(location.search).has('created');
  const { user } = useSession();
  const access = patientAccess(user);
  const { data, error, loading } = useQuery(PatientRecordDocument, {
    variables: {
      id,
      clinical: access.clinical,
      contact: access.contact,
      insurance: access.insurance,
      registrar: access.register,
    },
  });
  const patient = data?.patient;
  const [booking, setBooking] = useState(false);
  const [feedback, setFeedback] = useState<{ kind: 'error' | 'success'; text: string } | null>(
    null,
  );

  return (
    <PageLayout title={t('patients.detailTitle')} backHref="/app/patients">
      {!patient && <PatientLoadState loading={loading} error={error} />}
      {patient && (
        <div data-testid="patient-detail" data-patient-id={patient.id}>
          {created && (
            <Notice kind="success">
              {t('patients.created', { name: patient.displayName, mrn: patient.mrn })}
            </Notice>
          )}
          <PatientHeaderView patient={patient} />
          {patient.mergedInto && (
            <div className="cg-card">
              <p>
                {t('patients.mergedInto', {
                  name: patient.mergedInto.displayName,
                  mrn: patient.mergedInto.mrn,
                })}
              </p>
              <Link to={`/app/patients/${patient.mergedInto.id}`}>
                {t('patients.openSurvivor')}
              </Link>
            </div>
          )}
          {(access.register || access.merge) && patient.status !== 'MERGED' && (
            <div className="cg-actions" style={{ marginBottom: 16 }}>
              {access.register && (
                <IonButton
                  fill="outline"
                  routerLink={`/app/patients/${patient.id}/edit`}
                  data-testid="edit-patient"
                >
                  <IonIcon slot="start" icon={createOutline} aria-hidden="true" />
                  {t('patients.edit')}
                </IonButton>
              )}
              {access.merge && (
                <IonButton
                  fill="outline"
                  color="medium"
                  routerLink={`/app/patients/${patient.id}/merge`}
                  data-testid="merge-patient"
                >
                  <IonIcon slot="start" icon={gitMergeOutline} aria-hidden="true" />
                  {t('patients.merge')}
                </IonButton>
              )}
            </div>
          )}
          {access.clinical && patient.allergyStatus && (
            <AllergySection
              patientId={patient.id}
              allergies={patient.allergies ?? []}
              status={patient.allergyStatus}
              statusRecordedAt={patient.allergyStatusRecordedAt}
              canEdit={access.recordAllergies && patient.status !== 'MERGED'}
            />
          )}
          {user && booksForCallers(user.role) && patient.status !== 'MERGED' && (
            <IonButton
              fill="outline"
              onClick={() => {
                setBooking(true);
              }}
              data-testid="book-for-this-patient"
            >
              <IonIcon slot="start" icon={calendarOutline} aria-hidden="true" />
              {t('scheduling.bookFor.forThisPatient')}
            </IonButton>
          )}
          {user && ['RECEPTIONIST', 'DOCTOR', 'NURSE'].includes(user.role) && (
            <IonButton
              fill="outline"
              routerLink={`/app/patients/${patient.id}/visits`}
              data-testid="visit-history-link"
            >
              {t('scheduling.visits.link')}
            </IonButton>
          )}
          <RecordSections patient={patient} access={access} />
          {feedback && <Notice kind={feedback.kind}>{feedback.text}</Notice>}
          {user && booksForCallers(user.role) && (
            <BookForPatientModal
              isOpen={booking}
              initialPractitionerId={null}
              forPatient={{
                id: patient.id,
                displayName: patient.displayName,
                mrn: patient.mrn,
                birthDate: patient.birthDate,
                phone: patient.phone ?? null,
              }}
              onClose={() => {
                setBooking(false);
              }}
              onFeedback={setFeedback}
            />
          )}
        </div>
      )}
    </PageLayout>
  );
}
