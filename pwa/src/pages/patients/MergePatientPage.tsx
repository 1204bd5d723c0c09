import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonItem, IonLabel, IonList, IonSpinner, useIonRouter } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { PatientHeader } from '../../features/patients/PatientHeader';
import type { PatientRow } from '../../features/patients/PatientListItem';
import { useDebounced } from '../../features/patients/use-debounced';
import {
  MergePatientsDocument,
  PatientHeaderDocument,
  PatientSearchDocument,
} from '../../gql/graphql';
import '../../features/patients/patients.css';

/** ADMIN: this record is a duplicate; merge it into the record that stays. */
export default function MergePatientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const router = useIonRouter();
  const errorText = useErrorText();
  const [input, setInput] = useState('');
  const search = useDebounced(input.trim(), 250);
  const [survivor, setSurvivor] = useState<PatientRow | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { data: self } = useQuery(PatientHeaderDocument, { variables: { id, clinical: true } });
  const { data: found, loading } = useQuery(
    PatientSearchDocument,
    search.length >= 2 ? { variables: { search, first: 8, clinical: true } } : skipToken,
  );
  const [merge, { loading: merging }] = useMutation(MergePatientsDocument, {
    refetchQueries: ['PatientSearch', 'PatientRecord', 'PatientHeader'],
  });
  const duplicate = self?.patient;
  const candidates = (found?.patients.nodes ?? []).filter(
    (p) => p.id !== id && p.status !== 'MERGED',
  );

  async function run() {
    if (!survivor) return;
    setFailure(null);
    try {
      await merge({
        variables: { input: { survivorId: survivor.id, duplicateId: id, reason: reason.trim() } },
      });
      router.push(`/app/patients/${survivor.id}`, 'forward', 'replace');
    } catch (error) {
      setFailure(errorText.message(errorText.info(error)));
    }
  }

  return (
    <PageLayout title={t('patients.mergeTitle')} backHref={`/app/patients/${id}`}>
      <PatientHeader patientId={id} />
      {duplicate && (
        <p>{t('patients.mergeIntro', { name: duplicate.displayName, mrn: duplicate.mrn })}</p>
      )}
      {failure && <Notice kind="error">{failure}</Notice>}
      <section className="cg-card">
        <TextField
          name="survivorSearch"
          type="search"
          label={t('patients.mergeSearch')}
          value={input}
          onChange={(v) => {
            setInput(v);
            setSurvivor(null);
            setConfirming(false);
          }}
          autocomplete="off"
        />
        {loading && <IonSpinner name="dots" aria-label={t('app.loading')} />}
        {!survivor && candidates.length > 0 && (
          <IonList lines="full">
            {candidates.map((p) => (
              <IonItem
                key={p.id}
                button
                detail={false}
                onClick={() => {
                  setSurvivor(p);
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
              value={reason}
              onChange={setReason}
              error={reasonError}
              required
            />
            {!confirming ? (
              <IonButton
                expand="block"
                color="danger"
                onClick={() => {
                  if (reason.trim() === '') {
                    setReasonError(t('validation.required'));
                    return;
                  }
                  setReasonError(undefined);
                  setConfirming(true);
                }}
              >
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
                  <IonButton
                    fill="outline"
                    onClick={() => {
                      setConfirming(false);
                    }}
                  >
                    {t('patients.cancel')}
                  </IonButton>
                  <IonButton color="danger" disabled={merging} onClick={() => void run()}>
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
