import PDFDocument from 'pdfkit';
import { InvoiceKind } from './billing-enums.js';
import type { Invoice, InvoiceLine } from './invoice.entity.js';
import { formatMoney } from './money.js';
import type { Payment } from './payment.entity.js';

export type DocLanguage = 'fr' | 'en';

const WORDS = {
  fr: {
    invoice: 'Facture',
    creditNote: 'Avoir',
    receipt: 'Reçu',
    number: 'N°',
    issued: 'Émise le',
    patient: 'Patient',
    insurer: 'Assureur',
    member: 'N° d’adhérent',
    act: 'Acte',
    date: 'Date',
    qty: 'Qté',
    unit: 'P.U.',
    amount: 'Montant',
    insurerShare: 'Part assureur',
    patientShare: 'Part patient',
    total: 'Total',
    paid: 'Déjà payé',
    balance: 'Reste à payer',
    cancels: 'Annule la facture',
    reason: 'Motif',
    received: 'Reçu le',
    method: 'Mode de paiement',
    reference: 'Référence',
    forInvoice: 'Pour la facture',
    refund: 'Remboursement',
    cashier: 'Caissier',
    methods: {
      CASH: 'Espèces',
      CARD: 'Carte',
      INSURANCE: 'Assurance',
      MOBILE_MONEY: 'Mobile money',
      BANK_TRANSFER: 'Virement',
    },
  },
  en: {
    invoice: 'Invoice',
    creditNote: 'Credit note',
    receipt: 'Receipt',
    number: 'No.',
    issued: 'Issued on',
    patient: 'Patient',
    insurer: 'Insurer',
    member: 'Member number',
    act: 'Item',
    date: 'Date',
    qty: 'Qty',
    unit: 'Unit',
    amount: 'Amount',
    insurerShare: 'Insurer share',
    patientShare: 'Patient share',
    total: 'Total',
    paid: 'Already paid',
    balance: 'Balance due',
    cancels: 'Cancels invoice',
    reason: 'Reason',
    received: 'Received on',
    method: 'Payment method',
    reference: 'Reference',
    forInvoice: 'For invoice',
    refund: 'Refund',
    cashier: 'Cashier',
    methods: {
      CASH: 'Cash',
      CARD: 'Card',
      INSURANCE: 'Insurance',
      MOBILE_MONEY: 'Mobile money',
      BANK_TRANSFER: 'Bank transfer',
    },
  },
} satisfies Record<DocLanguage, unknown>;

/** Standard PDF fonts speak WinAnsi: Intl's narrow and non-breaking spaces become plain ones. */
function pdfText(text: string): string {
  return text.replace(/[\u202f\u00a0\u2009]/g, ' ');
}

function day(at: Date, lang: DocLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(at);
}

function render(build: (doc: PDFKit.PDFDocument) => void, title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: { Title: title, Author: 'CareGraph' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => {
      chunks.push(c);
    });
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
    build(doc);
    doc.end();
  });
}

export interface DocContext {
  hospitalName: string;
  timeZone: string;
  lang: DocLanguage;
}

