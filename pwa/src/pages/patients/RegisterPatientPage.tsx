import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { IonButton, useIonRouter } from '@ionic/react';
import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { DuplicateList, type DuplicateCandidate } from '../../features/patients/DuplicateList';
import { emptyPatientForm, toCreateInput } from '../../features/patients/patient-form';
import { PatientFields } from '../../features/patients/PatientFields';
import { useDebounced } from '../../features/patients/use-debounced';
import { usePatientForm } from '../../features/patients/use-patient-form';
import {
  CreatePatientDocument,
  PossiblePatientDuplicatesDocument,
  type PatientDuplicatesInput,
} from '../../gql/graphql';
import '../../features/patients/patients.css';

/** What is worth a duplicate check: a name with a birth date, a phone, or an insurance number. */
function duplicateProbe(v: ReturnType<typeof emptyPatientForm>): PatientDuplicatesInput | null {
  const probe: PatientDuplicatesInput = {};
  if (v.familyName.trim().length >= 2 && /^\d{4}-\d{2}-\d{2}$/.test(v.birthDate)) {
    probe.familyName = v.familyName.trim();
    probe.givenNames = v.givenNames.trim();
    probe.birthDate = v.birthDate;
  }
  if (v.phone.replace(/\D/g, '').length >= 6) probe.phone = v.phone.trim();
  if (v.secondaryPhone.replace(/\D/g, '').length >= 6) {
    probe.secondaryPhone = v.secondaryPhone.trim();
  }
  if (v['insurance.memberNumber'].trim().length >= 4) {
    probe.insuranceMemberNumber = v['insurance.memberNumber'].trim();
  }
  return Object.keys(probe).length > 0 ? probe : null;
}

/** Reception registers a walk-in, warned while typing of patients who may already exist. */
export default function RegisterPatientPage() {
  const { t } = useTranslation();
  const router = useIonRouter();
  const errorText = useErrorText();
  const form = usePatientForm(emptyPatientForm);
  const [failure, setFailure] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<readonly DuplicateCandidate[] | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [createPatient, { loading: saving }] = useMutation(CreatePatientDocument);

  // Debounced as a string: a fresh object each render would never settle.
  const probeKey = useDebounced(JSON.stringify(duplicateProbe(form.values)), 400);
  const probe = useMemo(() => JSON.parse(probeKey) as PatientDuplicatesInput | null, [probeKey]);
  const { data: live } = useQuery(
    PossiblePatientDuplicatesDocument,
    probe ? { variables: { input: probe } } : skipToken,
  );
  const liveCandidates = probe ? (live?.possiblePatientDuplicates ?? []) : [];

  async function send(confirm: boolean) {
    setFailure(null);
    try {
      const { data } = await createPatient({
        variables: {
          input: {
            ...toCreateInput(form.values),
            ...(confirm ? { confirmDuplicate: true, duplicateReason: reason.trim() } : {}),
          },
        },
      });
      const result = data?.createPatient;
      if (!result) return;
      if (result.patient) {
        router.push(`/app/patients/${result.patient.id}?created=1`, 'forward', 'replace');
        return;
      }
      setBlocked(result.duplicates);
    } catch (error) {
      const info = errorText.info(error);
      if (info.code === 'BAD_USER_INPUT') form.showServerErrors(info);
      if (info.fields?.duplicateReason) setReasonError(t('patients.duplicates.reasonRequired'));
      setFailure(errorText.message(info));
    }
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    setBlocked(null);
    if (!form.check()) {
      setFailure(t('register.fixErrors'));
      return;
    }
    void send(false);
  }

  function confirmAnyway() {
    if (reason.trim() === '') {
      setReasonError(t('patients.duplicates.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    void send(true);
  }

  return (
    <PageLayout title={t('patients.registerTitle')} backHref="/app/patients">
      <p className="cg-muted">{t('patients.registerIntro')}</p>
      {failure && <Notice kind="error">{failure}</Notice>}
      {blocked && blocked.length > 0 && (
        <DuplicateList candidates={blocked} intro={t('patients.duplicates.blocked')}>
          <div className="cg-form">
            <TextField
              name="duplicateReason"
              label={t('patients.duplicates.reasonLabel')}
              value={reason}
              onChange={setReason}
              error={reasonError}
              required
            />
            <IonButton
              color="warning"
              expand="block"
              disabled={saving}
              onClick={confirmAnyway}
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
        <form className="cg-form" onSubmit={submit} noValidate data-testid="patient-form">
          <PatientFields
            values={form.values}
            errors={form.errors}
            onChange={form.onChange}
            mode="create"
          />
          <IonButton type="submit" expand="block" disabled={saving} data-testid="create-patient">
            {t('patients.create')}
          </IonButton>
        </form>
      </section>
    </PageLayout>
  );
}
