import PDFDocument from 'pdfkit';
import { VITAL_CODES, type RecordData } from './fhir-bundle.js';

export type RecordDocLanguage = 'fr' | 'en';

const WORDS = {
  fr: {
    title: 'Mon dossier médical',
    printed: 'Édité le',
    mrn: 'IPP',
    born: 'Né(e) le',
    encounters: 'Consultations et séjours',
    diagnoses: 'Diagnostics',
    prescriptions: 'Prescriptions',
    administrations: 'Médicaments administrés',
    vitals: 'Constantes',
    labs: 'Résultats de laboratoire',
    allergies: 'Allergies',
    appointments: 'Rendez-vous',
    invoices: 'Factures',
    none: 'Aucun',
    bp: 'Tension',
    vitalNames: {
      temperatureC: 'Température',
      heartRate: 'Pouls',
      respiratoryRate: 'Fréq. resp.',
      spo2: 'SpO2',
      weightKg: 'Poids',
      heightCm: 'Taille',
      glucoseMmolL: 'Glycémie',
      painScore: 'Douleur',
    } as Record<string, string>,
  },
  en: {
    title: 'My medical record',
    printed: 'Printed on',
    mrn: 'MRN',
    born: 'Born on',
    encounters: 'Visits and stays',
    diagnoses: 'Diagnoses',
    prescriptions: 'Prescriptions',
    administrations: 'Medications given',
    vitals: 'Vital signs',
    labs: 'Lab results',
    allergies: 'Allergies',
    appointments: 'Appointments',
    invoices: 'Invoices',
    none: 'None',
    bp: 'Blood pressure',
    vitalNames: {
      temperatureC: 'Temperature',
      heartRate: 'Heart rate',
      respiratoryRate: 'Resp. rate',
      spo2: 'SpO2',
      weightKg: 'Weight',
      heightCm: 'Height',
      glucoseMmolL: 'Glucose',
      painScore: 'Pain',
    } as Record<string, string>,
  },
} satisfies Record<RecordDocLanguage, unknown>;

/** Standard PDF fonts speak WinAnsi: Intl's narrow and non-breaking spaces become plain ones. */
function pdfText(text: string): string {
  return text.replace(/[\u202f\u00a0\u2009]/g, ' ');
}

export interface RecordDocContext {
  lang: RecordDocLanguage;
  timeZone: string;
  hospitalName: string;
  at: Date;
}

/** The patient's record as a readable A4 PDF, one section per part, in one language. */
export function recordPdf(data: RecordData, c: RecordDocContext): Promise<Buffer> {
  const w = WORDS[c.lang];
  const locale = c.lang === 'fr' ? 'fr-FR' : 'en-GB';
  const when = (d: Date) =>
    pdfText(
      new Intl.DateTimeFormat(locale, {
        timeZone: c.timeZone,
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(d),
    );
  const day = (d: Date) =>
    pdfText(
      new Intl.DateTimeFormat(locale, { timeZone: c.timeZone, dateStyle: 'short' }).format(d),
    );
  const p = data.patient;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: { Title: w.title, Author: 'CareGraph' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);

    doc.fontSize(10).fillColor('#555').text(pdfText(c.hospitalName));
    doc.fontSize(18).fillColor('#000').text(w.title);
    doc
      .moveDown(0.3)
      .fontSize(12)
      .text(pdfText(`${p.familyName.toUpperCase()} ${p.givenNames}`));
    doc.fontSize(10).text(`${w.mrn} ${p.mrn} · ${w.born} ${p.birthDate}`);
    doc.text(`${w.printed} ${when(c.at)}`);

    const section = (title: string, lines: string[]) => {
      doc.moveDown(0.8).fontSize(13).fillColor('#0b4f8a').text(title);
      doc.fontSize(10).fillColor('#000');
      if (lines.length === 0) doc.text(w.none);
      for (const line of lines) doc.text(pdfText(line));
    };
    section(
      w.allergies,
      data.allergies.map(
        (a) => `${a.substance} (${a.severity})${a.reaction ? ` — ${a.reaction}` : ''}`,
      ),
    );
    section(
      w.diagnoses,
      data.diagnoses.map((d) => `${d.code ? `${d.code} ` : ''}${d.label} — ${d.status}`),
    );
    section(
      w.encounters,
      data.encounters.map((e) => `${when(e.occurredAt)} — ${e.reason} (${e.practitionerName})`),
    );
    section(
      w.prescriptions,
      data.prescriptions.map(
        (rx) =>
          `${day(rx.startAt)} — ${rx.medicationName}, ${String(rx.dose)} ${rx.doseUnit} ${rx.route} (${rx.status})`,
      ),
    );
    const medication = new Map(data.prescriptions.map((rx) => [rx.id, rx.medicationName]));
    section(
      w.administrations,
      data.administrations.map(
        (a) => `${when(a.occurredAt)} — ${medication.get(a.prescriptionId) ?? ''} (${a.status})`,
      ),
    );
    section(
      w.vitals,
      data.vitals.map((v) => {
        const parts = VITAL_CODES.flatMap((code) => {
          const value = v[code.field];
          return typeof value === 'number'
            ? [`${w.vitalNames[code.field] ?? code.display} ${String(value)} ${code.unit}`]
            : [];
        });
        if (v.systolicBp != null && v.diastolicBp != null) {
          parts.push(`${w.bp} ${String(v.systolicBp)}/${String(v.diastolicBp)} mmHg`);
        }
        return `${when(v.occurredAt)} — ${parts.join(', ')}`;
      }),
    );
    section(
      w.labs,
      data.labResults.map(
        (r) =>
          `${when(r.occurredAt)} — ${r.testNameEn}: ${r.valueNumeric != null ? String(r.valueNumeric) : (r.valueText ?? '')} ${r.unit ?? ''} (${r.flag})`,
      ),
    );
    section(
      w.appointments,
      data.appointments.map(
        (a) => `${when(a.startsAt)} — ${a.practitionerName}: ${a.reason} (${a.status})`,
      ),
    );
    section(
      w.invoices,
      data.invoices.map(
        (i) =>
          `${i.issuedAt ? day(i.issuedAt) : ''} — ${i.number}: ${(i.totalMinor / i.minorPerMajor).toFixed(2)} ${i.currency} (${i.status})`,
      ),
    );
    doc.end();
  });
}
