import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import {
  arrowForwardOutline,
  documentTextOutline,
  flagOutline,
  handRightOutline,
  helpBuoyOutline,
  createOutline,
  pulseOutline,
} from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime, formatTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { emergencyAccess } from '../../features/emergency/access';
import { AmendForm } from '../../features/emergency/components/AmendForm';
import { LevelBadge } from '../../features/emergency/components/LevelBadge';
import { MoveForm } from '../../features/emergency/components/MoveForm';
import { OutcomeForm } from '../../features/emergency/components/OutcomeForm';
import { TriageForm } from '../../features/emergency/components/TriageForm';
import { WaitInfo } from '../../features/emergency/components/WaitInfo';
import '../../features/emergency/emergency.css';
import { useEmergencyError } from '../../features/emergency/emergency-error';
import { levelLook } from '../../features/emergency/triage';
import { useElapsedSince, useLiveQueue } from '../../features/emergency/use-live-queue';
import { tickWait } from '../../features/emergency/wait';
import { News2Badge } from '../../features/records/News2Badge';
import '../../features/records/records.css';
import '../../features/wards/wards.css';
import { EmergencyCaseDocument, TakeEmergencyCaseDocument } from '../../gql/graphql';

type Panel = 'triage' | 'move' | 'outcome' | 'amend' | null;

/**
 * One emergency case: who, level and wait, then what the account may do now (triage, take,
 * move, outcome; an amendment once closed), the triage history and the amendments. Live: a
 * colleague's change to this case is read again at once.
 */
