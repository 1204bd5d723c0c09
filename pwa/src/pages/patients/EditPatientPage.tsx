import { useQuery } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { PatientFields } from '../../features/patients/PatientFields';
import { PatientHeaderView } from '../../features/patients/PatientHeader';
import { PatientLoadState } from '../../features/patients/PatientLoadState';
import { useEditPatient } from '../../features/patients/use-edit-patient';
import { PatientRecordDocument, type PatientRecordQuery } from '../../gql/graphql';

type Patient = PatientRecordQuery['patient'];

function EditForm({ patient, onReload }: { patient: Patient; onReload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { form, notice, conflict, saving, save } = useEditPatient(patient);

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
            disabled={saving || conflict}
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
  // Remounts the form with fresh values after a reload (conflict).
  const [generation, setGeneration] = useState(0);
  const { data, error, loading, refetch } = useQuery(PatientRecordDocument, {
    variables: { id, clinical: true, contact: true, insurance: true, registrar: true },
    fetchPolicy: 'network-only',
  });
  const patient = data?.patient;

  return (
    <PageLayout title={t('patients.editTitle')} backHref={`/app/patients/${id}`}>
      {!patient && <PatientLoadState loading={loading} error={error} />}
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
