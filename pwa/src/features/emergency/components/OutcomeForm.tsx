import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../app/components/SelectField';
import {
  BedBoardDocument,
  CloseEmergencyCaseDocument,
  WardsDocument,
  type EmergencyCaseDetailFragment,
  type EmergencyOutcome,
} from '../../../gql/graphql';
import { freeBeds } from '../../wards/bed-board';
import { InputField, TextArea, WholeNumberField } from '../../wards/components/fields';
import { useEmergencyError } from '../emergency-error';
import { FormFailure } from './FormFailure';
import { closeInput, type CloseValues } from '../forms';
import { OUTCOMES } from '../triage';
import { Choices } from './Choices';

/**
 * The doctor's outcome, which closes the case: home with a note, admitted to a free bed of a
 * ward (the stay begins as the case closes), transferred to a facility, left without being seen
 * (only before a doctor took the case), deceased. A bed taken meanwhile leaves the case open:
 * the form says so and the list of free beds is read again.
 */
export function OutcomeForm({
  c,
  onDone,
  onCancel,
}: {
  c: EmergencyCaseDetailFragment;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const emergencyError = useEmergencyError();
  const [values, setValues] = useState<CloseValues>({
    outcome: '',
    note: '',
    bedId: '',
    reason: '',
    expectedDays: '',
    transferTo: '',
  });
  const [wardId, setWardId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const admitting = values.outcome === 'ADMITTED';
  const wards = useQuery(WardsDocument, admitting ? {} : skipToken);
  const board = useQuery(
    BedBoardDocument,
    admitting && wardId ? { variables: { wardId, clinical: false } } : skipToken,
  );
  const [close, { loading }] = useMutation(CloseEmergencyCaseDocument, {
    refetchQueries: ['EmergencyQueue', 'Wards'],
  });
  const beds = freeBeds(board.data?.bedBoard.beds ?? []);
  const seen = Boolean(c.doctorAt);
  // Closing needs a doctor's contact, except "left without being seen", which needs none.
  const outcomes = OUTCOMES.filter((o) => (o === 'LEFT_WITHOUT_BEING_SEEN' ? !seen : seen));

  const set = <K extends keyof CloseValues>(key: K, value: CloseValues[K]) => {
    setValues((old) => ({ ...old, [key]: value }));
  };

  async function submit() {
    setFailure(null);
    const checked = closeInput(c.id, values);
    if (!checked.ok) {
      setErrors(Object.fromEntries(Object.entries(checked.problems).map(([k, v]) => [k, t(v)])));
      return;
    }
    setErrors({});
    try {
      await close({ variables: { input: checked.input, clinical: true } });
      const bed = beds.find((b) => b.bedId === values.bedId)?.label ?? '';
      onDone(
        t(`emergency.close.done.${checked.input.outcome}`, {
          name: c.patient.displayName,
          bed,
        }),
      );
    } catch (e) {
      const read = emergencyError(e);
      setErrors(read.fields);
      setFailure(read.message);
      if (read.refresh && admitting) {
        set('bedId', '');
        void board.refetch();
      }
    }
  }

  return (
    <form
      className="cg-card cg-form cg-ed-form"
      data-testid="ed-outcome-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t('emergency.close.title')}</h2>
      <FormFailure text={failure} />
      {!seen && <p className="cg-muted">{t('emergency.close.takeFirst')}</p>}
      <Choices<EmergencyOutcome>
        legend={t('emergency.close.outcome')}
        testId="ed-outcome"
        value={values.outcome}
        error={errors.outcome}
        options={outcomes.map((o) => ({ value: o, label: t(`emergency.outcome.${o}`) }))}
        onChange={(o) => {
          set('outcome', o);
        }}
      />
      {admitting && (
        <>
          <div className="cg-ed-two">
            <SelectField
              name="ward"
              label={t('emergency.close.ward')}
              value={wardId}
              placeholder={t('app.choose')}
              options={(wards.data?.wards ?? []).map((w) => ({
                value: w.id,
                label: t('emergency.close.wardFree', { name: w.name, count: w.free }),
              }))}
              onChange={(id) => {
                setWardId(id);
                set('bedId', '');
              }}
            />
            <SelectField
              name="bed"
              label={t('emergency.close.bed')}
              value={values.bedId}
              placeholder={t('app.choose')}
              error={errors['admission.bedId'] ?? errors.bedId}
              options={beds.map((b) => ({
                value: b.bedId,
                label: t('emergency.close.bedLabel', { label: b.label }),
              }))}
              onChange={(bedId) => {
                set('bedId', bedId);
              }}
            />
          </div>
          {wardId && board.data && beds.length === 0 && (
            <p className="cg-muted">{t('emergency.close.noFreeBed')}</p>
          )}
          <InputField
            name="reason"
            label={t('emergency.close.reason')}
            value={values.reason}
            error={errors['admission.reason'] ?? errors.reason}
            onChange={(v) => {
              set('reason', v);
            }}
          />
          <WholeNumberField
            name="expectedDays"
            label={t('emergency.close.expectedDays')}
            value={values.expectedDays}
            error={errors['admission.expectedDays'] ?? errors.expectedDays}
            onChange={(v) => {
              set('expectedDays', v);
            }}
          />
        </>
      )}
      {values.outcome === 'TRANSFERRED' && (
        <InputField
          name="transferTo"
          label={t('emergency.close.transferTo')}
          value={values.transferTo}
          error={errors.transferTo}
          onChange={(v) => {
            set('transferTo', v);
          }}
        />
      )}
      {values.outcome && (
        <TextArea
          name="outcomeNote"
          label={
            values.outcome === 'DISCHARGED'
              ? t('emergency.close.noteRequired')
              : t('emergency.close.note')
          }
          value={values.note}
          error={errors.note}
          rows={4}
          onChange={(v) => {
            set('note', v);
          }}
        />
      )}
      <div className="cg-actions">
        <IonButton type="submit" size="large" disabled={loading} data-testid="ed-outcome-submit">
          {t('emergency.close.submit')}
        </IonButton>
        <IonButton fill="outline" size="large" onClick={onCancel}>
          {t('emergency.actions.cancel')}
        </IonButton>
      </div>
    </form>
  );
}
