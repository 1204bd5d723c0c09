import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonLabel, IonSegment, IonSegmentButton, IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import {
  EmergencyAccessesDocument,
  ReviewEmergencyAccessDocument,
  type EmergencyAccessDecision,
  type EmergencyAccessesQuery,
} from '../../gql/graphql';
import { ReasonField } from './ReasonField';
import './break-glass.css';

type Row = EmergencyAccessesQuery['emergencyAccesses']['nodes'][number];
type Filter = 'PENDING' | 'ALL';
const PAGE_SIZE = 20;

/** A manager's verdict on one emergency access: acknowledge, or flag with a note. */
function ReviewForm({ row }: { row: Row }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [review, { loading }] = useMutation(ReviewEmergencyAccessDocument, {
    refetchQueries: ['EmergencyAccesses'],
    awaitRefetchQueries: true,
  });

  async function decide(decision: EmergencyAccessDecision) {
    setProblem(null);
    if (decision === 'FLAGGED' && !note.trim()) {
      setProblem(t('breakGlass.noteRequired'));
      return;
    }
    try {
      await review({ variables: { input: { id: row.id, decision, note: note.trim() || null } } });
    } catch (e) {
      setProblem(errorText.message(errorText.info(e)));
    }
  }

  return (
    <div data-testid="emergency-access-review">
      <ReasonField
        name={`note-${row.id}`}
        label={t('breakGlass.note')}
        value={note}
        onChange={setNote}
        help={t('breakGlass.noteHelp')}
        error={problem}
      />
      <div className="cg-glass-buttons">
        <IonButton
          disabled={loading}
          data-testid="emergency-access-acknowledge"
          onClick={() => void decide('ACKNOWLEDGED')}
        >
          {t('breakGlass.acknowledge')}
        </IonButton>
        <IonButton
          color="danger"
          fill="outline"
          disabled={loading}
          data-testid="emergency-access-flag"
          onClick={() => void decide('FLAGGED')}
        >
          {t('breakGlass.flag')}
        </IonButton>
      </div>
    </div>
  );
}

function EmergencyAccessItem({ row }: { row: Row }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const badge =
    row.status === 'FLAGGED'
      ? 'cg-badge cg-badge-danger'
      : row.status === 'PENDING'
        ? 'cg-badge cg-badge-warn'
        : 'cg-badge';
  return (
    <li
      className="cg-card cg-glass-item"
      data-testid="emergency-access"
      data-status={row.status}
      aria-labelledby={`glass-${row.id}`}
    >
      <h3 id={`glass-${row.id}`}>
        {t('breakGlass.who', { name: row.clinicianName, role: t(`roles.${row.clinicianRole}`) })}
      </h3>
      <span className={badge}>{t(`breakGlass.statuses.${row.status}`)}</span>
      <dl>
        <dt>{t('breakGlass.patient')}</dt>
        <dd>{row.patientName}</dd>
        <dt>{t('breakGlass.reasonLabel')}</dt>
        <dd>{row.reason}</dd>
        <dt>{t('breakGlass.opened')}</dt>
        <dd>{when(row.openedAt)}</dd>
        <dt>{t('breakGlass.until')}</dt>
        <dd>
          {when(row.expiresAt)}
          {row.active ? ` — ${t('breakGlass.activeNow')}` : ''}
        </dd>
        {row.reviewNote && (
          <>
            <dt>{t('breakGlass.note')}</dt>
            <dd>{row.reviewNote}</dd>
          </>
        )}
      </dl>
      {row.reviewedByName && row.reviewedAt && (
        <p className="cg-muted">
          {t('breakGlass.reviewedBy', { name: row.reviewedByName, when: when(row.reviewedAt) })}
        </p>
      )}
      {row.status === 'PENDING' && <ReviewForm row={row} />}
    </li>
  );
}

/** The managers' review list: emergency accesses to review first, or all of them. */
export function EmergencyAccessList() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filter, setFilter] = useState<Filter>('PENDING');
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, loading, fetchMore } = useQuery(EmergencyAccessesDocument, {
    variables: { status: filter === 'PENDING' ? 'PENDING' : null, first: PAGE_SIZE },
  });
  const page = data?.emergencyAccesses;
  return (
    <>
      <IonSegment
        value={filter}
        aria-label={t('breakGlass.filter')}
        onIonChange={(e) => {
          setFilter(e.detail.value === 'ALL' ? 'ALL' : 'PENDING');
        }}
      >
        {(['PENDING', 'ALL'] as const).map((f) => (
          <IonSegmentButton key={f} value={f} data-testid={`glass-filter-${f}`}>
            <IonLabel>{t(`breakGlass.filters.${f}`)}</IonLabel>
          </IonSegmentButton>
        ))}
      </IonSegment>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !page && <IonSpinner aria-label={t('app.loading')} />}
      {page?.nodes.length === 0 && <p className="cg-muted">{t('breakGlass.none')}</p>}
      <ul className="cg-glass-list">
        {page?.nodes.map((row) => (
          <EmergencyAccessItem key={row.id} row={row} />
        ))}
      </ul>
      {page?.pageInfo.hasNextPage && (
        <IonButton
          fill="outline"
          disabled={loadingMore}
          onClick={() => {
            setLoadingMore(true);
            void fetchMore({ variables: { after: page.pageInfo.endCursor } }).finally(() => {
              setLoadingMore(false);
            });
          }}
        >
          {t('breakGlass.more')}
        </IonButton>
      )}
    </>
  );
}
