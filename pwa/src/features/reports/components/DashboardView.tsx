import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  IonButton,
  IonCheckbox,
  IonLabel,
  IonSegment,
  IonSegmentButton,
  IonSpinner,
} from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../app/components/Notice';
import { SelectField } from '../../../app/components/SelectField';
import { formatDate } from '../../../app/format';
import {
  DashboardDocument,
  ReportExportDocument,
  ReportServicesDocument,
  type DashboardQuery,
  type ReportExportKind,
} from '../../../gql/graphql';
import {
  downloadBase64,
  formatMinor,
  formatRate,
  periodProblem,
  presetPeriod,
  toMajor,
  type Period,
  type PeriodPreset,
} from '../period';
import { BarChart } from './BarChart';
import { FigureTable, ReportSection } from './ReportSection';

type Data = DashboardQuery['dashboard'];

/**
 * The manager's dashboard (a doctor's own activity): a period — this week, this month, last
 * month or a custom range — and a service, then one section per figure, each a chart with its
 * numbers beside it and a CSV export, and the period's PDF summary.
 */
export function DashboardView({ allFigures, today }: { allFigures: boolean; today: Date }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const client = useApolloClient();
  const [preset, setPreset] = useState<PeriodPreset>('month');
  const [period, setPeriod] = useState<Period>(() => presetPeriod('month', today));
  const [draft, setDraft] = useState<Period>(period);
  const [service, setService] = useState('');
  const [semicolon, setSemicolon] = useState(lang.startsWith('fr'));
  const [exporting, setExporting] = useState<ReportExportKind | null>(null);
  const [exportMessage, setExportMessage] = useState<{ kind: 'error' | 'success'; text: string }>();
  const services = useQuery(ReportServicesDocument, { skip: !allFigures });
  const query = useQuery(DashboardDocument, {
    variables: { period, serviceId: service || null },
  });
  const d = query.data?.dashboard;
  const problem = periodProblem(draft);

  const choose = (p: PeriodPreset) => {
    setPreset(p);
    if (p !== 'custom') {
      const next = presetPeriod(p, today);
      setPeriod(next);
      setDraft(next);
    }
  };

  const exportFile = async (kind: ReportExportKind) => {
    setExporting(kind);
    setExportMessage(undefined);
    try {
      const r = await client.query({
        query: ReportExportDocument,
        variables: {
          kind,
          period,
          serviceId: service || null,
          separator: semicolon ? 'SEMICOLON' : 'COMMA',
          language: lang.startsWith('fr') ? 'fr' : 'en',
        },
        fetchPolicy: 'no-cache',
      });
      const f = r.data?.reportExport;
      if (!f) throw new Error('no file');
      downloadBase64(f.fileName, f.contentType, f.base64);
      setExportMessage({ kind: 'success', text: t('reports.exported', { file: f.fileName }) });
    } catch {
      setExportMessage({ kind: 'error', text: t('reports.exportFailed') });
    } finally {
      setExporting(null);
    }
  };

  return (
    <div className="cg-dashboard" data-testid="dashboard">
      <section className="cg-card cg-report-controls" aria-label={t('reports.period')}>
        <IonSegment
          value={preset}
          onIonChange={(e) => {
            const v = String(e.detail.value);
            choose(v === 'week' || v === 'lastMonth' || v === 'custom' ? v : 'month');
          }}
          aria-label={t('reports.period')}
        >
          <IonSegmentButton value="week" data-testid="period-week">
            <IonLabel>{t('reports.thisWeek')}</IonLabel>
          </IonSegmentButton>
          <IonSegmentButton value="month" data-testid="period-month">
            <IonLabel>{t('reports.thisMonth')}</IonLabel>
          </IonSegmentButton>
          <IonSegmentButton value="lastMonth" data-testid="period-lastMonth">
            <IonLabel>{t('reports.lastMonth')}</IonLabel>
          </IonSegmentButton>
          <IonSegmentButton value="custom" data-testid="period-custom">
            <IonLabel>{t('reports.custom')}</IonLabel>
          </IonSegmentButton>
        </IonSegment>
        {preset === 'custom' && (
          <form
            className="cg-report-range"
            onSubmit={(e) => {
              e.preventDefault();
              if (!problem) setPeriod(draft);
            }}
          >
            <label>
              {t('reports.from')}
              <input
                type="date"
                value={draft.from}
                onChange={(e) => {
                  setDraft({ ...draft, from: e.target.value });
                }}
                data-testid="period-from"
              />
            </label>
            <label>
              {t('reports.to')}
              <input
                type="date"
                value={draft.to}
                onChange={(e) => {
                  setDraft({ ...draft, to: e.target.value });
                }}
                data-testid="period-to"
              />
            </label>
            <IonButton type="submit" disabled={problem !== null} data-testid="period-apply">
              {t('reports.apply')}
            </IonButton>
            {problem && problem !== 'missing' && (
              <p className="cg-field-error" role="alert">
                {t(problem === 'order' ? 'reports.periodOrder' : 'reports.periodTooLong')}
              </p>
            )}
          </form>
        )}
        <p className="cg-report-period" data-testid="period-shown" aria-live="polite">
          {t('reports.periodShown', {
            from: formatDate(period.from, lang),
            to: formatDate(period.to, lang),
          })}
        </p>
        <div className="cg-report-options">
          {allFigures && (
            <SelectField
              name="service"
              label={t('reports.service')}
              value={service}
              options={[
                { value: '', label: t('reports.allServices') },
                ...(services.data?.reportServices ?? []).map((s) => ({
                  value: s.id,
                  label: s.name,
                })),
              ]}
              onChange={setService}
            />
          )}
          <IonCheckbox
            checked={semicolon}
            labelPlacement="end"
            justify="start"
            onIonChange={(e) => {
              setSemicolon(e.detail.checked);
            }}
            data-testid="semicolon"
          >
            {t('reports.semicolon')}
          </IonCheckbox>
          <IonButton
            onClick={() => void exportFile('SUMMARY_PDF')}
            disabled={exporting !== null}
            data-testid="export-pdf"
          >
            {t('reports.exportPdf')}
          </IonButton>
        </div>
        {exporting && <p className="cg-muted">{t('reports.exporting')}</p>}
        {exportMessage && <Notice kind={exportMessage.kind}>{exportMessage.text}</Notice>}
      </section>
      {query.loading && !d && <IonSpinner aria-label={t('reports.loading')} />}
      {query.error && (
        <div>
          <Notice kind="error">{t('reports.failed')}</Notice>
          <IonButton fill="clear" onClick={() => void query.refetch()}>
            {t('reports.retry')}
          </IonButton>
        </div>
      )}
      {d && (
        <Sections
          d={d}
          exporting={exporting}
          onExport={(k) => void exportFile(k)}
          loading={query.loading}
        />
      )}
    </div>
  );
}

