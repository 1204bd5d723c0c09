import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../app/components/SelectField';
import { TextField } from '../../../app/components/TextField';
import { TransferBedsDocument, TransferPatientDocument, WardsDocument } from '../../../gql/graphql';
import { freeBeds, type BoardOccupant, type BoardTile } from '../bed-board';
import { useWardsError } from '../wards-error';
import type { FlowProps } from './flow';

/** Moves an inpatient to a free bed, on this ward or another, with the reason. */
export function TransferForm({
  tile,
  occupant,
  wardId,
  onDone,
  onMessage,
}: FlowProps & { tile: BoardTile; occupant: BoardOccupant; wardId: string }) {
  const { t } = useTranslation();
  const wardsError = useWardsError();
  const [toWard, setToWard] = useState(wardId);
  const [toBed, setToBed] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const wards = useQuery(WardsDocument);
  // Not cached: the same root field as the board, with fewer fields, must not replace it.
  const beds = useQuery(TransferBedsDocument, {
    variables: { wardId: toWard },
    fetchPolicy: 'no-cache',
  });
  const [transfer, { loading }] = useMutation(TransferPatientDocument, {
    refetchQueries: ['BedBoard', 'Wards'],
  });
  const choices = freeBeds(beds.data?.bedBoard.beds ?? [], tile.bedId);
  const picked = choices.find((b) => b.bedId === toBed);
  const wardName = beds.data?.bedBoard.ward.name ?? '';

  async function submit() {
    onMessage(null);
    const problems: Record<string, string> = {};
    if (!picked) problems.toBedId = t('wards.transfer.pickBed');
    if (!reason.trim()) problems.reason = t('validation.required');
    setErrors(problems);
    if (!picked || Object.keys(problems).length > 0) return;
    try {
      await transfer({
        variables: {
          input: {
            admissionId: occupant.admissionId,
            toBedId: picked.bedId,
            reason: reason.trim(),
          },
        },
      });
      onDone(
        t('wards.transfer.done', { name: occupant.name, label: picked.label, ward: wardName }),
      );
    } catch (e) {
      const failure = wardsError(e);
      setErrors(failure.fields);
      onMessage(failure.message, failure.refresh);
      if (failure.refresh) {
        setToBed(null);
        void beds.refetch();
      }
    }
  }

  return (
    <form
      className="cg-form cg-ward-flow"
      data-testid="transfer-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="cg-flow-title">{t('wards.transfer.title', { name: occupant.name })}</h3>
      <SelectField
        name="toWard"
        label={t('wards.transfer.toWard')}
        value={toWard}
        options={(wards.data?.wards ?? []).map((w) => ({
          value: w.id,
          label: `${w.name} (${t('wards.censusLabel.FREE')} ${w.free})`,
        }))}
        onChange={(v) => {
          if (v) setToWard(v);
          setToBed(null);
        }}
      />
      <fieldset className="cg-bed-choices">
        <legend>{t('wards.transfer.toBed')}</legend>
        {beds.loading && !beds.data && <IonSpinner aria-label={t('app.loading')} />}
        {beds.data && choices.length === 0 && (
          <p className="cg-muted">{t('wards.transfer.noFreeBed')}</p>
        )}
        <div className="cg-bed-choice-list">
          {choices.map((b) => (
            <button
              key={b.bedId}
              type="button"
              className="cg-bed-choice"
              aria-pressed={toBed === b.bedId}
              data-testid="transfer-bed"
              data-label={b.label}
              onClick={() => {
                setToBed(b.bedId);
              }}
            >
              {b.label}
            </button>
          ))}
        </div>
        {errors.toBedId && <p className="cg-field-error">{errors.toBedId}</p>}
      </fieldset>
      <TextField
        name="transferReason"
        label={t('wards.transfer.reason')}
        value={reason}
        error={errors.reason}
        onChange={setReason}
        required
      />
      <IonButton type="submit" expand="block" disabled={loading} data-testid="transfer-submit">
        {picked
          ? t('wards.transfer.submit', { label: picked.label })
          : t('wards.transfer.submitNoBed')}
      </IonButton>
    </form>
  );
}
