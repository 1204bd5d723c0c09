import type { AuditEventFilter, AuditOutcome } from '../../gql/graphql';

export interface AuditFilterForm {
  actorId: string;
  patientId: string;
  action: string;
  outcome: AuditOutcome | '';
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterForm = {
  actorId: '',
  patientId: '',
  action: '',
  outcome: '',
  from: '',
  to: '',
};

/** Local calendar days to the API's instants: `from` at 00:00, `to` at the end of its day. */
export function toAuditFilter(form: AuditFilterForm): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (form.actorId.trim()) filter.actorId = form.actorId.trim();
  if (form.patientId.trim()) filter.patientId = form.patientId.trim();
  if (form.action.trim()) filter.action = form.action.trim();
  if (form.outcome) filter.outcome = form.outcome;
  if (form.from) filter.from = new Date(`${form.from}T00:00:00`).toISOString();
  if (form.to) {
    const end = new Date(`${form.to}T00:00:00`);
    end.setDate(end.getDate() + 1);
    filter.to = end.toISOString();
  }
  return filter;
}
