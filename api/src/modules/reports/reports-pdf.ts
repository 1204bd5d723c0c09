import PDFDocument from 'pdfkit';
import { majorUnits } from './csv.js';
import { AGE_LABELS, WORDS, type ReportLanguage } from './report-words.js';
import type { Dashboard } from './reports.types.js';

export interface SummaryContext {
  hospitalName: string;
  lang: ReportLanguage;
  currency: string;
  /** When it was produced, as the reader says it (hospital time, 24-hour). */
  generatedAt: string;
}

/** Standard PDF fonts speak WinAnsi: Intl's narrow and non-breaking spaces become plain ones. */
function pdfText(text: string): string {
  return text.replace(/[\u202f\u00a0\u2009]/g, ' ');
}

/**
 * The period's one-page A4 summary: the key figures of every section the caller reads, in one
 * language. Counts are written as the CSV's are (`count` decides the "< 5").
 */
export function summaryPdf(
  d: Dashboard,
  c: SummaryContext,
  count: (n: number) => string,
): Promise<Buffer> {
  const w = WORDS[c.lang];
  const locale = c.lang === 'fr' ? 'fr-FR' : 'en-GB';
  const money = (minor: number) => {
    const digits = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: c.currency,
    }).resolvedOptions().maximumFractionDigits as number;
    // Through text, so that no amount becomes a binary fraction on its way out.
    const text = majorUnits(minor, digits, ',') as unknown as number;
    return pdfText(
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: c.currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(text),
    );
  };
  const pct = (rate: number | null) =>
    rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toLocaleString(locale)} %`;
  const num = (v: number | null) => (v === null ? '—' : v.toLocaleString(locale));
  const title = `${w.title} ${d.from} – ${d.to}`;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: { Title: title, Author: 'CareGraph' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(15).text(pdfText(c.hospitalName));
    doc.fontSize(13).text(pdfText(`${w.title} — ${w.period} ${d.from} → ${d.to}`));
    doc.font('Helvetica').fontSize(9);
    const scope = d.ownActivityOnly ? w.ownActivity : (d.serviceId ?? w.allServices);
    doc.text(pdfText(`${w.service} : ${scope}   ·   ${w.generated} ${c.generatedAt}`));
    const heading = (text: string) => {
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(pdfText(text));
      doc.font('Helvetica').fontSize(9);
    };
    const line = (label: string, value: string) => {
      const y = doc.y;
      doc.text(pdfText(label), 48, y, { width: 330 });
      doc.text(pdfText(value), 380, y, { width: 167, align: 'right' });
    };
    const a = d.appointments.total;
    heading(w.appointments);
    line(w.booked, count(a.booked));
    line(w.completed, count(a.completed));
    line(w.noShows, count(a.noShows));
    line(w.cancellationRate, pct(a.cancellationRate));
    line(w.noShowRate, pct(a.noShowRate));
    line(w.completedMinutes, num(a.completedMinutes));
    if (d.demographics) {
      heading(w.demographics);
      line(w.patientsSeen, count(d.demographics.patientsSeen));
      line(
        w.ageRange,
        d.demographics.byAgeRange
          .map((r) => `${r.ageRange ? AGE_LABELS[r.ageRange] : ''}: ${count(r.patients)}`)
          .join('  '),
      );
    }
    if (d.occupancy) {
      const o = d.occupancy.total;
      heading(w.occupancy);
      line(w.beds, num(o.beds));
      line(w.occupancyRate, pct(o.occupancyRate));
      line(w.discharges, count(o.discharges));
      line(w.meanLos, num(o.meanLengthOfStayDays));
    }
    if (d.emergency) {
      const e = d.emergency;
      heading(`${w.emergency} (${w.wholeHospital})`);
      line(w.arrivals, count(e.arrivals));
      line(w.medianToTriage, num(e.medianMinutesToTriage));
      line(w.medianToDoctor, num(e.medianMinutesToDoctor));
      line(w.admissionRate, pct(e.admissionRate));
    }
    if (d.revenue) {
      const r = d.revenue;
      heading(`${w.revenue} (${w.wholeHospital})`);
      line(w.invoiced, money(r.total.invoicedMinor));
      line(w.credited, money(r.total.creditedMinor));
      line(w.net, money(r.total.netMinor));
      line(w.received, money(r.payments.netMinor));
      line(w.outstanding, money(r.outstandingMinor));
    }
    if (d.expenses) {
      const x = d.expenses;
      heading(w.expenses);
      line(w.purchases, money(x.purchasesMinor));
      line(w.writeOffs, money(x.writeOffs.valueMinor));
      line(w.expenses, money(x.totalMinor));
    }
    doc.end();
  });
}
