import { useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import { MailOutboxDocument, type MailOutboxQuery, type MailStatus } from '../../gql/graphql';

const PAGE_SIZE = 20;
const STATUSES: readonly MailStatus[] = ['QUEUED', 'SENT', 'FAILED'];
type Mail = MailOutboxQuery['mailOutbox']['nodes'][number];

function MailItem({ mail }: { mail: Mail }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const textId = `mail-text-${mail.id}`;
  const badge =
    mail.status === 'FAILED'
      ? ' cg-badge-danger'
      : mail.status === 'QUEUED'
        ? ' cg-badge-warn'
        : '';
  return (
    <li className="cg-card" data-testid="mail-item" data-status={mail.status}>
      <h3>{mail.subject}</h3>
      <p>
        <span className={`cg-badge${badge}`}>{t(`mail.${mail.status}`)}</span>{' '}
        <span className="cg-badge">{t(`mail.${mail.kind}`)}</span>
      </p>
      <dl className="cg-dl">
        <dt>{t('mail.to')}</dt>
        <dd>{mail.to}</dd>
        <dt>{t('mail.written')}</dt>
        <dd>{formatDateTime(mail.createdAt, i18n.language)}</dd>
        {mail.sentAt && (
          <>
            <dt>{t('mail.sentAt')}</dt>
            <dd>{formatDateTime(mail.sentAt, i18n.language)}</dd>
          </>
        )}
        {mail.attempts > 1 && (
          <>
            <dt>{t('mail.attempts')}</dt>
            <dd>{mail.attempts}</dd>
          </>
        )}
        {mail.error && (
          <>
            <dt>{t('mail.error')}</dt>
            <dd>{mail.error}</dd>
          </>
        )}
      </dl>
      <IonButton
        fill="clear"
        size="small"
        aria-expanded={open}
        aria-controls={textId}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        {open ? t('mail.hide') : t('mail.show')}
      </IonButton>
      {open && (
        <pre id={textId} className="cg-mail-text" data-testid="mail-text">
          {mail.text}
        </pre>
      )}
    </li>
  );
}

/** The outbox for administrators: who was mailed what, and whether it left. */
export default function MailOutboxPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [status, setStatus] = useState<MailStatus | ''>('');
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, loading, fetchMore } = useQuery(MailOutboxDocument, {
    variables: { status: status || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const outbox = data?.mailOutbox;

  return (
    <PageLayout title={t('mail.title')}>
      <div className="cg-filters">
        <SelectField<MailStatus>
          name="status"
          label={t('mail.status')}
          value={status}
          options={[
            { value: '', label: t('mail.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`mail.${s}`) })),
          ]}
          onChange={setStatus}
        />
      </div>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {outbox && (
        <p className="cg-list-meta" aria-live="polite">
          {t('mail.count', { count: outbox.totalCount })}
        </p>
      )}
      {loading && !outbox && <IonSpinner aria-label={t('app.loading')} />}
      {outbox?.nodes.length === 0 && <p className="cg-muted">{t('mail.empty')}</p>}
      {outbox && outbox.nodes.length > 0 && (
        <ul className="cg-plain-list" data-testid="mail-list">
          {outbox.nodes.map((m) => (
            <MailItem key={m.id} mail={m} />
          ))}
        </ul>
      )}
      {outbox?.pageInfo.hasNextPage && (
        <IonButton
          expand="block"
          fill="outline"
          disabled={loadingMore}
          onClick={() => {
            setLoadingMore(true);
            void fetchMore({ variables: { after: outbox.pageInfo.endCursor } }).finally(() => {
              setLoadingMore(false);
            });
          }}
        >
          {t('mail.loadMore')}
        </IonButton>
      )}
    </PageLayout>
  );
}
