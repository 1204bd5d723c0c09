import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../app/components/SelectField';
import { DischargePatientDocument, type DischargeDestination } from '../../../gql/graphql';
import type { BoardOccupant, BoardTile } from '../bed-board';
import { useWardsError } from '../wards-error';
import { TextArea } from './fields';
import type { FlowProps } from './flow';

const DESTINATIONS: readonly DischargeDestination[] = [
  'HOME',
  'TRANSFER',
  'AGAINST_ADVICE',
  'DECEASED',
];

/**
 * Ends a stay: where the patient goes, and the discharge summary when the account writes them
 * (the API refuses a summary from anyone else). The bed goes to cleaning.
 */
export function DischargeForm({
  tile,
  occupant,
  withSummary,
  onDone,
  onMessage,
}: FlowProps & { tile: BoardTile; occupant: BoardOccupant; withSummary: boolean }) {
  const { t } = useTranslation();
  const wardsError = useWardsError();
  const [destination, setDestination] = useState<DischargeDestination | ''>('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [discharge, { loading }] = useMutation(DischargePatientDocument, {
    refetchQueries: ['BedBoard', 'Wards'],
  });

  async function submit() {
    onMessage(null);
    if (!destination) {
      setErrors({ destination: t('validation.required') });
      return;
    }
    setErrors({});
    try {
      await discharge({
        variables: {
          input: {
            admissionId: occupant.admissionId,
            destination,
            ...(withSummary && summary.trim() ? { summary: summary.trim() } : {}),
          },
        },
      });
      onDone(t('wards.discharge.done', { name: occupant.name, label: tile.label }));
    } catch (e) {
      const failure = wardsError(e);
      setErrors(failure.fields);
      onMessage(failure.message, failure.refresh);
    }
  }

  return (
    <form
      className="cg-form cg-ward-flow"
      data-testid="discharge-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="cg-flow-title">{t('wards.discharge.title', { name: occupant.name })}</h3>
      <SelectField<DischargeDestination>
        name="destination"
        label={t('wards.discharge.destination')}
        value={destination}
        placeholder={t('app.choose')}
        error={errors.destination}
        options={DESTINATIONS.map((d) => ({
          value: d,
          label: t(`wards.discharge.destinations.${d}`),
        }))}
        onChange={setDestination}
      />
      {withSummary ? (
        <TextArea
          name="summary"
          label={t('wards.discharge.summary')}
          value={summary}
          error={errors.summary}
          rows={6}
          onChange={setSummary}
        />
      ) : (
        <p className="cg-muted">{t('wards.discharge.summaryByDoctor')}</p>
      )}
      <IonButton
        type="submit"
        expand="block"
        color="danger"
        disabled={loading}
        data-testid="discharge-submit"
      >
        {t('wards.discharge.submit')}
      </IonButton>
    </form>
  );
}
