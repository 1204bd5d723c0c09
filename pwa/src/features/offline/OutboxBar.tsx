import { useMutation } from '@apollo/client/react';
import { IonButton, IonContent, IonHeader, IonModal, IonTitle, IonToolbar } from '@ionic/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { isNetworkFailure } from '../../app/connectivity';
import { formatTime } from '../../app/format';
import { getOfflineSource } from '../../app/offline-source';
import { useErrorText } from '../../app/use-error-text';
import { DiscardOfflineEntryDocument, type OfflineEntryKind } from '../../gql/graphql';
import type { OutboxEntry, OutboxKind } from './outbox';
import { outboxBadge, resolveEntry, useOutboxStatus } from './outbox-status';
import './offline.css';

/** Why the server refused an entry, in words. */
function Why({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const reason = entry.error?.reason;
  if (reason === 'PRESCRIPTION_STOPPED') return t('offline.outbox.why.PRESCRIPTION_STOPPED');
  if (reason === 'PRESCRIPTION_ENTERED_IN_ERROR') {
    return t('offline.outbox.why.PRESCRIPTION_ENTERED_IN_ERROR');
  }
  if (reason === 'DOSE_ALREADY_RECORDED') return t('offline.outbox.why.DOSE_ALREADY_RECORDED');
  return t('offline.outbox.why.other', { message: entry.error?.message ?? '' });
}

const KIND: Record<OutboxKind, OfflineEntryKind> = {
  vitals: 'VITALS',
  careNote: 'CARE_NOTE',
  dose: 'DOSE',
};

/** The patient's name as the pack holds it (the entry keeps only the id). */
function patientNameOf(patientId: string): string | null {
  const answer = getOfflineSource()?.answer('PatientHeader', { id: patientId }) as
    { patient?: { displayName?: string } } | undefined;
  return answer?.patient?.displayName ?? null;
}

/** One refused entry: what was entered, why it was refused, and the two decisions. */
function ToCheckItem({ entry }: { entry: OutboxEntry }) {
  const { t, i18n } = useTranslation();
  const reasonId = useId();
  const [action, setAction] = useState<'retry' | 'discard' | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canRetry = entry.kind === 'dose' && entry.error?.reason === 'PRESCRIPTION_STOPPED';
  const errorText = useErrorText();
  // A discard is recorded on the server with its reason (audited) before the entry leaves the
  // phone: never dropped without a trace.
  const [recordDiscard] = useMutation(DiscardOfflineEntryDocument);
  const patientName = patientNameOf(entry.patientId);

  async function decide() {
    if (!action) return;
    if (!reason.trim()) {
      setError(t('offline.outbox.reasonRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    if (action === 'discard') {
      try {
        await recordDiscard({
          variables: {
            input: {
              id: entry.id,
              kind: KIND[entry.kind],
              patientId: entry.patientId,
              enteredAt: entry.createdAt,
              reason: reason.trim(),
              refusal: entry.error?.reason ?? entry.error?.code ?? null,
            },
          },
        });
      } catch (e) {
        setError(
          isNetworkFailure(e)
            ? t('offline.outbox.discardNeedsNetwork')
            : errorText.message(errorText.info(e)),
        );
        setBusy(false);
        return;
      }
    }
    try {
      await resolveEntry(entry.id, action, reason.trim());
    } catch {
      setError(t('offline.outbox.failed'));
      setBusy(false);
    }
  }

  return (
    <li className="cg-outbox-item" data-testid="outbox-to-check" data-entry-id={entry.id}>
      <strong>
        {t(`offline.outbox.kind.${entry.kind}`)}
        {patientName ? ` — ${patientName}` : ''}
      </strong>
      {entry.summary && <span>{entry.summary}</span>}
      <span className="cg-muted">
        {t('offline.outbox.enteredAt', { time: formatTime(entry.createdAt, i18n.language) })}
      </span>
      <span className="cg-outbox-why" data-testid="outbox-why">
        <Why entry={entry} />
      </span>
      {action === null ? (
        <div className="cg-offline-actions">
          {canRetry && (
            <IonButton
              size="small"
              data-testid="outbox-retry"
              onClick={() => {
                setAction('retry');
              }}
            >
              {t('offline.outbox.recordAnyway')}
            </IonButton>
          )}
          <IonButton
            size="small"
            fill="outline"
            color="danger"
            data-testid="outbox-discard"
            onClick={() => {
              setAction('discard');
            }}
          >
            {t('offline.outbox.discard')}
          </IonButton>
        </div>
      ) : (
        <div className="cg-outbox-reason">
          <div className="cg-textarea">
            <label htmlFor={reasonId}>
              {t('offline.outbox.reason')} —{' '}
              {action === 'retry' ? t('offline.outbox.recordAnyway') : t('offline.outbox.discard')}
            </label>
            <textarea
              id={reasonId}
              name="outbox-reason"
              rows={2}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
              }}
            />
          </div>
          {error && <Notice kind="error">{error}</Notice>}
          <div className="cg-offline-actions">
            <IonButton
              size="small"
              disabled={busy}
              data-testid="outbox-confirm"
              onClick={() => void decide()}
            >
              {t('offline.outbox.confirm')}
            </IonButton>
            <IonButton
              size="small"
              fill="clear"
              onClick={() => {
                setAction(null);
                setError(null);
              }}
            >
              {t('offline.outbox.cancel')}
            </IonButton>
          </div>
        </div>
      )}
    </li>
  );
}

/**
 * The outbox badge ("2 en attente · 1 à vérifier"), shown on every screen while the outbox holds
 * anything, and the sheet it opens: the entries waiting to be sent, and the refused ones with
 * what was entered, why, and "Enregistrer quand même" / "Abandonner" (each with a reason).
 */
export function OutboxBar() {
  const { t, i18n } = useTranslation();
  const { entries, sending } = useOutboxStatus();
  const [open, setOpen] = useState(false);
  const badge = outboxBadge(entries, sending, (part, count) =>
    part === 'pending'
      ? t('offline.outbox.pending', { count })
      : part === 'toCheck'
        ? t('offline.outbox.toCheck', { count })
        : t('offline.outbox.sending'),
  );
  const toCheck = entries.filter((e) => e.state === 'toCheck');
  const pending = entries.filter((e) => e.state !== 'toCheck');
  return (
    <>
      {badge && (
        <button
          type="button"
          className={`cg-outbox-badge${toCheck.length > 0 ? ' cg-outbox-badge-check' : ''}`}
          data-testid="outbox-badge"
          onClick={() => {
            setOpen(true);
          }}
        >
          {badge}
        </button>
      )}
      <IonModal
        isOpen={open}
        onDidDismiss={() => {
          setOpen(false);
        }}
        aria-label={t('offline.outbox.title')}
      >
        <IonHeader>
          <IonToolbar>
            <IonTitle>{t('offline.outbox.title')}</IonTitle>
            <IonButton
              slot="end"
              fill="clear"
              onClick={() => {
                setOpen(false);
              }}
            >
              {t('offline.outbox.close')}
            </IonButton>
          </IonToolbar>
        </IonHeader>
        <IonContent data-testid="outbox-sheet">
          <div className="cg-outbox-sheet">
            {entries.length === 0 && <p className="cg-muted">{t('offline.outbox.none')}</p>}
            {toCheck.length > 0 && (
              <section>
                <h2>{t('offline.outbox.toCheckTitle')}</h2>
                <ul className="cg-outbox-list">
                  {toCheck.map((e) => (
                    <ToCheckItem key={e.id} entry={e} />
                  ))}
                </ul>
              </section>
            )}
            {pending.length > 0 && (
              <section>
                <h2>{t('offline.outbox.pendingTitle')}</h2>
                <ul className="cg-outbox-list">
                  {pending.map((e) => (
                    <li key={e.id} className="cg-outbox-item" data-testid="outbox-pending">
                      <strong>{t(`offline.outbox.kind.${e.kind}`)}</strong>
                      {e.summary && <span>{e.summary}</span>}
                      <span className="cg-muted">
                        {t('offline.outbox.enteredAt', {
                          time: formatTime(e.createdAt, i18n.language),
                        })}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        </IonContent>
      </IonModal>
    </>
  );
}
