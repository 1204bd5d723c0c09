import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useIonRouter } from '@ionic/react';
import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import {
  CreatePatientDocument,
  PossiblePatientDuplicatesDocument,
  type PatientDuplicatesInput,
} from '../../gql/graphql';
import type { DuplicateCandidate } from './DuplicateList';
import { emptyPatientForm, toCreateInput, type PatientFormValues } from './patient-form';
import { useDebounced } from './use-debounced';
import { usePatientForm } from './use-patient-form';

/** What is worth a duplicate check: a name with a birth date, a phone, or an insurance number. */
function duplicateProbe(v: PatientFormValues): PatientDuplicatesInput | null {
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

/**
 * Registering a walk-in: the form, the patients who may already exist (`liveCandidates`, while
 * typing), and the creation. When the server blocks it as a likely duplicate, `blocked` lists the
 * matches and `confirmAnyway` creates the record with a required reason.
 */
export function useRegisterPatient() {
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

  return {
    form,
    failure,
    blocked,
    liveCandidates,
    reason,
    setReason,
    reasonError,
    saving,
    submit,
    confirmAnyway,
  };
}
