import { IonButton } from '@ionic/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One section of the dashboard: its title, a one-line summary (read first by screen readers),
 * the chart and its numbers side by side on a wide screen, stacked on a phone, and its CSV export.
 */
export function ReportSection({
  id,
  title,
  summary,
  note,
  chart,
  onExport,
  exporting,
  stacked = false,
  children,
}: {
  /** Chart above the table even on a wide screen (tables of many columns). */
  stacked?: boolean;
  id: string;
  title: string;
  summary: string;
  note?: string | undefined;
  chart: ReactNode;
  onExport: () => void;
  exporting: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section
      className="cg-card cg-report"
      aria-labelledby={`${id}-title`}
      data-testid={`section-${id}`}
    >
      <div className="cg-report-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <IonButton
          fill="outline"
          size="small"
          className="cg-report-export"
          disabled={exporting}
          onClick={onExport}
          aria-label={t('reports.exportCsvLabel', { section: title })}
          data-testid={`export-${id}`}
        >
          {t('reports.exportCsv')}
        </IonButton>
      </div>
      <p className="cg-report-summary" data-testid={`summary-${id}`}>
        {summary}
      </p>
      {note && <p className="cg-muted cg-report-note">{note}</p>}
      <div className={stacked ? 'cg-report-body cg-report-body-stacked' : 'cg-report-body'}>
        {chart}
        {/* Focusable, so that a keyboard can scroll a table wider than a phone. */}
        <div
          className="cg-report-table-wrap"
          role="region"
          aria-label={`${t('reports.showTable')} · ${title}`}
          tabIndex={0}
        >
          {children}
        </div>
      </div>
    </section>
  );
}

/** A table of numbers: its first column names the row, the others are right-aligned figures. */
export function FigureTable({
  caption,
  head,
  rows,
  foot,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][];
  foot?: (string | number)[];
}) {
  return (
    <table className="cg-report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" className={i === 0 ? undefined : 'num'}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${String(r[0])}-${String(i)}`}>
            {r.map((c, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {c}
                </th>
              ) : (
                <td key={j} className="num">
                  {c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {foot && (
        <tfoot>
          <tr>
            {foot.map((c, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {c}
                </th>
              ) : (
                <td key={j} className="num">
                  {c}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
