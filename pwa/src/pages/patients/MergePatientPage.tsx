import { IonButton, IonItem, IonLabel, IonList, IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { PatientHeader } from '../../features/patients/PatientHeader';
import { useMergePatients } from '../../features/patients/use-merge-patients';
import '../../features/patients/patients.css';

/** ADMIN: this record is a duplicate; merge it into the record that stays. */
export default function MergePatientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const merge = useMergePatients(id);
  const { duplicate, survivor } = merge;

  return (
    <PageLayout title={t('patients.mergeTitle')} backHref={`/app/patients/${id}`}>
      <PatientHeader patientId={id} />
      {duplicate && (
        <p>{t('patients.mergeIntro', { name: duplicate.displayName, mrn: duplicate.mrn })}</p>
      )}
      {merge.failure && <Notice kind="error">{merge.failure}</Notice>}
      <section className="cg-card">
        <TextField
          name="survivorSearch"
          type="search"
          label={t('patients.mergeSearch')}
          value={merge.input}
          onChange={merge.setInput}
          autocomplete="off"
        />
        {merge.searching && <IonSpinner name="dots" aria-label={t('app.loading')} />}
        {!survivor && merge.candidates.length > 0 && (
          <IonList lines="full">
            {merge.candidates.map((p) => (
              <IonItem
                key={p.id}
                button
                detail={false}
                onClick={() => {
                  merge.setSurvivor(p);
                }}
              >
                <IonLabel className="cg-patient-row">
                  <h3>{p.displayName}</h3>
                  <p>
                    <span className="cg-mrn">{p.mrn}</span> · {t('patients.age', { count: p.age })}
                  </p>
                </IonLabel>
              </IonItem>
            ))}
          </IonList>
        )}
      </section>
      {survivor && (
        <section className="cg-card" aria-labelledby="survivor-title">
          <h2 id="survivor-title">{t('patients.mergeSurvivor')}</h2>
          <PatientHeader patientId={survivor.id} />
          <div className="cg-form">
            <TextField
              name="reason"
              label={t('patients.mergeReason')}
              value={merge.reason}
              onChange={merge.setReason}
              error={merge.reasonError}
              required
            />
            {!merge.confirming ? (
              <IonButton expand="block" color="danger" onClick={merge.askConfirmation}>
                {t('patients.mergeSubmit')}
              </IonButton>
            ) : (
              <div
                className="cg-card cg-confirm"
                role="alertdialog"
                aria-labelledby="merge-confirm"
              >
                <p id="merge-confirm">
                  {t('patients.mergeConfirm', {
                    duplicate: duplicate?.displayName ?? '',
                    survivor: survivor.displayName,
                  })}
                </p>
                <div className="cg-actions">
                  <IonButton fill="outline" onClick={merge.cancelConfirmation}>
                    {t('patients.cancel')}
                  </IonButton>
                  <IonButton
                    color="danger"
                    disabled={merge.merging}
                    onClick={() => void merge.merge()}
                  >
                    {t('patients.mergeSubmit')}
                  </IonButton>
                </div>
              </div>
            )}
          </div>
        </section>
      )}
    </PageLayout>
  );
}
