import { useMutation } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { UpdatePatientDocument, type PatientRecordQuery } from '../../gql/graphql';
import { patientFormFrom, toUpdateInput } from './patient-form';
import { usePatientForm } from './use-patient-form';

/**
 * Reception's edit of a record's demographics. The save carries the version the form was filled
 * from: when someone saved in between, the server refuses it and `conflict` asks for a reload.
 */
export function useEditPatient(patient: PatientRecordQuery['patient']) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = usePatientForm(() => patientFormFrom(patient));
  const [version, setVersion] = useState(patient.version);
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [update, { loading }] = useMutation(UpdatePatientDocument, {
    refetchQueries: ['PatientRecord', 'PatientHeader', 'PatientSearch'],
  });

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    setNotice(null);
    if (!form.check()) {
      setNotice({ kind: 'error', text: t('register.fixErrors') });
      return;
    }
    try {
      const { data } = await update({
        variables: { input: toUpdateInput(form.values, patient.id, version) },
      });
      if (data) setVersion(data.updatePatient.version);
      setNotice({ kind: 'success', text: t('patients.saved') });
    } catch (error) {
      const info = errorText.info(error);
      if (info.code === 'CONFLICT') {
        setConflict(true);
        return;
      }
      if (info.code === 'BAD_USER_INPUT') form.showServerErrors(info);
      setNotice({ kind: 'error', text: errorText.message(info) });
    }
  }

  return { form, notice, conflict, saving: loading, save };
}
