import type { EntityClass } from '@mikro-orm/core';
import type { RequestContext } from '../../../kernel/context.js';
import { ValidationError } from '../../../kernel/errors.js';
import { fromRows, pageSize } from '../../../kernel/graphql/connection.js';
import { isPatientAccount, PatientPart } from '../../access/index.js';
import { auditClinicalRead, patientInScope } from '../access.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { CareNote } from '../bedside/care-note.entity.js';
import type { ClinicalEntry } from '../clinical-entry.js';
import { ClinicalEntryKind } from '../clinical-enums.js';
import { Diagnosis } from '../encounters/diagnosis.entity.js';
import { Encounter } from '../encounters/encounter.entity.js';
import { LabResult } from '../lab/lab-result.entity.js';
import { MedicationAdministration } from '../medications/medication-administration.entity.js';
import { Prescription } from '../medications/prescription.entity.js';
import type { TimelineEntry } from './chart.types.js';
import { VitalSigns } from '../bedside/vital-signs.entity.js';

interface Source {
  kind: ClinicalEntryKind;
  table: string;
  cls: EntityClass<ClinicalEntry>;
  field: keyof TimelineEntry;
  /** Extra SQL condition when the patient reads their own timeline. */
  patientView?: string;
}

const SOURCES: Source[] = [
  {
    kind: ClinicalEntryKind.ENCOUNTER,
    table: 'encounter',
    cls: Encounter,
    field: 'encounter',
    patientView: '',
  },
  { kind: ClinicalEntryKind.DIAGNOSIS, table: 'diagnosis', cls: Diagnosis, field: 'diagnosis' },
  {
    kind: ClinicalEntryKind.PRESCRIPTION,
    table: 'prescription',
    cls: Prescription,
    field: 'prescription',
    patientView: '',
  },
  {
    kind: ClinicalEntryKind.VITALS,
    table: 'vital_signs',
    cls: VitalSigns,
    field: 'vitals',
    patientView: '',
  },
  { kind: ClinicalEntryKind.CARE_NOTE, table: 'care_note', cls: CareNote, field: 'careNote' },
  {
    kind: ClinicalEntryKind.ADMINISTRATION,
    table: 'medication_administration',
    cls: MedicationAdministration,
    field: 'administration',
  },
  {
    kind: ClinicalEntryKind.LAB_RESULT,
    table: 'lab_result',
    cls: LabResult,
    field: 'labResult',
    patientView: ' and validated_at is not null',
  },
  { kind: ClinicalEntryKind.ATTACHMENT, table: 'attachment', cls: Attachment, field: 'attachment' },
];

interface Row {
  kind: ClinicalEntryKind;
  id: string;
  occurred_at: Date;
  in_error: boolean;
}

function encodeCursor(r: { occurred_at: Date; kind: string; id: string }) {
  return Buffer.from(JSON.stringify([r.occurred_at.toISOString(), r.kind, r.id])).toString(
    'base64url',
  );
}

function decodeCursor(cursor: string): [string, string, string] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string')) {
      const [at, kind, id] = v as [string, string, string];
      if (!Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/i.test(id)) return [at, kind, id];
    }
  } catch {
    // fall through
  }
  throw new ValidationError({ after: 'is not a cursor of this list' });
}

/**
 * One chronological feed (newest first) of a patient's visits, diagnoses, prescriptions, vitals,
 * notes, administrations, results and files (R5). Keyset-paginated over a UNION ALL in which
 * each branch reads its own (patient, occurred_at) index; then each kind present on the page is
 * loaded in one query. A patient sees their visits, prescriptions, vitals and validated results,
 * without entries marked in error.
 */
export async function patientTimeline(
  ctx: RequestContext,
  args: { patientId: string; first?: number; after?: string; kinds?: ClinicalEntryKind[] },
) {
  const patient = await patientInScope(ctx, args.patientId, PatientPart.CHART);
  const self = ctx.viewer !== null && isPatientAccount(ctx.viewer);
  const size = pageSize(args.first);
  const sources = SOURCES.filter(
    (s) =>
      (!self || s.patientView !== undefined) &&
      (!args.kinds?.length || args.kinds.includes(s.kind)),
  );
  await auditClinicalRead(ctx, [patient.id], 'patientTimeline');
  if (sources.length === 0) return fromRows<TimelineEntry>([], size, 0, () => '', false);
  const cursor = args.after ? decodeCursor(args.after) : null;
  const branches: string[] = [];
  const counts: string[] = [];
  const params: unknown[] = [];
  const countParams: unknown[] = [];
  for (const s of sources) {
    const own = `patient_id = ?${self ? ` and entered_in_error_at is null${s.patientView ?? ''}` : ''}`;
    let where = own;
    params.push(patient.id);
    if (cursor) {
      where += ` and occurred_at <= ? and (occurred_at, '${s.kind}'::text, id) < (?::timestamptz, ?::text, ?::uuid)`;
      params.push(cursor[0], cursor[0], cursor[1], cursor[2]);
    }
    branches.push(
      `(select '${s.kind}'::text as kind, id, occurred_at, entered_in_error_at is not null as in_error from "${s.table}" where ${where} order by occurred_at desc, id desc limit ${size + 1})`,
    );
    counts.push(`(select count(*) from "${s.table}" where ${own})`);
    countParams.push(patient.id);
  }
  const conn = ctx.em.getConnection();
  const rows = await conn.execute<Row[]>(
    `select kind, id, occurred_at, in_error from (${branches.join(' union all ')}) t order by occurred_at desc, kind desc, id desc limit ${size + 1}`,
    params,
  );
  const [{ total } = { total: '0' }] = await conn.execute<{ total: string }[]>(
    `select (${counts.join(' + ')})::text as total`,
    countParams,
  );
  const page = rows.slice(0, size);
  const loaded = new Map<string, ClinicalEntry>();
  for (const s of sources) {
    const ids = page.filter((r) => r.kind === s.kind).map((r) => r.id);
    if (ids.length === 0) continue;
    const entities = await ctx.em.find(s.cls, { id: { $in: ids } });
    for (const e of entities) loaded.set(`${s.kind}:${e.id}`, e);
  }
  const entries: (TimelineEntry & { cursor: string })[] = rows.map((r) => {
    const source = SOURCES.find((s) => s.kind === r.kind);
    const entry = {
      kind: r.kind,
      id: r.id,
      occurredAt: new Date(r.occurred_at),
      enteredInError: r.in_error,
      cursor: encodeCursor({ occurred_at: new Date(r.occurred_at), kind: r.kind, id: r.id }),
    } as TimelineEntry & { cursor: string };
    if (source) Object.assign(entry, { [source.field]: loaded.get(`${r.kind}:${r.id}`) ?? null });
    return entry;
  });
  return fromRows(entries, size, Number(total), (e) => e.cursor, cursor !== null);
}
