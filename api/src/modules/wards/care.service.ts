import type { Role } from '../../kernel/auth/roles.js';
import type { RequestContext } from '../../kernel/context.js';
import { pgArray } from '../../kernel/db/pg-array.js';
import { ValidationError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/validation.js';
import { PatientPart, type CareScope } from '../access/index.js';
import { User } from '../auth/index.js';
import { NurseAssignment } from './nurse-assignment.entity.js';
import { shiftAt } from './shifts.js';
import { wardForWrite } from './structure.service.js';
import type { AssignNursesInput } from './wards.inputs.js';
import {
  ATTENDING_ROLES,
  isWardBoundClinician,
  mayBeAssignedToWard,
  WARD_NURSE_ROLES,
} from './wards.rules.js';
import type { StaffChoice } from './wards.types.js';

/**
 * The care scope wards gives the access policy (registered in `app/`): a ward-bound clinician (a
 * nurse) reads an inpatient's clinical record only while assigned to the patient's ward for the
 * running shift; patients not in a bed stay readable as before (clinic care). Identity is never
 * narrowed: finding a patient to admit or move is everyone's job. One statement.
 */
export function wardCareScope(timeZone: string): CareScope {
  return async (ctx, viewer, patientIds, part) => {
    const all = new Set(patientIds);
    if (!isWardBoundClinician(viewer) || part === PatientPart.IDENTITY) return all;
    const { date, shift } = shiftAt(ctx.clock.now(), timeZone);
    const outside = await ctx.em.getConnection().execute<{ patient_id: string }[]>(
      `select s.patient_id from bed_stay s
      where s.patient_id = any(?::uuid[]) and s.ended_at is null and not s.cancelled
        and not exists (select 1 from nurse_assignment n
                         where n.ward_id = s.ward_id and n.nurse_user_id = ?
                           and n.date = ? and n.shift = ?)`,
      [pgArray([...all]), viewer.userId, date, shift],
    );
    for (const r of outside) all.delete(r.patient_id);
    return all;
  };
}

/** Replaces the nurses of one ward's shift; each must be an active nurse. */
export async function assignNurses(ctx: RequestContext, input: AssignNursesInput) {
  if (input.nurseUserIds.length > 50) throw new ValidationError({ nurseUserIds: 'at most 50' });
  // Locked: two managers setting one ward's shifts at once take turns, and the second one's
  // list is what remains.
  const ward = await wardForWrite(ctx.em, input.wardId, 'wardId', true);
  const wanted = new Map<string, User>();
  for (const id of new Set(input.nurseUserIds)) {
    const user = isUuid(id) ? await ctx.em.findOne(User, id) : null;
    if (!user || !user.active || !mayBeAssignedToWard(user.role)) {
      throw new ValidationError({ nurseUserIds: 'must all be active nurses' });
    }
    wanted.set(id, user);
  }
  const key = { ward, date: input.date, shift: input.shift };
  const current = await ctx.em.find(NurseAssignment, key);
  for (const a of current) if (!wanted.has(a.nurseUserId)) ctx.em.remove(a);
  for (const [id, user] of wanted) {
    if (!current.some((a) => a.nurseUserId === id)) {
      ctx.em.create(NurseAssignment, { ...key, nurseUserId: id, nurseName: user.displayName });
    }
  }
  await ctx.em.flush();
  return ctx.em.find(NurseAssignment, key, { orderBy: { nurseName: 'asc' } });
}

/** A ward's nurses for a day (every shift), or a nurse's own assignments for the day. */
export async function nurseAssignments(
  ctx: RequestContext,
  args: { wardId?: string | null; date: string },
) {
  if (args.wardId && !isUuid(args.wardId)) return [];
  const mine = ctx.viewer !== null && isWardBoundClinician(ctx.viewer);
  return ctx.em.find(
    NurseAssignment,
    {
      date: args.date,
      ...(args.wardId ? { ward: args.wardId } : {}),
      ...(mine && !args.wardId ? { nurseUserId: ctx.viewer?.userId } : {}),
    },
    { orderBy: { shift: 'asc', nurseName: 'asc' }, limit: 500 },
  );
}

/** Active accounts of these roles, by name: whom a form may choose. */
async function staffOf(ctx: RequestContext, roles: readonly Role[]): Promise<StaffChoice[]> {
  const users = await ctx.em.find(
    User,
    { role: { $in: [...roles] }, active: true },
    { orderBy: { familyName: 'asc', givenName: 'asc' }, limit: 500 },
  );
  return users.map((u) => ({ userId: u.id, name: u.displayName, jobTitle: u.jobTitle ?? null }));
}

/** The doctors who may attend an inpatient. */
export function attendingCandidates(ctx: RequestContext): Promise<StaffChoice[]> {
  return staffOf(ctx, ATTENDING_ROLES);
}

/** The nurses a manager may assign to a ward's shift. */
export function nurseCandidates(ctx: RequestContext): Promise<StaffChoice[]> {
  return staffOf(ctx, WARD_NURSE_ROLES);
}