/** An invoice or a credit note as a one-page (or more) A4 PDF, in one language. */
export function invoicePdf(
  invoice: Invoice,
  lines: readonly InvoiceLine[],
  credited: Invoice | null,
  c: DocContext,
): Promise<Buffer> {
  const w = WORDS[c.lang];
  const money = (minor: number) => pdfText(formatMoney(minor, invoice.currency, c.lang));
  const title = `${invoice.kind === InvoiceKind.CREDIT_NOTE ? w.creditNote : w.invoice} ${invoice.number ?? ''}`;
  return render((doc) => {
    doc.font('Helvetica-Bold').fontSize(16).text(pdfText(c.hospitalName));
    doc.moveDown(0.5).fontSize(14).text(pdfText(title));
    doc.font('Helvetica').fontSize(10);
    if (invoice.issuedAt) doc.text(`${w.issued} ${day(invoice.issuedAt, c.lang, c.timeZone)}`);
    doc.moveDown(0.5).text(pdfText(`${w.patient} : ${invoice.patientName}`));
    if (invoice.payer) {
      doc.text(pdfText(`${w.insurer} : ${invoice.payer}`));
      if (invoice.memberNumber) doc.text(pdfText(`${w.member} : ${invoice.memberNumber}`));
    }
    if (credited) {
      doc.moveDown(0.5).text(pdfText(`${w.cancels} ${credited.number ?? ''}`));
      if (invoice.reason) doc.text(pdfText(`${w.reason} : ${invoice.reason}`));
    }
    doc.moveDown();
    const cols = [48, 110, 300, 335, 400, 470];
    const widthOf = (i: number) => (cols[i + 1] ?? 547) - (cols[i] ?? 0) - 4;
    const header = [w.date, w.act, w.qty, w.unit, w.amount, w.patientShare];
    doc.font('Helvetica-Bold');
    let y = doc.y;
    header.forEach((h, i) => doc.text(h, cols[i], y, { width: widthOf(i) }));
    doc.font('Helvetica');
    for (const l of lines) {
      y = doc.y + 4;
      if (y > 760) {
        doc.addPage();
        y = doc.y;
      }
      const cells = [
        day(l.occurredAt, c.lang, c.timeZone),
        pdfText(c.lang === 'fr' ? l.labelFr : l.labelEn),
        String(l.quantity),
        money(l.unitMinor),
        money(l.amountMinor),
        money(l.patientMinor),
      ];
      let bottom = y;
      cells.forEach((cell, i) => {
        doc.text(cell, cols[i], y, { width: widthOf(i) });
        bottom = Math.max(bottom, doc.y);
      });
      doc.y = bottom;
    }
    doc.moveDown();
    const totals: [string, number][] = [
      [w.total, invoice.totalMinor],
      [w.insurerShare, invoice.insurerMinor],
      [w.patientShare, invoice.patientMinor],
    ];
    if (invoice.kind === InvoiceKind.INVOICE) {
      totals.push([w.paid, invoice.paidPatientMinor + invoice.paidInsurerMinor]);
      totals.push([w.balance, invoice.balanceMinor]);
    }
    for (const [label, minor] of totals) {
      y = doc.y;
      doc.font(label === w.balance ? 'Helvetica-Bold' : 'Helvetica');
      doc.text(label, 300, y, { width: 160 });
      doc.text(money(minor), 460, y, { width: 87, align: 'right' });
    }
  }, title);
}

/** A payment's (or refund's) receipt. */
export function receiptPdf(payment: Payment, invoice: Invoice, c: DocContext): Promise<Buffer> {
  const w = WORDS[c.lang];
  const money = (minor: number) => pdfText(formatMoney(minor, invoice.currency, c.lang));
  const refund = payment.amountMinor < 0;
  const title = `${refund ? w.refund : w.receipt} ${payment.receiptNumber}`;
  return render((doc) => {
    doc.font('Helvetica-Bold').fontSize(16).text(pdfText(c.hospitalName));
    doc.moveDown(0.5).fontSize(14).text(pdfText(title));
    doc.font('Helvetica').fontSize(11).moveDown(0.5);
    doc.text(`${w.received} ${day(payment.receivedAt, c.lang, c.timeZone)}`);
    doc.text(pdfText(`${w.patient} : ${invoice.patientName}`));
    doc.text(pdfText(`${w.forInvoice} ${invoice.number ?? ''}`));
    doc.text(`${w.method} : ${w.methods[payment.method]}`);
    if (payment.reference) doc.text(pdfText(`${w.reference} : ${payment.reference}`));
    if (payment.reason) doc.text(pdfText(`${w.reason} : ${payment.reason}`));
    doc.text(pdfText(`${w.cashier} : ${payment.receivedByName}`));
    doc
      .moveDown()
      .font('Helvetica-Bold')
      .fontSize(14)
      .text(`${w.amount} : ${money(payment.amountMinor)}`);
    doc.font('Helvetica').fontSize(11).moveDown(0.5);
    doc.text(`${w.balance} : ${money(invoice.balanceMinor)}`);
  }, title);
}
