import { skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { isNetworkFailure, isReachable } from '../../app/connectivity';
import { errorCodeOf } from '../../app/errors';
import { useSession } from '../../app/session/SessionContext';
import { useOnline } from '../../app/use-online';
import { useErrorText } from '../../app/use-error-text';
import {
  MedicationScheduleDocument,
  ProposedLotDocument,
  RecordMedicationAdministrationDocument,
  type AdministrationStatus,
  type MedicationScheduleQuery,
} from '../../gql/graphql';
import {
  canQueueOffline,
  doseEntryOf,
  queueOffline,
  useOutboxStatus,
} from '../offline/outbox-status';
import { formatShortDate } from '../pharmacy/dates';
import { withProposedLot } from './dose-lot';
import { deviceId, num, timeOf } from './labels';

type Dose = MedicationScheduleQuery['medicationSchedule'][number];

/** Today in local time, [00:00, 24:00). */
function today(): { from: string; to: string } {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return { from: start.toISOString(), to: end.toISOString() };
}

/**
 * One dose and its buttons. The record it makes carries an id made on the device when the row
 * opens and kept until the server has answered, so a retry after a lost answer replays the same
 * request, which the server records once; another choice under that id is refused as a conflict.
 *
 * While the dose is open, the lot the ward's stock would give it is shown ("Lot X (pér. date)
 * proposé") and a dose given online names it. Offline, or when the proposal did not come back,
 * the dose is recorded without a lot exactly as before and the server takes the first-expiring
 * lot itself (or none); the outbox never carries a lot.
 */
function DoseRow({
  dose,
  canRecord,
  proposeLot,
  patientId,
}: {
  dose: Dose;
  canRecord: boolean;
  proposeLot: boolean;
  patientId: string;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const client = useApolloClient();
  const reasonId = useId();
  const [recordId, setRecordId] = useState(deviceId);
  const [pending, setPending] = useState<AdministrationStatus | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordMedicationAdministrationDocument, {
    refetchQueries: ['MedicationSchedule', 'PatientChart'],
    awaitRefetchQueries: true,
  });
  const { entries } = useOutboxStatus();
  const rx = dose.prescription;
  const given = dose.administration;
  // Recorded on this device without network: waits in the outbox (or was refused: "à vérifier").
  const queued = given ? undefined : doseEntryOf(entries, rx.id, dose.scheduledAt);
  const open = !given && !queued && canRecord;
  const online = useOnline();
  const proposal = useQuery(
    ProposedLotDocument,
    open && proposeLot && online ? { variables: { prescriptionId: rx.id } } : skipToken,
  );
  // Offline the dose goes to the outbox without a lot: a proposal kept from earlier is not shown.
  const proposedLot = online && !proposal.error ? proposal.data?.proposedLot : null;
  // The lot sent under the row's id: a retry of that id resends it unchanged, or the server
  // would take the same id with other content for a conflict.
  const sentLot = useRef<{ recordId: string; lotId: string | null } | null>(null);

  async function send(status: AdministrationStatus) {
    setError(null);
    const needsReason = status !== 'GIVEN';
    if (needsReason && !reason.trim()) {
      setError(t('records.medications.reasonRequired'));
      return;
    }
    const input = {
      prescriptionId: rx.id,
      scheduledAt: dose.scheduledAt,
      status,
      reason: needsReason ? reason.trim() : null,
    };
    const done = () => {
      sentLot.current = null;
      setRecordId(deviceId());
      setPending(null);
      setReason('');
    };
    // No network: the dose goes to the outbox under the row's id, given now.
    const queue = async () => {
      const entry = await queueOffline({
        id: recordId,
        kind: 'dose',
        patientId,
        input: { ...input, administeredAt: new Date().toISOString() },
        summary: [
          `${rx.medicationName} ${rx.strength ?? ''}`.trim(),
          timeOf(dose.scheduledAt, i18n.language),
          t(`records.medications.state.${status}`),
          ...(input.reason ? [input.reason] : []),
        ].join(' — '),
      });
      if (entry) done();
      return entry !== null;
    };
    if ((!navigator.onLine || !isReachable()) && canQueueOffline() && (await queue())) return;
    if (sentLot.current?.recordId !== recordId) {
      sentLot.current = {
        recordId,
        lotId: status === 'GIVEN' ? (proposedLot?.lot.id ?? null) : null,
      };
    }
    const lotId = sentLot.current.lotId;
    try {
      await record({
        variables: {
          input: withProposedLot({ id: recordId, ...input }, lotId ? { lot: { id: lotId } } : null),
        },
      });
      done();
      // The ward's stock moved: the next dose of this prescription may take another lot.
      if (lotId) void client.refetchQueries({ include: ['ProposedLot'] });
    } catch (e) {
      if (isNetworkFailure(e) && canQueueOffline() && (await queue())) return;
      const code = errorCodeOf(e);
      if (code === 'LOT_RECALLED' || code === 'LOT_EXPIRED') {
        // The proposed lot may not be given (recalled or expired since it was proposed): nothing
        // was recorded; a new id, and the lot the ward's stock proposes now.
        sentLot.current = null;
        setRecordId(deviceId());
        setError(
          t(
            code === 'LOT_RECALLED'
              ? 'records.medications.lotRecalled'
              : 'records.medications.lotExpired',
          ),
        );
        void client.refetchQueries({ include: ['ProposedLot'] });
        return;
      }
      const info = errorText.info(e);
      setError(errorText.message(info));
      // Already recorded (a lost answer, or a colleague): show what stands instead of the buttons.
      if (info.code === 'CONFLICT') {
        void client.refetchQueries({ include: ['MedicationSchedule'] });
      }
    }
  }

  return (
    <li
      data-testid="dose"
      data-state={dose.state}
      data-medication={rx.medicationName}
      data-prescription-id={rx.id}
      data-scheduled-at={dose.scheduledAt}
      data-outbox={queued ? queued.state : undefined}
    >
      <div className="cg-dose">
        <span className="cg-dose-time">{timeOf(dose.scheduledAt, i18n.language)}</span>
        <div className="cg-dose-main">
          <strong>
            {rx.medicationName} {rx.strength ?? ''}
          </strong>
          <span className="cg-rec-sub">
            {num(rx.dose, i18n.language, 2)} {rx.doseUnit} · {t(`records.routes.${rx.route}`)}
          </span>
          {open && proposedLot && (
            <span
              className="cg-rec-sub cg-dose-lot"
              data-testid="dose-lot"
              data-lot-id={proposedLot.lot.id}
            >
              {t('records.medications.lotProposed', {
                lot: proposedLot.lot.lotNumber,
                date: formatShortDate(proposedLot.lot.expiryDate, i18n.language),
              })}
            </span>
          )}
          {given && (
            <span className="cg-rec-sub">
              {t('records.medications.by', {
                status: t(`records.medications.state.${given.status}`),
                time: timeOf(given.occurredAt, i18n.language),
                name: given.recordedByName,
              })}
              {given.reason ? ` — ${given.reason}` : ''}
            </span>
          )}
        </div>
        {queued ? (
          <span className="cg-badge cg-state-pending" data-testid="dose-outbox">
            {queued.state === 'toCheck'
              ? t('offline.outbox.entryToCheck')
              : t('offline.outbox.entryPending')}
          </span>
        ) : (
          <span className={`cg-badge cg-state-${dose.state}`}>
            {t(`records.medications.state.${dose.state}`)}
          </span>
        )}
        {open && pending === null && (
          <div className="cg-dose-buttons">
            <IonButton
              color="success"
              disabled={loading}
              data-testid="dose-give"
              onClick={() => void send('GIVEN')}
            >
              {t('records.medications.give')}
            </IonButton>
            <IonButton
              fill="outline"
              disabled={loading}
              data-testid="dose-hold"
              onClick={() => {
                setPending('HELD');
              }}
            >
              {t('records.medications.hold')}
            </IonButton>
            <IonButton
              fill="outline"
              disabled={loading}
              data-testid="dose-refuse"
              onClick={() => {
                setPending('REFUSED');
              }}
            >
              {t('records.medications.refuse')}
            </IonButton>
          </div>
        )}
        {open && pending !== null && (
          <div className="cg-dose-reason">
            <div className="cg-textarea">
              <label htmlFor={reasonId}>
                {t('records.medications.reason')} — {t(`records.medications.state.${pending}`)}
              </label>
              <textarea
                id={reasonId}
                name="dose-reason"
                rows={2}
                value={reason}
                onChange={(e) => {
                  setReason(e.target.value);
                }}
              />
            </div>
            <IonButton
              disabled={loading}
              onClick={() => void send(pending)}
              data-testid="dose-confirm"
            >
              {t('records.medications.confirm')}
            </IonButton>
            <IonButton
              fill="clear"
              onClick={() => {
                setPending(null);
                setError(null);
              }}
            >
              {t('records.medications.cancel')}
            </IonButton>
          </div>
        )}
        {loading && <IonSpinner aria-label={t('app.loading')} />}
      </div>
      {error && (
        <p className="cg-error-text" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/**
 * Today's administration record: every scheduled dose with its state (due, late, given, held,
 * refused, missed); a nurse records each one in a tap.
 */
export function MedicationRecord({
  patientId,
  canRecord,
}: {
  patientId: string;
  canRecord: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { user } = useSession();
  const proposeLot = (user?.capabilities ?? []).includes('READ_PROPOSED_LOT');
  const [range] = useState(today);
  const { data, error, loading } = useQuery(MedicationScheduleDocument, {
    variables: { patientId, ...range },
  });
  const doses = data?.medicationSchedule;
  return (
    <section className="cg-card" aria-labelledby="mar-title">
      <h2 id="mar-title">{t('records.medications.schedule')}</h2>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !doses && <IonSpinner aria-label={t('app.loading')} />}
      {doses?.length === 0 && <p className="cg-muted">{t('records.medications.noDoses')}</p>}
      {doses && doses.length > 0 && (
        <ul className="cg-rec-list" data-testid="mar">
          {doses.map((d) => (
            <DoseRow
              key={`${d.prescription.id}-${d.scheduledAt}`}
              dose={d}
              canRecord={canRecord}
              proposeLot={proposeLot}
              patientId={patientId}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
