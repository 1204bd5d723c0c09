/** A PDF as the API sends it (`BillingDocument`): base64 with a file name. */
export interface PdfDocument {
  fileName: string;
  contentType: string;
  base64: string;
}

/** The bytes of a base64 text (the API's PDFs), without going through a data URL. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

function blobOf(doc: PdfDocument): Blob {
  return new Blob([base64ToBytes(doc.base64)], { type: doc.contentType || 'application/pdf' });
}

/** Saves the PDF under its own file name (the browser's download). */
export function downloadPdf(doc: PdfDocument): void {
  const url = URL.createObjectURL(blobOf(doc));
  const a = document.createElement('a');
  a.href = url;
  a.download = doc.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the element; the URL may go once the click is handled.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 30_000);
}

/** Opens the PDF in a new tab, where the browser's viewer prints it. */
export function openPdf(doc: PdfDocument, target: Window | null): void {
  const url = URL.createObjectURL(blobOf(doc));
  if (target) target.location.href = url;
  else window.open(url, '_blank', 'noopener');
}
