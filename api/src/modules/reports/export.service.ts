import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { Locale } from '../../kernel/auth/roles.js';
import { maskSmallCount, type Separator } from './csv.js';
import { dashboard } from './dashboard.service.js';
import { sectionCsv } from './report-csv.js';
import type { ReportLanguage } from './report-words.js';
import { masksSmallCounts } from './reports.rules.js';
import { CsvSeparator, ReportExportKind, type ReportFile } from './reports.types.js';
import { summaryPdf } from './reports-pdf.js';

async function languageOf(ctx: RequestContext, asked?: Locale | null): Promise<ReportLanguage> {
  if (asked) return asked === Locale.en ? 'en' : 'fr';
  const rows = await ctx.em.execute<{ locale: string }[]>(
    'select locale::text as locale from app_user where id = ?',
    [requireViewer(ctx).userId],
  );
  return rows[0]?.locale === 'en' ? 'en' : 'fr';
}

function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

/**
 * A section of the dashboard as CSV, or the period's PDF summary, computed by the same
 * statements as the dashboard (and so narrowed the same way for a doctor). Exports for
 * non-clinical readers write counts of patients from 1 to 4 as "< 5".
 */
export async function reportExport(
  ctx: RequestContext,
  args: {
    kind: ReportExportKind;
    period: { from: string; to: string };
    serviceId?: string | null;
    separator?: CsvSeparator | null;
    language?: Locale | null;
  },
): Promise<ReportFile> {
  const viewer = requireViewer(ctx);
  const d = await dashboard(ctx, args.period, args.serviceId);
  const lang = await languageOf(ctx, args.language);
  const mask = masksSmallCounts(viewer);
  const name = args.kind === ReportExportKind.SUMMARY_PDF ? 'summary' : args.kind.toLowerCase();
  const base = `${name}-${d.from}_${d.to}`;
  if (args.kind === ReportExportKind.SUMMARY_PDF) {
    const generatedAt = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      timeZone: ctx.config.timeZone,
      dateStyle: 'short',
      timeStyle: 'short',
      hourCycle: 'h23',
    }).format(ctx.clock.now());
    const pdf = await summaryPdf(
      d,
      {
        hospitalName: ctx.config.hospitalName,
        lang,
        currency: ctx.config.currency,
        generatedAt,
      },
      (n) => String(maskSmallCount(n, mask)),
    );
    return {
      fileName: `${base}.pdf`,
      contentType: 'application/pdf',
      base64: pdf.toString('base64'),
    };
  }
  const sep: Separator = args.separator === CsvSeparator.SEMICOLON ? ';' : ',';
  const text = sectionCsv(d, args.kind, {
    sep,
    lang,
    mask,
    currency: ctx.config.currency,
    digits: currencyDigits(ctx.config.currency),
  });
  return {
    fileName: `${base}.csv`,
    contentType: 'text/csv; charset=utf-8',
    base64: Buffer.from(text, 'utf8').toString('base64'),
  };
}