export default function EmergencyCasePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { id = '' } = useParams();
  const location = useLocation();
  const arrived = new URLSearchParams(location.search).has('arrived');
  const { user } = useSession();
  const access = emergencyAccess(user);
  const errorText = useErrorText();
  const emergencyError = useEmergencyError();
  const [panel, setPanel] = useState<Panel>(null);
  const [feedback, setFeedback] = useState<{ kind: 'error' | 'success'; text: string } | null>(
    null,
  );
  const query = useQuery(EmergencyCaseDocument, {
    variables: { id, clinical: access.clinical },
  });
  useLiveQueue(() => query.refetch(), id);
  const c = query.data?.emergencyCase;
  // The case's wait comes with the case: tick it from when that answer arrived.
  const elapsed = useElapsedSince(
    c ? `${String(c.version)}:${String(c.wait.waitedMinutes)}` : undefined,
  );
  const [take, taking] = useMutation(TakeEmergencyCaseDocument, {
    refetchQueries: ['EmergencyQueue'],
  });

  const done = (text: string) => {
    setPanel(null);
    setFeedback({ kind: 'success', text });
    void query.refetch();
  };
  const open = (p: Panel) => {
    setFeedback(null);
    setPanel(p);
  };

  async function takeCase() {
    if (!c) return;
    setFeedback(null);
    try {
      await take({
        variables: { input: { caseId: c.id, expectedVersion: c.version }, clinical: true },
      });
      setFeedback({ kind: 'success', text: t('emergency.take.done') });
    } catch (e) {
      const read = emergencyError(e);
      setFeedback({ kind: 'error', text: read.message });
      if (read.refresh) void query.refetch();
    }
  }

  if (!c) {
    return (
      <PageLayout title={t('emergency.title')} backHref="/app/emergency">
        {query.error && (
          <Notice kind="error">{errorText.message(errorText.info(query.error))}</Notice>
        )}
        {query.loading && <IonSpinner aria-label={t('app.loading')} />}
      </PageLayout>
    );
  }

  const closed = c.status === 'CLOSED';
  const wait = tickWait(c, null, elapsed, !c.doctorAt && !closed);
  const mine = c.doctorUserId === user?.id;
  const place = c.areaLabel
    ? `${t(`emergency.area.${c.area}`)} · ${c.areaLabel}`
    : t(`emergency.area.${c.area}`);
  const age =
    c.unknownIdentity && c.estimatedAge !== null
      ? t('emergency.ageEstimated', { n: c.estimatedAge })
      : t('emergency.ageLong', { count: c.patient.age });

  return (
    <PageLayout title={c.patient.displayName} backHref="/app/emergency">
      <div
        className="cg-ed-case"
        data-testid="ed-case-detail"
        data-case-id={c.id}
        data-status={c.status}
        data-level={c.level ?? ''}
      >
        {arrived && !feedback && (
          <Notice kind="success">
            {t('emergency.arrival.done', { name: c.patient.displayName })}
          </Notice>
        )}
        {feedback && <Notice kind={feedback.kind}>{feedback.text}</Notice>}
        <section className="cg-card cg-ed-head" aria-labelledby="ed-head-title">
          <div className="cg-ed-head-level">
            <LevelBadge level={c.level} large />
          </div>
          <div className="cg-ed-head-main">
            <h2 id="ed-head-title">
              {c.patient.displayName}
              {c.unknownIdentity && (
                <span className="cg-ed-unknown" data-testid="ed-unknown">
                  <IonIcon icon={helpBuoyOutline} aria-hidden="true" />
                  {t('emergency.unknown')}
                </span>
              )}
            </h2>
            <p className="cg-muted">
              {age} · {t(`sex.${c.patient.sex}`)} · {c.patient.mrn}
            </p>
            <p>
              <strong>{t(`emergency.complaint.${c.complaint}`)}</strong>
              {c.complaintText && <> — {c.complaintText}</>}
            </p>
            <p className="cg-ed-meta">
              <span data-testid="ed-status">{t(`emergency.status.${c.status}`)}</span>
              <span>{place}</span>
              <span data-testid="ed-doctor">
                {c.doctorName
                  ? t('emergency.doctorName', { name: c.doctorName })
                  : t('emergency.noDoctor')}
              </span>
            </p>
          </div>
          <div className="cg-ed-head-wait">
            <WaitInfo wait={wait} stopped={Boolean(c.doctorAt) || closed} />
          </div>
        </section>

        {closed && <p className="cg-muted">{t('emergency.closedNotice')}</p>}
        <div className="cg-ed-actions" role="group" aria-label={t('emergency.title')}>
          {!closed && access.triage && (
            <IonButton
              size="large"
              fill={panel === 'triage' ? 'solid' : 'outline'}
              data-testid="ed-action-triage"
              onClick={() => {
                open('triage');
              }}
            >
              <IonIcon slot="start" icon={pulseOutline} aria-hidden="true" />
              {c.level ? t('emergency.actions.retriage') : t('emergency.actions.triage')}
            </IonButton>
          )}
          {!closed && access.take && !c.doctorUserId && (
            <IonButton
              size="large"
              disabled={taking.loading}
              data-testid="ed-action-take"
              onClick={() => void takeCase()}
            >
              <IonIcon slot="start" icon={handRightOutline} aria-hidden="true" />
              {taking.loading ? t('emergency.actions.taking') : t('emergency.actions.take')}
            </IonButton>
          )}
          {!closed && access.move && (
            <IonButton
              size="large"
              fill={panel === 'move' ? 'solid' : 'outline'}
              data-testid="ed-action-move"
              onClick={() => {
                open('move');
              }}
            >
              <IonIcon slot="start" icon={arrowForwardOutline} aria-hidden="true" />
              {t('emergency.actions.move')}
            </IonButton>
          )}
          {!closed && access.close && (mine || !c.doctorAt) && (
            <IonButton
              size="large"
              fill={panel === 'outcome' ? 'solid' : 'outline'}
              data-testid="ed-action-outcome"
              onClick={() => {
                open('outcome');
              }}
            >
              <IonIcon slot="start" icon={flagOutline} aria-hidden="true" />
              {t('emergency.actions.outcome')}
            </IonButton>
          )}
          {closed && access.amend && (
            <IonButton
              size="large"
              fill={panel === 'amend' ? 'solid' : 'outline'}
              data-testid="ed-action-amend"
              onClick={() => {
                open('amend');
              }}
            >
              <IonIcon slot="start" icon={createOutline} aria-hidden="true" />
              {t('emergency.actions.amend')}
            </IonButton>
          )}
          {access.chart && (
            <IonButton
              size="large"
              fill="clear"
              routerLink={`/app/patients/${c.patient.id}/chart`}
              data-testid="ed-chart"
            >
              <IonIcon slot="start" icon={documentTextOutline} aria-hidden="true" />
              {t('emergency.actions.chart')}
            </IonButton>
          )}
        </div>

        {panel === 'triage' && (
          <TriageForm
            c={c}
            onDone={done}
            onCancel={() => {
              setPanel(null);
            }}
          />
        )}
        {panel === 'move' && (
          <MoveForm
            c={c}
            onDone={done}
            onCancel={() => {
              setPanel(null);
            }}
          />
        )}
        {panel === 'outcome' && (
          <OutcomeForm
            c={c}
            onDone={done}
            onCancel={() => {
              setPanel(null);
            }}
          />
        )}
        {panel === 'amend' && (
          <AmendForm
            caseId={c.id}
            onDone={done}
            onCancel={() => {
              setPanel(null);
            }}
          />
        )}

        <section className="cg-card" aria-labelledby="ed-facts">
          <h2 id="ed-facts" className="cg-ed-sr">
            {t('emergency.title')}
          </h2>
          <dl className="cg-dl cg-ed-facts">
            <dt>{t('emergency.detail.arrived')}</dt>
            <dd>{formatDateTime(c.arrivedAt, lang)}</dd>
            <dt>{t('emergency.detail.mode')}</dt>
            <dd>{t(`emergency.mode.${c.mode}`)}</dd>
            <dt>{t('emergency.detail.registeredBy')}</dt>
            <dd>{c.registeredByName}</dd>
            {c.triagedAt && (
              <>
                <dt>{t('emergency.detail.triagedAt')}</dt>
                <dd>{formatTime(c.triagedAt, lang)}</dd>
              </>
            )}
            {c.identityDescription && (
              <>
                <dt>{t('emergency.detail.description')}</dt>
                <dd>{c.identityDescription}</dd>
              </>
            )}
            {c.outcome && (
              <>
                <dt>{t('emergency.detail.outcome')}</dt>
                <dd data-testid="ed-outcome-value">{t(`emergency.outcome.${c.outcome}`)}</dd>
              </>
            )}
            {c.transferTo && (
              <>
                <dt>{t('emergency.detail.transferTo')}</dt>
                <dd>{c.transferTo}</dd>
              </>
            )}
            {c.closedAt && (
              <>
                <dt>{t('emergency.detail.closedAt')}</dt>
                <dd>{formatDateTime(c.closedAt, lang)}</dd>
              </>
            )}
            {c.outcomeNote && (
              <>
                <dt>{t('emergency.detail.outcomeNote')}</dt>
                <dd>{c.outcomeNote}</dd>
              </>
            )}
          </dl>
        </section>

        {c.triages && (
          <section className="cg-card" aria-labelledby="ed-history" data-testid="ed-history">
            <h2 id="ed-history">{t('emergency.history')}</h2>
            {c.triages.length === 0 ? (
              <p className="cg-muted">{t('emergency.noTriage')}</p>
            ) : (
              <ol className="cg-ed-history">
                {c.triages.map((tr) => (
                  <li key={tr.id} data-testid="ed-triage" data-level={tr.level}>
                    <p>
                      <LevelBadge level={tr.level} />{' '}
                      {t('emergency.triageBy', {
                        level: t(levelLook(tr.level).key),
                        name: tr.byName,
                        time: formatTime(tr.at, lang),
                      })}
                    </p>
                    {tr.vitalsId && <News2Badge score={tr.news2Score} risk={tr.news2Risk} />}
                    {tr.note && <p className="cg-ed-note">{tr.note}</p>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}

        {c.amendments && closed && (
          <section className="cg-card" aria-labelledby="ed-amendments">
            <h2 id="ed-amendments">{t('emergency.amendments')}</h2>
            {c.amendments.length === 0 ? (
              <p className="cg-muted">{t('emergency.noAmendment')}</p>
            ) : (
              <ol className="cg-ed-history">
                {c.amendments.map((a) => (
                  <li key={a.id} data-testid="ed-amendment">
                    <p>
                      <strong>{a.reason}</strong> —{' '}
                      {t('emergency.amendmentBy', {
                        name: a.byName,
                        time: formatDateTime(a.at, lang),
                      })}
                    </p>
                    <p className="cg-ed-note">{a.note}</p>
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}
      </div>
    </PageLayout>
  );
}
