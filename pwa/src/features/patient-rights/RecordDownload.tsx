import { useApolloClient } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { codeDownloadOutline, documentTextOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { useErrorText } from '../../app/use-error-text';
import { MyRecordExportDocument, MyRecordPdfDocument } from '../../gql/graphql';
import { base64Blob, saveFile } from './download';
import './patient-rights.css';

type Busy = 'json' | 'pdf' | null;

/**
 * "Télécharger mon dossier": the patient's whole record as a FHIR R4 JSON bundle (for another
 * hospital or an app) or as a PDF to read. Fetched on demand, never cached on the device.
 */
export function RecordDownload({ mrn }: { mrn: string }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<Busy>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function fetchFile(kind: 'json' | 'pdf') {
    setBusy(kind);
    setDone(null);
    setFailure(null);
    try {
      if (kind === 'json') {
        const { data } = await client.query({
          query: MyRecordExportDocument,
          fetchPolicy: 'no-cache',
        });
        if (!data) return;
        const name = `dossier-${mrn}.fhir.json`;
        saveFile(
          name,
          new Blob([JSON.stringify(data.myRecordExport, null, 2)], {
            type: 'application/fhir+json',
          }),
        );
        setDone(name);
      } else {
        const { data } = await client.query({
          query: MyRecordPdfDocument,
          variables: { language: i18n.language.startsWith('en') ? 'en' : 'fr' },
          fetchPolicy: 'no-cache',
        });
        if (!data) return;
        const doc = data.myRecordPdf;
        saveFile(doc.fileName, base64Blob(doc.base64, doc.contentType));
        setDone(doc.fileName);
      }
    } catch (e) {
      setFailure(errorText.message(errorText.info(e)));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="cg-card" aria-labelledby="record-title" data-testid="record-download">
      <h2 id="record-title">{t('rights.recordTitle')}</h2>
      <p>{t('rights.recordText')}</p>
      {failure && <Notice kind="error">{failure}</Notice>}
      {done && <Notice kind="success">{t('rights.downloaded', { name: done })}</Notice>}
      <div className="cg-rights-downloads">
        <div>
          <IonButton
            expand="block"
            disabled={busy !== null}
            data-testid="download-pdf"
            onClick={() => void fetchFile('pdf')}
          >
            <IonIcon slot="start" icon={documentTextOutline} aria-hidden="true" />
            {busy === 'pdf' ? t('rights.preparing') : t('rights.downloadPdf')}
          </IonButton>
          <p className="cg-rights-help">{t('rights.downloadPdfHelp')}</p>
        </div>
        <div>
          <IonButton
            expand="block"
            fill="outline"
            disabled={busy !== null}
            data-testid="download-json"
            onClick={() => void fetchFile('json')}
          >
            <IonIcon slot="start" icon={codeDownloadOutline} aria-hidden="true" />
            {busy === 'json' ? t('rights.preparing') : t('rights.downloadJson')}
          </IonButton>
          <p className="cg-rights-help">{t('rights.downloadJsonHelp')}</p>
        </div>
      </div>
    </section>
  );
}
