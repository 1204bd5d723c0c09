import { useApolloClient } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { downloadOutline, printOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvoicePdfDocument, ReceiptPdfDocument, type Locale } from '../../../gql/graphql';
import { useErrorText } from '../../../app/use-error-text';
import { downloadPdf, openPdf, type PdfDocument } from '../pdf';

/**
 * Downloads (or opens to print) an invoice's or a receipt's PDF, in the reader's language. The
 * PDF is asked for when the button is pressed, never cached: it holds a patient's details.
 */
export function PdfButton({
  of,
  id,
  label,
  print = false,
  testId,
  fill = 'outline',
}: {
  of: 'invoice' | 'receipt';
  id: string;
  label: string;
  print?: boolean;
  testId: string;
  fill?: 'outline' | 'solid' | 'clear';
}) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const language: Locale = i18n.language.startsWith('fr') ? 'fr' : 'en';

  async function fetchDoc(): Promise<PdfDocument> {
    if (of === 'invoice') {
      const { data } = await client.query({
        query: InvoicePdfDocument,
        variables: { invoiceId: id, language },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('no PDF');
      return data.invoicePdf;
    }
    const { data } = await client.query({
      query: ReceiptPdfDocument,
      variables: { paymentId: id, language },
      fetchPolicy: 'no-cache',
    });
    if (!data) throw new Error('no PDF');
    return data.receiptPdf;
  }

  async function run() {
    setFailure(null);
    setBusy(true);
    // A tab opened in the tap itself, or a pop-up blocker refuses it once the PDF arrives.
    const tab = print ? window.open('', '_blank') : null;
    try {
      const doc = await fetchDoc();
      if (print) openPdf(doc, tab);
      else downloadPdf(doc);
    } catch (e) {
      tab?.close();
      setFailure(errorText.message(errorText.info(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <IonButton
        fill={fill}
        data-testid={testId}
        disabled={busy}
        onClick={() => {
          void run();
        }}
      >
        <IonIcon slot="start" icon={print ? printOutline : downloadOutline} aria-hidden="true" />
        {busy ? t('billing.downloading') : label}
      </IonButton>
      {failure && (
        <p className="cg-field-error" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
