import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { warningOutline } from 'ionicons/icons';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { formatTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { EmergencyAccessStateDocument, OpenEmergencyAccessDocument } from '../../gql/graphql';
import { ReasonField } from './ReasonField';
import './break-glass.css';

/** The API refuses shorter reasons; asking here saves a round trip. */
export const MIN_REASON_LENGTH = 10;

/** Whether the signed-in account may break the glass at all (the API's own rule). */
function useMayBreakGlass(): boolean {
  const { user } = useSession();
  return user?.capabilities.includes('OPEN_EMERGENCY_ACCESS') ?? false;
}

/**
 * While the caller's emergency access to this patient runs: a banner saying so, with its end.
 * Renders nothing for anyone else.
 */
export function EmergencyAccessBanner({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const may = useMayBreakGlass();
  const { data } = useQuery(
    EmergencyAccessStateDocument,
    may ? { variables: { patientId } } : skipToken,
  );
  const until = data?.emergencyAccessState.activeUntil;
  if (!until) return null;
  return (
    <div className="cg-glass-banner" role="status" data-testid="emergency-access-banner">
      <IonIcon icon={warningOutline} aria-hidden="true" />
      <span>{t('breakGlass.banner', { time: formatTime(until, i18n.language) })}</span>
    </div>
  );
}

/**
 * What a clinician sees instead of a chart the care scope keeps her out of: the offer to open it
 * in an emergency, with a required reason and a plain warning that it is recorded and reviewed.
 * The API answers "not found" alike for a patient who does not exist and one out of scope; the
 * state query tells them apart without reading anything clinical. Anyone who may not break the
 * glass sees "not found", as before.
 */
export function EmergencyAccessOffer({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const may = useMayBreakGlass();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { data, loading } = useQuery(
    EmergencyAccessStateDocument,
    may ? { variables: { patientId } } : skipToken,
  );
  const [open, opening] = useMutation(OpenEmergencyAccessDocument, {
    refetchQueries: ['EmergencyAccessState', 'PatientChart'],
    awaitRefetchQueries: true,
  });

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setProblem(null);
    if (reason.trim().length < MIN_REASON_LENGTH) {
      setProblem(t('breakGlass.reasonTooShort', { count: MIN_REASON_LENGTH }));
      return;
    }
    try {
      await open({ variables: { input: { patientId, reason: reason.trim() } } });
    } catch (e) {
      setProblem(errorText.message(errorText.info(e)));
    }
  }

  if (may && loading) return <IonSpinner aria-label={t('app.loading')} />;
  if (!data?.emergencyAccessState.mayOpen) {
    return <Notice kind="error">{t('patients.notFound')}</Notice>;
  }
  return (
    <section
      className="cg-card cg-glass-offer"
      aria-labelledby="glass-title"
      data-testid="emergency-access-offer"
    >
      <h2 id="glass-title">{t('breakGlass.offerTitle')}</h2>
      <p>{t('breakGlass.offerText')}</p>
      <p className="cg-glass-warning">{t('breakGlass.warning')}</p>
      <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
        <ReasonField
          name="emergency-reason"
          label={t('breakGlass.reason')}
          value={reason}
          onChange={setReason}
          help={t('breakGlass.reasonHelp', { count: MIN_REASON_LENGTH })}
          error={problem}
        />
        <IonButton
          type="submit"
          color="warning"
          disabled={opening.loading}
          data-testid="emergency-access-open"
        >
          <IonIcon slot="start" icon={warningOutline} aria-hidden="true" />
          {opening.loading ? t('breakGlass.opening') : t('breakGlass.open')}
        </IonButton>
      </form>
    </section>
  );
}