function Sections({
  d,
  exporting,
  onExport,
  loading,
}: {
  d: Data;
  exporting: ReportExportKind | null;
  onExport: (kind: ReportExportKind) => void;
  loading: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number) => v.toLocaleString(lang);
  const rate = (v: number | null | undefined) => formatRate(v, lang);
  const common = (kind: ReportExportKind) => ({
    exporting: exporting === kind,
    onExport: () => {
      onExport(kind);
    },
  });
  const a = d.appointments;
  const appointmentsSummary = t('reports.appointmentsSummary', {
    booked: n(a.total.booked),
    completed: n(a.total.completed),
    cancellation: rate(a.total.cancellationRate),
    noShow: rate(a.total.noShowRate),
  });
  return (
    <div className="cg-report-sections" aria-busy={loading}>
      {d.demographics && (
        <ReportSection
          id="demographics"
          title={t('reports.demographics')}
          summary={t('reports.demographicsSummary', {
            count: d.demographics.patientsSeen,
            detail: d.demographics.byAgeRange
              .map((r) =>
                t('reports.pair', {
                  label: r.ageRange ? t(`reports.ages.${r.ageRange}`) : '',
                  value: n(r.patients),
                }),
              )
              .join(', '),
          })}
          chart={
            <BarChart
              labels={d.demographics.byAgeRange.map((r) =>
                r.ageRange ? t(`reports.ages.${r.ageRange}`) : '',
              )}
              series={(['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const)
                .filter((sex) => d.demographics?.bySex.some((s) => s.sex === sex))
                .map((sex) => ({
                  label: t(`reports.sexes.${sex}`),
                  data:
                    d.demographics?.byAgeRange.map(
                      (r) =>
                        d.demographics?.cells.find(
                          (c) => c.ageRange === r.ageRange && c.sex === sex,
                        )?.patients ?? 0,
                    ) ?? [],
                }))}
              stacked
              summary={t('reports.chartOf', { summary: t('reports.demographics') })}
              testId="chart-demographics"
            />
          }
          {...common('DEMOGRAPHICS')}
        >
          <FigureTable
            caption={t('reports.byAge')}
            head={[t('reports.ageRange'), t('reports.patients')]}
            rows={d.demographics.byAgeRange.map((r) => [
              r.ageRange ? t(`reports.ages.${r.ageRange}`) : '',
              n(r.patients),
            ])}
            foot={[t('reports.total'), n(d.demographics.patientsSeen)]}
          />
          <FigureTable
            caption={t('reports.bySex')}
            head={[t('reports.sex'), t('reports.patients')]}
            rows={d.demographics.bySex.map((r) => [
              r.sex ? t(`reports.sexes.${r.sex}`) : '',
              n(r.patients),
            ])}
          />
        </ReportSection>
      )}
      <ReportSection
        id="appointments"
        stacked
        title={t('reports.appointments')}
        summary={appointmentsSummary}
        note={d.serviceId ? t('reports.wholeHospital') : undefined}
        chart={
          <BarChart
            labels={a.practitioners.map((p) => p.name ?? '')}
            series={[
              { label: t('reports.completed'), data: a.practitioners.map((p) => p.completed) },
              {
                label: t('reports.cancelled'),
                data: a.practitioners.map((p) => p.cancelled + p.cancelledByPractitioner),
              },
              { label: t('reports.noShows'), data: a.practitioners.map((p) => p.noShows) },
            ]}
            stacked
            horizontal
            summary={t('reports.chartOf', { summary: appointmentsSummary })}
            testId="chart-appointments"
          />
        }
        {...common('APPOINTMENTS')}
      >
        <FigureTable
          caption={t('reports.appointments')}
          head={[
            t('reports.practitioner'),
            t('reports.booked'),
            t('reports.completed'),
            t('reports.cancelled'),
            t('reports.noShows'),
            t('reports.pending'),
            t('reports.cancellationRate'),
            t('reports.noShowRate'),
            t('reports.workload'),
          ]}
          rows={a.practitioners.map((p) => [
            p.name ?? '',
            n(p.booked),
            n(p.completed),
            n(p.cancelled + p.cancelledByPractitioner),
            n(p.noShows),
            n(p.pending),
            rate(p.cancellationRate),
            rate(p.noShowRate),
            t('reports.minutes', { count: p.completedMinutes }),
          ])}
          foot={[
            t('reports.total'),
            n(a.total.booked),
            n(a.total.completed),
            n(a.total.cancelled + a.total.cancelledByPractitioner),
            n(a.total.noShows),
            n(a.total.pending),
            rate(a.total.cancellationRate),
            rate(a.total.noShowRate),
            t('reports.minutes', { count: a.total.completedMinutes }),
          ]}
        />
      </ReportSection>
      {d.occupancy && (
        <ReportSection
          id="occupancy"
          stacked
          title={t('reports.occupancy')}
          summary={t('reports.occupancySummary', {
            rate: rate(d.occupancy.total.occupancyRate),
            beds: n(d.occupancy.total.beds),
            discharges: n(d.occupancy.total.discharges),
            los: d.occupancy.total.meanLengthOfStayDays?.toLocaleString(lang) ?? '—',
          })}
          chart={
            <BarChart
              labels={d.occupancy.wards.map((w) => w.wardName ?? '')}
              series={[
                {
                  label: t('reports.occupancyRate'),
                  data: d.occupancy.wards.map(
                    (w) => Math.round((w.occupancyRate ?? 0) * 1000) / 10,
                  ),
                },
              ]}
              horizontal
              summary={t('reports.chartOf', { summary: t('reports.occupancy') })}
              testId="chart-occupancy"
            />
          }
          {...common('OCCUPANCY')}
        >
          <FigureTable
            caption={t('reports.occupancy')}
            head={[
              t('reports.ward'),
              t('reports.beds'),
              t('reports.occupiedBedNights'),
              t('reports.occupancyRate'),
              t('reports.discharges'),
              t('reports.meanLos'),
            ]}
            rows={d.occupancy.wards.map((w) => [
              w.wardName ?? '',
              n(w.beds),
              n(w.occupiedBedNights),
              rate(w.occupancyRate),
              n(w.discharges),
              w.meanLengthOfStayDays?.toLocaleString(lang) ?? '—',
            ])}
            foot={[
              t('reports.total'),
              n(d.occupancy.total.beds),
              n(d.occupancy.total.occupiedBedNights),
              rate(d.occupancy.total.occupancyRate),
              n(d.occupancy.total.discharges),
              d.occupancy.total.meanLengthOfStayDays?.toLocaleString(lang) ?? '—',
            ]}
          />
        </ReportSection>
      )}
      {d.emergency && (
        <ReportSection
          id="emergency"
          title={t('reports.emergency')}
          summary={t('reports.emergencySummary', {
            arrivals: n(d.emergency.arrivals),
            triage: d.emergency.medianMinutesToTriage?.toLocaleString(lang) ?? '—',
            doctor: d.emergency.medianMinutesToDoctor?.toLocaleString(lang) ?? '—',
            admission: rate(d.emergency.admissionRate),
          })}
          note={d.serviceId ? t('reports.wholeHospital') : undefined}
          chart={
            <BarChart
              labels={d.emergency.outcomes.map((o) => t(`reports.outcomes.${o.outcome}`))}
              series={[
                { label: t('reports.cases'), data: d.emergency.outcomes.map((o) => o.cases) },
              ]}
              summary={t('reports.chartOf', { summary: t('reports.emergency') })}
              testId="chart-emergency"
            />
          }
          {...common('EMERGENCY')}
        >
          <FigureTable
            caption={t('reports.emergency')}
            head={['', '']}
            rows={[
              [t('reports.arrivals'), n(d.emergency.arrivals)],
              [
                t('reports.toTriage'),
                d.emergency.medianMinutesToTriage?.toLocaleString(lang) ?? '—',
              ],
              [
                t('reports.toDoctor'),
                d.emergency.medianMinutesToDoctor?.toLocaleString(lang) ?? '—',
              ],
              [t('reports.admissionRate'), rate(d.emergency.admissionRate)],
              ...d.emergency.outcomes.map((o) => [t(`reports.outcomes.${o.outcome}`), n(o.cases)]),
            ]}
          />
        </ReportSection>
      )}
      {d.revenue && (
        <RevenueSection revenue={d.revenue} serviceId={d.serviceId} common={common('REVENUE')} />
      )}
      {d.expenses && (
        <ReportSection
          id="expenses"
          title={t('reports.expenses')}
          summary={t('reports.expensesSummary', {
            purchases: formatMinor(d.expenses.purchasesMinor, d.expenses.currency, lang),
            writeOffs: formatMinor(d.expenses.writeOffs.valueMinor, d.expenses.currency, lang),
          })}
          chart={
            <BarChart
              labels={[t('reports.purchases'), t('reports.writeOffs')]}
              series={[
                {
                  label: d.expenses.currency,
                  data: [
                    toMajor(d.expenses.purchasesMinor, d.expenses.currency),
                    toMajor(d.expenses.writeOffs.valueMinor, d.expenses.currency),
                  ],
                },
              ]}
              horizontal
              summary={t('reports.chartOf', { summary: t('reports.expenses') })}
              testId="chart-expenses"
            />
          }
          {...common('EXPENSES')}
        >
          <FigureTable
            caption={t('reports.expenses')}
            head={[t('reports.reason'), t('reports.units'), t('reports.value')]}
            rows={[
              [
                t('reports.purchases'),
                n(d.expenses.purchasedUnits),
                formatMinor(d.expenses.purchasesMinor, d.expenses.currency, lang),
              ],
              ...d.expenses.writeOffsByReason.map((r) => [
                `${t('reports.writeOffs')} · ${r.reason && r.reason in REASONS ? t(`reports.reasons.${r.reason as keyof typeof REASONS}`) : (r.reason ?? '')}`,
                n(r.units),
                formatMinor(r.valueMinor, d.expenses?.currency ?? 'EUR', lang),
              ]),
            ]}
            foot={[
              t('reports.total'),
              '',
              formatMinor(d.expenses.totalMinor, d.expenses.currency, lang),
            ]}
          />
        </ReportSection>
      )}
    </div>
  );
}

const REASONS = { EXPIRED: 1, DAMAGED: 1, OTHER: 1 } as const;

function RevenueSection({
  revenue: r,
  serviceId,
  common,
}: {
  revenue: NonNullable<Data['revenue']>;
  serviceId: string | null | undefined;
  common: { exporting: boolean; onExport: () => void };
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = (v: number) => formatMinor(v, r.currency, lang);
  return (
    <ReportSection
      id="revenue"
      stacked
      title={t('reports.revenue')}
      summary={t('reports.revenueSummary', {
        net: money(r.total.netMinor),
        received: money(r.payments.netMinor),
        outstanding: money(r.outstandingMinor),
      })}
      note={serviceId ? t('reports.wholeHospital') : undefined}
      chart={
        <BarChart
          labels={r.byActKind.map((k) => (k.actKind ? t(`reports.acts.${k.actKind}`) : ''))}
          series={[
            {
              label: t('reports.insurerShare'),
              data: r.byActKind.map((k) => toMajor(k.insurerMinor, r.currency)),
            },
            {
              label: t('reports.patientShare'),
              data: r.byActKind.map((k) => toMajor(k.patientMinor, r.currency)),
            },
          ]}
          stacked
          summary={t('reports.chartOf', { summary: t('reports.revenue') })}
          testId="chart-revenue"
        />
      }
      {...common}
    >
      <FigureTable
        caption={t('reports.revenue')}
        head={[
          t('reports.actKind'),
          t('reports.invoiced'),
          t('reports.credited'),
          t('reports.insurerShare'),
          t('reports.patientShare'),
        ]}
        rows={r.byActKind.map((k) => [
          k.actKind ? t(`reports.acts.${k.actKind}`) : '',
          money(k.invoicedMinor),
          money(k.creditedMinor),
          money(k.insurerMinor),
          money(k.patientMinor),
        ])}
        foot={[
          t('reports.total'),
          money(r.total.invoicedMinor),
          money(r.total.creditedMinor),
          money(r.total.insurerMinor),
          money(r.total.patientMinor),
        ]}
      />
      <FigureTable
        caption={t('reports.received')}
        head={['', '']}
        rows={[
          [t('reports.received'), money(r.payments.netMinor)],
          [
            `${t('reports.outstanding')} · ${t('reports.patientShare')}`,
            money(r.outstandingPatientMinor),
          ],
          [
            `${t('reports.outstanding')} · ${t('reports.insurerShare')}`,
            money(r.outstandingInsurerMinor),
          ],
        ]}
        foot={[t('reports.outstanding'), money(r.outstandingMinor)]}
      />
    </ReportSection>
  );
}
