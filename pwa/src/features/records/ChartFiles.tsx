import { useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { TextField } from '../../app/components/TextField';
import { formatDateTime } from '../../app/format';
import { useSessionManager } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { AttachmentsDocument } from '../../gql/graphql';

/**
 * The patient's files (R19). They are served only with the caller's token, so a file opens
 * through fetch and a blob URL rather than a plain link.
 */
export function ChartFiles({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const session = useSessionManager();
  const errorText = useErrorText();
  const fileId = useId();
  const { data, error, loading, refetch } = useQuery(AttachmentsDocument, {
    variables: { patientId, first: 50 },
  });
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  function authHeader(): Record<string, string> {
    const token = session.getAccessToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  }

  async function open(url: string) {
    const res = await fetch(url, { headers: authHeader() });
    if (!res.ok) return;
    const blobUrl = URL.createObjectURL(await res.blob());
    window.open(blobUrl, '_blank', 'noopener');
    window.setTimeout(() => {
      URL.revokeObjectURL(blobUrl);
    }, 60_000);
  }

  async function upload(event: SyntheticEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setMessage(null);
    const params = new URLSearchParams({
      patientId,
      title: title.trim() || file.name,
      fileName: file.name,
    });
    try {
      const res = await fetch(`/files?${params.toString()}`, {
        method: 'POST',
        headers: { ...authHeader(), 'content-type': file.type || 'application/octet-stream' },
        body: file,
      });
      if (!res.ok) throw new Error(String(res.status));
      setMessage({ kind: 'success', text: t('records.files.uploaded') });
      setTitle('');
      setFile(null);
      await refetch();
    } catch {
      setMessage({ kind: 'error', text: t('records.files.failed') });
    } finally {
      setBusy(false);
    }
  }

  const files = data?.attachments.nodes;
  return (
    <>
      <section className="cg-card" aria-labelledby="files-title" data-testid="chart-files">
        <h2 id="files-title">{t('records.sections.files')}</h2>
        {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
        {loading && !files && <IonSpinner aria-label={t('app.loading')} />}
        {files?.length === 0 && <p className="cg-muted">{t('records.files.none')}</p>}
        <ul className="cg-rec-list">
          {files?.map((f) => (
            <li key={f.id} className="cg-rec-row">
              <span>
                <strong>{f.title}</strong>
                <span className="cg-rec-sub">
                  {f.fileName} · {Math.max(1, Math.round(f.sizeBytes / 1024))} KB ·{' '}
                  {formatDateTime(f.occurredAt, i18n.language)} · {f.recordedByName}
                </span>
              </span>
              <IonButton fill="outline" onClick={() => void open(f.url)}>
                {t('records.files.open')}
              </IonButton>
            </li>
          ))}
        </ul>
      </section>
      <section className="cg-card" aria-labelledby="upload-title">
        <h2 id="upload-title">{t('records.files.upload')}</h2>
        <form className="cg-form" onSubmit={(e) => void upload(e)}>
          {message && <Notice kind={message.kind}>{message.text}</Notice>}
          <TextField
            name="file-title"
            label={t('records.files.fileTitle')}
            value={title}
            onChange={setTitle}
          />
          <div className="cg-textarea">
            <label htmlFor={fileId}>{t('records.files.choose')}</label>
            <input
              id={fileId}
              type="file"
              accept="application/pdf,image/png,image/jpeg,image/webp"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
              }}
            />
          </div>
          <IonButton type="submit" disabled={!file || busy}>
            {busy ? t('records.files.uploading') : t('records.files.upload')}
          </IonButton>
        </form>
      </section>
    </>
  );
}
