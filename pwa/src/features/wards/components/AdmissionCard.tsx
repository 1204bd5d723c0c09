import { useMutation } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { closeCircleOutline, createOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Facts, type Fact } from '../../../app/components/Facts';
import { Notice } from '../../../app/components/Notice';
import { formatDateTime } from '../../../app/format';
import { WriteDischargeSummaryDocument, type PatientAdmissionsQuery } from '../../../gql/graphql';
import { useWardsError } from '../wards-error';
import { TextArea } from './fields';

export type StayRecord = PatientAdmissionsQuery['admissions'][number];

/**
 * One admission of a patient: its dates (24-hour, hospital time), each bed with the reason of the
 * transfer that led there, the attending doctor, where the patient went, the discharge summary.
 * An admission entered in error is struck through and says so in words, with its reason. A doctor
 * (WRITE_DISCHARGE_SUMMARY) writes or edits the summary of a discharged stay.
 */
export function AdmissionCard({
  admission: a,
  clinical,
  canWriteSummary,
}: {
  admission: StayRecord;
  /** The reason and the summary were asked for (the care team). */
  clinical: boolean;
  canWriteSummary: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const wardsError = useWardsError();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [write, { loading }] = useMutation(WriteDischargeSummaryDocument);
  const cancelled = a.status === 'CANCELLED';
  const mayWrite = clinical && canWriteSummary && a.status === 'DISCHARGED';

  async function save() {
    setMessage(null);
    if (!draft.trim()) {
      setError(t('validation.required'));
      return;
    }
    setError(undefined);
    try {
      await write({ variables: { input: { admissionId: a.id, summary: draft.trim() } } });
      setEditing(false);
      setMessage({ kind: 'success', text: t('wards.stays.summarySaved') });
    } catch (e) {
      const failure = wardsError(e);
      setError(failure.fields.summary);
      setMessage({ kind: 'error', text: failure.message });
    }
  }

  const facts: Fact[] = [
    [t('wards.stays.admitted'), formatDateTime(a.admittedAt, lang)],
    ...(clinical ? [[t('wards.stays.reason'), a.reason] as const] : []),
    [t('wards.stays.source'), t(`wards.admit.sources.${a.source}`)],
    [t('wards.stays.attending'), a.attendingName],
  ];
  if (a.dischargedAt) {
    facts.push([t('wards.stays.discharged'), formatDateTime(a.dischargedAt, lang)]);
  }
  if (a.dischargeDestination) {
    facts.push([
      t('wards.stays.destination'),
      t(`wards.discharge.destinations.${a.dischargeDestination}`),
    ]);
  }

  return (
    <article
      className={`cg-card cg-stay${cancelled ? ' cg-stay-cancelled' : ''}`}
      data-testid="stay"
      data-status={a.status}
      aria-labelledby={`stay-${a.id}`}
    >
      <h2 id={`stay-${a.id}`} className="cg-stay-title">
        <span className={`cg-stay-status cg-stay-status-${a.status}`}>
          {cancelled && <IonIcon icon={closeCircleOutline} aria-hidden="true" />}
          {t(`wards.stays.status.${a.status}`)}
        </span>
        <span className="cg-stay-dates">
          {a.dischargedAt || a.cancelledAt
            ? t('wards.stays.fromTo', {
                from: formatDateTime(a.admittedAt, lang),
                to: formatDateTime(a.dischargedAt ?? a.cancelledAt ?? '', lang),
              })
            : t('wards.stays.from', { from: formatDateTime(a.admittedAt, lang) })}
        </span>
      </h2>
      {cancelled && (
        <p className="cg-stay-cancel-reason" data-testid="stay-cancel-reason">
          {t('wards.stays.cancelled', {
            when: a.cancelledAt ? formatDateTime(a.cancelledAt, lang) : '—',
            reason: a.cancelReason ?? '—',
          })}
        </p>
      )}
      <div className="cg-stay-body">
        <Facts rows={facts} empty="—" />
        <h3 className="cg-flow-title">{t('wards.stays.beds')}</h3>
        <ol className="cg-stay-beds">
          {a.stays.map((s) => (
            <li key={s.id} data-testid="stay-bed">
              <strong>{t('wards.stays.bedStay', { bed: s.bed.label, ward: s.ward.name })}</strong>
              <span>
                {s.endedAt
                  ? t('wards.stays.fromTo', {
                      from: formatDateTime(s.startedAt, lang),
                      to: formatDateTime(s.endedAt, lang),
                    })
                  : t('wards.stays.from', { from: formatDateTime(s.startedAt, lang) })}
              </span>
              {s.transferReason && (
                <span className="cg-muted">
                  {t('wards.stays.transferReason', { reason: s.transferReason })}
                </span>
              )}
            </li>
          ))}
        </ol>
      </div>
      {!cancelled && clinical && (
        <section className="cg-stay-summary" aria-labelledby={`summary-${a.id}`}>
          <h3 id={`summary-${a.id}`} className="cg-flow-title">
            {t('wards.stays.summary')}
          </h3>
          {message && <Notice kind={message.kind}>{message.text}</Notice>}
          {editing ? (
            <form
              className="cg-form"
              noValidate
              data-testid="summary-form"
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <TextArea
                name="summary"
                label={t('wards.stays.summary')}
                value={draft}
                error={error}
                rows={8}
                onChange={setDraft}
              />
              <div className="cg-stay-summary-actions">
                <IonButton type="submit" disabled={loading} data-testid="summary-save">
                  {t('wards.stays.saveSummary')}
                </IonButton>
                <IonButton
                  fill="outline"
                  onClick={() => {
                    setEditing(false);
                    setError(undefined);
                  }}
                >
                  {t('wards.stays.cancelEdit')}
                </IonButton>
              </div>
            </form>
          ) : (
            <>
              {a.dischargeSummary ? (
                <p className="cg-stay-summary-text" data-testid="stay-summary">
                  {a.dischargeSummary}
                </p>
              ) : (
                <p className="cg-muted">{t('wards.stays.noSummary')}</p>
              )}
              {mayWrite && (
                <IonButton
                  fill="outline"
                  data-testid="summary-edit"
                  onClick={() => {
                    setDraft(a.dischargeSummary ?? '');
                    setMessage(null);
                    setEditing(true);
                  }}
                >
                  <IonIcon slot="start" icon={createOutline} aria-hidden="true" />
                  {a.dischargeSummary
                    ? t('wards.stays.editSummary')
                    : t('wards.stays.writeSummary')}
                </IonButton>
              )}
            </>
          )}
        </section>
      )}
    </article>
  );
}
