import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Locale } from '../../kernel/auth/roles.js';
import type { RequestContext } from '../../kernel/context.js';
import * as reports from './dashboard.service.js';
import { reportExport } from './export.service.js';
import {
  CsvSeparator,
  Dashboard,
  ReportExportKind,
  ReportFile,
  ReportPeriodInput,
  ReportService,
} from './reports.types.js';

@Resolver()
export class ReportsResolver {
  @Query(() => Dashboard, {
    description:
      'The manager’s dashboard for a period of hospital days (both included), optionally one service; a doctor’s is their own activity.',
  })
  dashboard(
    @Ctx() ctx: RequestContext,
    @Arg('period', () => ReportPeriodInput) period: ReportPeriodInput,
    @Arg('serviceId', () => ID, { nullable: true, description: 'A service (`reportServices`).' })
    serviceId?: string | null,
  ) {
    return reports.dashboard(ctx, period, serviceId);
  }

  @Query(() => [ReportService], { description: 'The services the dashboard can be filtered on.' })
  reportServices(@Ctx() ctx: RequestContext) {
    return reports.reportServices(ctx);
  }

  @Query(() => ReportFile, {
    description: 'A dashboard section as CSV (UTF-8 with BOM), or the period’s one-page PDF.',
  })
  reportExport(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ReportExportKind) kind: ReportExportKind,
    @Arg('period', () => ReportPeriodInput) period: ReportPeriodInput,
    @Arg('serviceId', () => ID, { nullable: true, description: 'A service (`reportServices`).' })
    serviceId?: string | null,
    @Arg('separator', () => CsvSeparator, {
      nullable: true,
      description: 'CSV separator; COMMA by default.',
    })
    separator?: CsvSeparator | null,
    @Arg('language', () => Locale, {
      nullable: true,
      description: 'Language of headers and labels; the caller’s by default.',
    })
    language?: Locale | null,
  ) {
    return reportExport(ctx, { kind, period, serviceId, separator, language });
  }
}
