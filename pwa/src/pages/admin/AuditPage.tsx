import { useQuery } from '@apollo/client/react';
import { IonButton, IonItem, IonLabel, IonList, IonSpinner } from '@ionic/react';
import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import {
  EMPTY_AUDIT_FILTER,
  toAuditFilter,
  type AuditFilterForm,
} from '../../features/audit/audit-filter';
import { AuditEventsDocument, type AuditOutcome } from '../../gql/graphql';

const OUTCOMES: readonly AuditOutcome[] = ['SUCCESS', 'FAILURE', 'DENIED'];
const PAGE_SIZE = 30;

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const [applied, setApplied] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const [loadingMore, setLoadingMore] = useState(false);
  const filter = useMemo(() => toAuditFilter(applied), [applied]);
  const { data, error, loading, fetchMore } = useQuery(AuditEventsDocument, {
    variables: { filter, first: PAGE_SIZE },
  });
  const events = data?.auditEvents;
  const set = (field: keyof AuditFilterForm) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
  };

  function apply(event: SyntheticEvent) {
    event.preventDefault();
    setApplied(form);
  }

  return (
    <PageLayout title={t('audit.title')}>
      <section className="cg-card" aria-labelledby="audit-filters">
        <h2 id="audit-filters">{t('audit.filters')}</h2>
        <form className="cg-form" onSubmit={apply} noValidate>
          <div className="cg-filters">
            <TextField
              name="actorId"
              label={t('audit.actor')}
              value={form.actorId}
              onChange={set('actorId')}
            />
            <TextField
              name="patientId"
              label={t('audit.patient')}
              value={form.patientId}
              onChange={set('patientId')}
            />
            <TextField
              name="action"
              label={t('audit.action')}
              value={form.action}
              onChange={set('action')}
            />
            <SelectField<AuditOutcome>
              name="outcome"
              label={t('audit.outcome')}
              value={form.outcome}
              options={[
                { value: '', label: t('audit.anyOutcome') },
                ...OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) })),
              ]}
              onChange={set('outcome')}
            />
            <TextField
              name="from"
              type="date"
              label={t('audit.from')}
              value={form.from}
              onChange={set('from')}
            />
            <TextField
              name="to"
              type="date"
              label={t('audit.to')}
              value={form.to}
              onChange={set('to')}
            />
          </div>
          <div className="cg-actions">
            <IonButton
              fill="outline"
              onClick={() => {
                setForm(EMPTY_AUDIT_FILTER);
                setApplied(EMPTY_AUDIT_FILTER);
              }}
            >
              {t('audit.clear')}
            </IonButton>
            <IonButton type="submit" data-testid="apply-filters">
              {t('audit.apply')}
            </IonButton>
          </div>
        </form>
      </section>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {events && (
        <p className="cg-list-meta" aria-live="polite">
          {t('audit.count', { count: events.totalCount })}
        </p>
      )}
      {loading && !events && <IonSpinner aria-label={t('app.loading')} />}
      {events?.nodes.length === 0 && <p className="cg-muted">{t('audit.empty')}</p>}
      {events && events.nodes.length > 0 && (
        <IonList inset lines="full" data-testid="audit-list">
          {events.nodes.map((e) => (
            <IonItem key={e.id}>
              <IonLabel className="ion-text-wrap">
                <h3>
                  <code>{e.action}</code>{' '}
                  <span className={`cg-badge${e.outcome === 'SUCCESS' ? '' : ' cg-badge-danger'}`}>
                    {t(`audit.outcomes.${e.outcome}`)}
                  </span>
                </h3>
                <p>
                  {formatDateTime(e.occurredAt, i18n.language)} ·{' '}
                  {e.actorId
                    ? `${e.actorRole ? t(`roles.${e.actorRole as 'ADMIN'}`) : ''} ${e.actorId}`
                    : t('audit.anonymous')}
                </p>
                {(e.targetType ?? e.patientId) && (
                  <p>
                    {t('audit.target')}: {e.targetType} {e.targetId}
                    {e.patientId ? ` · ${t('audit.patient')}: ${e.patientId}` : ''}
                  </p>
                )}
              </IonLabel>
            </IonItem>
          ))}
        </IonList>
      )}
      {events?.pageInfo.hasNextPage && (
        <IonButton
          expand="block"
          fill="outline"
          disabled={loadingMore}
          onClick={() => {
            setLoadingMore(true);
            void fetchMore({ variables: { after: events.pageInfo.endCursor } }).finally(() => {
              setLoadingMore(false);
            });
          }}
        >
          {t('audit.loadMore')}
        </IonButton>
      )}
    </PageLayout>
  );
}
