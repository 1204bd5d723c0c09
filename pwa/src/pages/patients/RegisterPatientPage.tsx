import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { DuplicateList } from '../../features/patients/DuplicateList';
import { PatientFields } from '../../features/patients/PatientFields';
import { useRegisterPatient } from '../../features/patients/use-register-patient';
import '../../features/patients/patients.css';

/** Reception registers a walk-in, warned while typing of patients who may already exist. */
export default function RegisterPatientPage() {
  const { t } = useTranslation();
  const registration = useRegisterPatient();
  const { form, blocked, liveCandidates } = registration;

  return (
    <PageLayout title={t('patients.registerTitle')} backHref="/app/patients">
      <p className="cg-muted">{t('patients.registerIntro')}</p>
      {registration.failure && <Notice kind="error">{registration.failure}</Notice>}
      {blocked && blocked.length > 0 && (
        <DuplicateList candidates={blocked} intro={t('patients.duplicates.blocked')}>
          <div className="cg-form">
            <TextField
              name="duplicateReason"
              label={t('patients.duplicates.reasonLabel')}
              value={registration.reason}
              onChange={registration.setReason}
              error={registration.reasonError}
              required
            />
            <IonButton
              color="warning"
              expand="block"
              disabled={registration.saving}
              onClick={registration.confirmAnyway}
              data-testid="confirm-duplicate"
            >
              {t('patients.duplicates.confirm')}
            </IonButton>
          </div>
        </DuplicateList>
      )}
      {!blocked && liveCandidates.length > 0 && (
        <div aria-live="polite">
          <DuplicateList candidates={liveCandidates} intro={t('patients.duplicates.live')} />
        </div>
      )}
      <section className="cg-card">
        <form
          className="cg-form"
          onSubmit={registration.submit}
          noValidate
          data-testid="patient-form"
        >
          <PatientFields
            values={form.values}
            errors={form.errors}
            onChange={form.onChange}
            mode="create"
          />
          <IonButton
            type="submit"
            expand="block"
            disabled={registration.saving}
            data-testid="create-patient"
          >
            {t('patients.create')}
          </IonButton>
        </form>
      </section>
    </PageLayout>
  );
}
