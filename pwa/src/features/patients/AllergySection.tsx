import { useMutation } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { addOutline } from 'ionicons/icons';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import {
  RecordAllergyDocument,
  RecordNoKnownAllergiesDocument,
  UpdateAllergyDocument,
  type AllergyKind,
  type AllergySeverity,
  type AllergyStatus,
  type PatientAllergyFieldsFragment,
} from '../../gql/graphql';
import './patients.css';

const SEVERITIES: readonly AllergySeverity[] = ['MILD', 'MODERATE', 'SEVERE', 'LIFE_THREATENING'];
const KINDS: readonly AllergyKind[] = ['ALLERGY', 'INTOLERANCE'];
/** Queries that show allergies, refreshed after any change. */
const REFRESH = ['PatientRecord', 'PatientHeader'];

interface AllergyValues {
  substance: string;
  reaction: string;
  severity: AllergySeverity | '';
  kind: AllergyKind;
  note: string;
}

function AllergyForm({
  patientId,
  allergy,
  onDone,
}: {
  patientId: string;
  allergy: PatientAllergyFieldsFragment | null;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [values, setValues] = useState<AllergyValues>({
    substance: allergy?.substance ?? '',
    reaction: allergy?.reaction ?? '',
    severity: allergy?.severity ?? '',
    kind: allergy?.kind ?? 'ALLERGY',
    note: allergy?.note ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof AllergyValues, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [record, { loading: recording }] = useMutation(RecordAllergyDocument, {
    refetchQueries: REFRESH,
  });
  const [update, { loading: updating }] = useMutation(UpdateAllergyDocument, {
    refetchQueries: REFRESH,
  });
  const set = (field: keyof AllergyValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const local: Partial<Record<keyof AllergyValues, string>> = {};
    if (values.substance.trim() === '') local.substance = t('validation.required');
    if (values.severity === '') local.severity = t('validation.required');
    setErrors(local);
    if (Object.keys(local).length > 0 || values.severity === '') return;
    const fields = {
      substance: values.substance.trim(),
      reaction: values.reaction.trim(),
      severity: values.severity,
      kind: values.kind,
      note: values.note.trim(),
    };
    try {
      if (allergy) {
        await update({
          variables: { input: { id: allergy.id, version: allergy.version, ...fields } },
        });
      } else {
        await record({ variables: { input: { patientId, ...fields } } });
      }
      onDone(true);
    } catch (error) {
      const info = errorText.info(error);
      if (info.code === 'BAD_USER_INPUT') setErrors(errorText.fields(info));
      setFailure(errorText.message(info));
    }
  }

  return (
    <form
      className="cg-form cg-card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="allergy-form-title"
      data-testid="allergy-form"
    >
      <h3 id="allergy-form-title">
        {allergy ? t('patients.allergies.editTitle') : t('patients.allergies.addTitle')}
      </h3>
      {failure && <Notice kind="error">{failure}</Notice>}
      <div className="cg-grid-2">
        <TextField
          name="substance"
          label={t('patients.allergies.substance')}
          value={values.substance}
          onChange={set('substance')}
          error={errors.substance}
          required
        />
        <TextField
          name="reaction"
          label={t('patients.allergies.reaction')}
          value={values.reaction}
          onChange={set('reaction')}
          error={errors.reaction}
        />
        <SelectField<AllergySeverity>
          name="severity"
          label={t('patients.allergies.severity')}
          value={values.severity}
          placeholder={t('app.choose')}
          options={SEVERITIES.map((s) => ({ value: s, label: t(`patients.severity.${s}`) }))}
          onChange={set('severity')}
          error={errors.severity}
        />
        <SelectField<AllergyKind>
          name="kind"
          label={t('patients.allergies.kind')}
          value={values.kind}
          options={KINDS.map((k) => ({ value: k, label: t(`patients.kind.${k}`) }))}
          onChange={set('kind')}
        />
      </div>
      <TextField
        name="note"
        label={t('patients.allergies.note')}
        value={values.note}
        onChange={set('note')}
        error={errors.note}
      />
      <div className="cg-actions">
        <IonButton
          fill="outline"
          onClick={() => {
            onDone(false);
          }}
        >
          {t('patients.cancel')}
        </IonButton>
        <IonButton type="submit" disabled={recording || updating} data-testid="save-allergy">
          {t('patients.allergies.save')}
        </IonButton>
      </div>
    </form>
  );
}

/**
 * The allergy list of a record; clinicians (doctor, nurse, pharmacist) add, correct, deactivate or
 * mark entries as entered in error, and state "no known allergies".
 */
export function AllergySection({
  patientId,
  allergies,
  status,
  statusRecordedAt,
  canEdit,
}: {
  patientId: string;
  allergies: readonly PatientAllergyFieldsFragment[];
  status: AllergyStatus;
  statusRecordedAt?: string | null;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [editing, setEditing] = useState<PatientAllergyFieldsFragment | 'new' | null>(null);
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [confirmError, setConfirmError] = useState<PatientAllergyFieldsFragment | null>(null);
  const [update, { loading: updating }] = useMutation(UpdateAllergyDocument, {
    refetchQueries: REFRESH,
  });
  const [noKnown, { loading: stating }] = useMutation(RecordNoKnownAllergiesDocument, {
    refetchQueries: REFRESH,
  });
  const hasActive = allergies.some((a) => a.status === 'ACTIVE');

  async function setStatus(
    allergy: PatientAllergyFieldsFragment,
    next: PatientAllergyFieldsFragment['status'],
  ) {
    setNotice(null);
    try {
      await update({
        variables: { input: { id: allergy.id, version: allergy.version, status: next } },
      });
      setNotice({ kind: 'success', text: t('patients.allergies.recorded') });
    } catch (error) {
      setNotice({ kind: 'error', text: errorText.message(errorText.info(error)) });
    }
  }

  async function stateNoKnown() {
    setNotice(null);
    try {
      await noKnown({ variables: { input: { patientId } } });
      setNotice({ kind: 'success', text: t('patients.allergies.noKnownDone') });
    } catch (error) {
      setNotice({ kind: 'error', text: errorText.message(errorText.info(error)) });
    }
  }

  return (
    <section className="cg-card" aria-labelledby="allergies-title" data-testid="allergies">
      <h2 id="allergies-title">{t('patients.sections.allergies')}</h2>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {status === 'NO_KNOWN_ALLERGIES' && !hasActive && (
        <p>
          <strong>{t('patients.banner.none')}</strong>
          {statusRecordedAt && (
            <span className="cg-muted">
              {' '}
              ·{' '}
              {t('patients.allergies.statusRecordedAt', {
                date: formatDateTime(statusRecordedAt, i18n.language),
              })}
            </span>
          )}
        </p>
      )}
      {allergies.length === 0 && status !== 'NO_KNOWN_ALLERGIES' && (
        <p className="cg-muted">{t('patients.allergies.none')}</p>
      )}
      {allergies.map((a) => (
        <div
          key={a.id}
          className={`cg-allergy-item${a.status === 'ENTERED_IN_ERROR' ? ' cg-allergy-struck' : ''}`}
          data-testid="allergy"
        >
          <h3>
            {a.substance}{' '}
            <span
              className={`cg-badge${a.status === 'ACTIVE' ? ' cg-badge-allergy' : ' cg-badge-neutral'}`}
            >
              {t(`patients.allergyStatusLabel.${a.status}`)}
            </span>
          </h3>
          <p>
            {t(`patients.kind.${a.kind}`)} · {t(`patients.severity.${a.severity}`)}
            {a.reaction && <> · {a.reaction}</>}
          </p>
          {a.note && <p>{a.note}</p>}
          <p className="cg-muted">
            {t('patients.allergies.recordedBy', {
              name: a.recordedByName,
              date: formatDateTime(a.recordedAt, i18n.language),
            })}
          </p>
          {canEdit && a.status !== 'ENTERED_IN_ERROR' && (
            <div className="cg-allergy-actions">
              <IonButton
                size="small"
                fill="outline"
                onClick={() => {
                  setEditing(a);
                }}
              >
                {t('patients.allergies.edit')}
              </IonButton>
              <IonButton
                size="small"
                fill="outline"
                disabled={updating}
                onClick={() => void setStatus(a, a.status === 'ACTIVE' ? 'INACTIVE' : 'ACTIVE')}
              >
                {a.status === 'ACTIVE'
                  ? t('patients.allergies.markInactive')
                  : t('patients.allergies.markActive')}
              </IonButton>
              <IonButton
                size="small"
                fill="outline"
                color="danger"
                disabled={updating}
                onClick={() => {
                  setConfirmError(a);
                }}
              >
                {t('patients.allergies.enteredInError')}
              </IonButton>
            </div>
          )}
          {confirmError?.id === a.id && (
            <div className="cg-card cg-confirm" role="alertdialog" aria-label={a.substance}>
              <p>{t('patients.allergies.enteredInErrorConfirm', { substance: a.substance })}</p>
              <div className="cg-actions">
                <IonButton
                  fill="outline"
                  onClick={() => {
                    setConfirmError(null);
                  }}
                >
                  {t('patients.cancel')}
                </IonButton>
                <IonButton
                  color="danger"
                  onClick={() => {
                    setConfirmError(null);
                    void setStatus(a, 'ENTERED_IN_ERROR');
                  }}
                >
                  {t('patients.allergies.enteredInError')}
                </IonButton>
              </div>
            </div>
          )}
        </div>
      ))}
      {editing && (
        <AllergyForm
          key={editing === 'new' ? 'new' : editing.id}
          patientId={patientId}
          allergy={editing === 'new' ? null : editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) setNotice({ kind: 'success', text: t('patients.allergies.recorded') });
          }}
        />
      )}
      {canEdit && !editing && (
        <div className="cg-actions">
          <IonButton
            fill="outline"
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
            data-testid="add-allergy"
          >
            <IonIcon slot="start" icon={addOutline} aria-hidden="true" />
            {t('patients.allergies.add')}
          </IonButton>
          {!hasActive && status !== 'NO_KNOWN_ALLERGIES' && (
            <IonButton
              fill="outline"
              disabled={stating}
              onClick={() => void stateNoKnown()}
              title={t('patients.allergies.noKnownHelp')}
              data-testid="no-known-allergies"
            >
              {t('patients.allergies.noKnown')}
            </IonButton>
          )}
        </div>
      )}
    </section>
  );
}
