import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { useErrorText } from '../../app/use-error-text';
import { patientFormFrom, toUpdateInput } from '../../features/patients/patient-form';
import { PatientFields } from '../../features/patients/PatientFields';
import { PatientHeaderView } from '../../features/patients/PatientHeader';
import { usePatientForm } from '../../features/patients/use-patient-form';
import {
  PatientRecordDocument,
  UpdatePatientDocument,
  type PatientRecordQuery,
} from '../../gql/graphql';

type Patient = PatientRecordQuery['patient'];

function EditForm({ patient, onReload }: { patient: Patient; onReload: () => Promise<void> }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = usePatientForm(() => patientFormFrom(patient));
  // The version this form was filled from: a save against an older one is refused (CONFLICT).
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

  return (
    <>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {conflict && (
        <section className="cg-card cg-confirm" role="alert" data-testid="conflict">
          <p>{t('patients.conflict')}</p>
          <IonButton expand="block" onClick={() => void onReload()} data-testid="reload-record">
            {t('patients.reloadRecord')}
          </IonButton>
        </section>
      )}
      <section className="cg-card">
        <form className="cg-form" onSubmit={(e) => void save(e)} noValidate>
          <PatientFields
            values={form.values}
            errors={form.errors}
            onChange={form.onChange}
            mode="edit"
          />
          <IonButton
            type="submit"
            expand="block"
            disabled={loading || conflict}
            data-testid="save-patient"
          >
            {t('patients.save')}
          </IonButton>
        </form>
      </section>
    </>
  );
}

/** Reception edits a record's demographics, with the version it read. */
export default function EditPatientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const errorText = useErrorText();
  // Remounts the form with fresh values after a reload (conflict).
  const [generation, setGeneration] = useState(0);
  const { data, error, loading, refetch } = useQuery(PatientRecordDocument, {
    variables: { id, clinical: true, contact: true, insurance: true, registrar: true },
    fetchPolicy: 'network-only',
  });
  const patient = data?.patient;

  return (
    <PageLayout title={t('patients.editTitle')} backHref={`/app/patients/${id}`}>
      {loading && !patient && <IonSpinner aria-label={t('app.loading')} />}
      {error && !patient && (
        <Notice kind="error">
          {errorText.info(error).code === 'NOT_FOUND'
            ? t('patients.notFound')
            : errorText.message(errorText.info(error))}
        </Notice>
      )}
      {patient && (
        <>
          <PatientHeaderView patient={patient} />
          <EditForm
            key={`${patient.id}-${String(generation)}`}
            patient={patient}
            onReload={async () => {
              await refetch();
              setGeneration((g) => g + 1);
            }}
          />
        </>
      )}
    </PageLayout>
  );
}
