import { maskSmallCount, majorUnits, percent, toCsv, type Cell, type Separator } from './csv.js';
import { AGE_LABELS, SEX_LABELS, WORDS, type ReportLanguage } from './report-words.js';
import type { Dashboard } from './reports.types.js';
import { ReportExportKind } from './reports.types.js';

export interface CsvOptions {
  sep: Separator;
  lang: ReportLanguage;
  /** Write counts of patients from 1 to 4 as "< 5" (non-clinical readers). */
  mask: boolean;
  /** The currency, named beside each amount, and its minor-unit digits. */
  currency: string;
  digits: number;
}

type CsvKind = Exclude<ReportExportKind, ReportExportKind.SUMMARY_PDF>;

/**
 * One section of a dashboard as a CSV document (pure: the figures come computed). Counts of
 * patients — patients seen, appointments, discharges, emergency cases — go through the mask;
 * beds, bed-nights, units and money do not. A section the caller may not read is an empty table.
 */
export function sectionCsv(d: Dashboard, kind: CsvKind, o: CsvOptions): string {
  const w = WORDS[o.lang];
  const n = (count: number): Cell => maskSmallCount(count, o.mask);
  const money = (minor: number): Cell => majorUnits(minor, o.digits, o.sep);
  const cur = (label: string) => `${label} (${o.currency})`;
  const long = (rows: Cell[][]) => toCsv([w.figure, w.detail, w.value], rows, o.sep);
  switch (kind) {
    case ReportExportKind.DEMOGRAPHICS: {
      const s = d.demographics;
      const rows: Cell[][] = (s?.cells ?? []).map((c) => [
        c.ageRange ? AGE_LABELS[c.ageRange] : w.all,
        c.sex ? SEX_LABELS[o.lang][c.sex] : w.all,
        n(c.patients),
      ]);
      if (s) rows.push([w.all, w.all, n(s.patientsSeen)]);
      return toCsv([w.ageRange, w.sex, w.patients], rows, o.sep);
    }
    case ReportExportKind.APPOINTMENTS: {
      const s = d.appointments;
      const rows = [...s.practitioners, s.total].map((r): Cell[] => [
        r.name ?? w.all,
        r.specialty ?? '',
        n(r.booked),
        n(r.completed),
        n(r.cancelled),
        n(r.cancelledByPractitioner),
        n(r.noShows),
        n(r.pending),
        r.completedMinutes,
        percent(r.cancellationRate),
        percent(r.noShowRate),
      ]);
      return toCsv(
        [
          w.practitioner,
          w.specialty,
          w.booked,
          w.completed,
          w.cancelled,
          w.cancelledByPractitioner,
          w.noShows,
          w.pending,
          w.completedMinutes,
          w.cancellationRate,
          w.noShowRate,
        ],
        rows,
        o.sep,
      );
    }
    case ReportExportKind.OCCUPANCY: {
      const s = d.occupancy;
      const rows = s
        ? [...s.wards, s.total].map((r): Cell[] => [
            r.wardName ?? w.all,
            r.service ?? '',
            r.beds,
            r.bedNights,
            r.occupiedBedNights,
            percent(r.occupancyRate),
            n(r.discharges),
            r.meanLengthOfStayDays,
          ])
        : [];
      return toCsv(
        [
          w.ward,
          w.service,
          w.beds,
          w.bedNights,
          w.occupiedBedNights,
          w.occupancyRate,
          w.discharges,
          w.meanLos,
        ],
        rows,
        o.sep,
      );
    }
    case ReportExportKind.EMERGENCY: {
      const s = d.emergency;
      if (!s) return long([]);
      return long([
        [w.arrivals, '', n(s.arrivals)],
        [w.closed, '', n(s.closed)],
        [w.admitted, '', n(s.admitted)],
        [w.medianToTriage, '', s.medianMinutesToTriage],
        [w.medianToDoctor, '', s.medianMinutesToDoctor],
        [w.admissionRate, '', percent(s.admissionRate)],
        ...s.outcomes.map((x): Cell[] => [w.outcome, x.outcome, n(x.cases)]),
      ]);
    }
    case ReportExportKind.REVENUE: {
      const s = d.revenue;
      if (!s) return long([]);
      const rows: Cell[][] = [
        [w.invoices, '', s.invoicesIssued],
        [w.creditNotes, '', s.creditNotesIssued],
      ];
      for (const r of [...s.byActKind, s.total]) {
        const kind = r.actKind ?? w.all;
        rows.push([cur(w.invoiced), kind, money(r.invoicedMinor)]);
        rows.push([cur(w.credited), kind, money(r.creditedMinor)]);
        rows.push([cur(w.net), kind, money(r.netMinor)]);
        rows.push([cur(w.insurerShare), kind, money(r.insurerMinor)]);
        rows.push([cur(w.patientShare), kind, money(r.patientMinor)]);
      }
      for (const r of [...s.paymentsByMethod, s.payments]) {
        const method = r.method ?? w.all;
        rows.push([cur(w.received), method, money(r.receivedMinor)]);
        rows.push([cur(w.refunded), method, money(r.refundedMinor)]);
      }
      rows.push([cur(w.outstanding), w.patientShare, money(s.outstandingPatientMinor)]);
      rows.push([cur(w.outstanding), w.insurerShare, money(s.outstandingInsurerMinor)]);
      rows.push([cur(w.outstanding), w.all, money(s.outstandingMinor)]);
      return long(rows);
    }
    case ReportExportKind.EXPENSES: {
      const s = d.expenses;
      if (!s) return long([]);
      return long([
        [cur(w.purchases), '', money(s.purchasesMinor)],
        [w.purchasedUnits, '', s.purchasedUnits],
        ...[...s.writeOffsByReason, s.writeOffs].flatMap((r): Cell[][] => [
          [cur(w.writeOffs), r.reason ?? w.all, money(r.valueMinor)],
          [w.units, r.reason ?? w.all, r.units],
        ]),
        [cur(w.expenses), w.all, money(s.totalMinor)],
      ]);
    }
  }
}
