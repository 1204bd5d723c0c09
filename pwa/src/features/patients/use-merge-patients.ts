import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useIonRouter } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import {
  MergePatientsDocument,
  PatientHeaderDocument,
  PatientSearchDocument,
} from '../../gql/graphql';
import type { PatientRow } from './PatientListItem';
import { useDebounced } from './use-debounced';

/**
 * An administrator merges the duplicate record `duplicateId` into the one that stays: search for
 * it, pick it, give the reason, confirm once more, then open the surviving record.
 */
export function useMergePatients(duplicateId: string) {
  const { t } = useTranslation();
  const router = useIonRouter();
  const errorText = useErrorText();
  const [input, setInput] = useState('');
  const search = useDebounced(input.trim(), 250);
  const [survivor, setSurvivor] = useState<PatientRow | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { data: self } = useQuery(PatientHeaderDocument, {
    variables: { id: duplicateId, clinical: true },
  });
  const { data: found, loading: searching } = useQuery(
    PatientSearchDocument,
    search.length >= 2 ? { variables: { search, first: 8, clinical: true } } : skipToken,
  );
  const [merge, { loading: merging }] = useMutation(MergePatientsDocument, {
    refetchQueries: ['PatientSearch', 'PatientRecord', 'PatientHeader'],
  });
  const candidates = (found?.patients.nodes ?? []).filter(
    (p) => p.id !== duplicateId && p.status !== 'MERGED',
  );

  async function run() {
    if (!survivor) return;
    setFailure(null);
    try {
      await merge({
        variables: { input: { survivorId: survivor.id, duplicateId, reason: reason.trim() } },
      });
      router.push(`/app/patients/${survivor.id}`, 'forward', 'replace');
    } catch (error) {
      setFailure(errorText.message(errorText.info(error)));
    }
  }

  return {
    duplicate: self?.patient,
    input,
    /** A new search drops the survivor picked from the previous one. */
    setInput: (value: string) => {
      setInput(value);
      setSurvivor(null);
      setConfirming(false);
    },
    searching,
    candidates,
    survivor,
    setSurvivor,
    reason,
    setReason,
    reasonError,
    confirming,
    /** Asks for the final confirmation, once a reason is given. */
    askConfirmation: () => {
      if (reason.trim() === '') {
        setReasonError(t('validation.required'));
        return;
      }
      setReasonError(undefined);
      setConfirming(true);
    },
    cancelConfirmation: () => {
      setConfirming(false);
    },
    failure,
    merging,
    merge: run,
  };
}
