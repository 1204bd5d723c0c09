import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../app/components/SelectField';
import { TextField } from '../../../app/components/TextField';
import {
  AdmitPatientDocument,
  AttendingCandidatesDocument,
  type AdmissionSource,
} from '../../../gql/graphql';
import type { BoardTile } from '../bed-board';
import { useWardsError } from '../wards-error';
import { WholeNumberField } from './fields';
import type { FlowProps } from './flow';
import { PatientPicker, type PickedPatient } from './PatientPicker';

const SOURCES: readonly AdmissionSource[] = ['EMERGENCY', 'ELECTIVE', 'TRANSFER_IN'];

/**
 * Admits a patient to a free bed (or to the bed held for them): the patient found by name or
 * MRN, the attending doctor, the reason, where the patient comes from, the expected stay.
 */
export function AdmitForm({ tile, onDone, onMessage }: FlowProps & { tile: BoardTile }) {
  const { t } = useTranslation();
  const wardsError = useWardsError();
  // A bed held for someone: admit that patient unless the user changes it.
  const [patient, setPatient] = useState<PickedPatient | null>(
    tile.reservedPatientId && tile.reservedPatientName
      ? { id: tile.reservedPatientId, displayName: tile.reservedPatientName }
      : null,
  );
  const [attending, setAttending] = useState('');
  const [reason, setReason] = useState('');
  const [source, setSource] = useState<AdmissionSource | ''>('');
  const [expectedDays, setExpectedDays] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const candidates = useQuery(AttendingCandidatesDocument);
  const [admit, { loading }] = useMutation(AdmitPatientDocument, {
    refetchQueries: ['BedBoard', 'Wards'],
  });

  function validate(): Record<string, string> {
    const out: Record<string, string> = {};
    const required = t('validation.required');
    if (!patient) out.patientId = t('wards.admit.pickPatient');
    if (!attending) out.attendingUserId = required;
    if (!reason.trim()) out.reason = required;
    if (!source) out.source = required;
    const days = expectedDays.trim();
    if (days && (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 365)) {
      out.expectedDays = t('wards.errors.daysRange');
    }
    return out;
  }

  async function submit() {
    onMessage(null);
    const problems = validate();
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !patient || !source) return;
    const days = expectedDays.trim();
    try {
      await admit({
        variables: {
          input: {
            bedId: tile.bedId,
            patientId: patient.id,
            attendingUserId: attending,
            reason: reason.trim(),
            source,
            expectedDays: days ? Number(days) : null,
          },
        },
      });
      onDone(t('wards.admit.done', { name: patient.displayName, label: tile.label }));
    } catch (e) {
      const failure = wardsError(e);
      setErrors(failure.fields);
      onMessage(failure.message, failure.refresh);
    }
  }

  return (
    <form
      className="cg-form cg-ward-flow"
      data-testid="admit-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="cg-flow-title">{t('wards.admit.title', { label: tile.label })}</h3>
      {tile.reservedPatientName && (
        <p className="cg-muted">
          {t('wards.admit.reservedHint', { name: tile.reservedPatientName })}
        </p>
      )}
      <PatientPicker
        picked={patient}
        error={errors.patientId}
        onPick={(p) => {
          setPatient(p);
          if (p) {
            setErrors((prev) => {
              const next = { ...prev };
              delete next.patientId;
              return next;
            });
          }
        }}
      />
      <SelectField
        name="attending"
        label={t('wards.admit.attending')}
        value={attending}
        placeholder={t('app.choose')}
        error={errors.attendingUserId}
        options={(candidates.data?.attendingCandidates ?? []).map((c) => ({
          value: c.userId,
          label: c.jobTitle ? `${c.name} — ${c.jobTitle}` : c.name,
        }))}
        onChange={setAttending}
      />
      <TextField
        name="reason"
        label={t('wards.admit.reason')}
        value={reason}
        error={errors.reason}
        onChange={setReason}
        required
      />
      <SelectField<AdmissionSource>
        name="source"
        label={t('wards.admit.source')}
        value={source}
        placeholder={t('app.choose')}
        error={errors.source}
        options={SOURCES.map((s) => ({ value: s, label: t(`wards.admit.sources.${s}`) }))}
        onChange={setSource}
      />
      <WholeNumberField
        name="expectedDays"
        label={t('wards.admit.expectedDays')}
        value={expectedDays}
        error={errors.expectedDays}
        onChange={setExpectedDays}
      />
      <IonButton type="submit" expand="block" disabled={loading} data-testid="admit-submit">
        {t('wards.admit.submit', { label: tile.label })}
      </IonButton>
    </form>
  );
}
