import { isUuid } from '../../kernel/validation.js';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { NotFoundError } from '../../kernel/errors.js';
import { PatientPart, requirePatientAccess } from '../access/index.js';
import { Practitioner } from './practitioner.entity.js';
import { isPractitionerAccount, managesEveryAgenda } from './scheduling.rules.js';

/** The practitioner profile of the calling doctor, if any. */
export async function ownPractitioner(ctx: RequestContext): Promise<Practitioner | null> {
  const viewer = requireViewer(ctx);
  if (!isPractitionerAccount(viewer)) return null;
  return ctx.em.findOne(Practitioner, { user: viewer.userId });
}

/**
 * The practitioner whose agenda the caller manages: reception and admins any, a doctor only
 * their own. Anything else is "not found", so ids don't leak.
 */
export async function managedPractitioner(
  ctx: RequestContext,
  practitionerId: string,
): Promise<Practitioner> {
  const viewer = requireViewer(ctx);
  const p = isUuid(practitionerId)
    ? await ctx.em.findOne(Practitioner, practitionerId, { populate: ['user'] })
    : null;
  if (!p) throw new NotFoundError('Practitioner');
  if (managesEveryAgenda(viewer)) return p;
  if (isPractitionerAccount(viewer) && p.user.id === viewer.userId) return p;
  throw new NotFoundError('Practitioner');
}

/**
 * The patient an agenda action is for, through the access policy: a patient acts for
 * themself, staff for the patients they may find; anything else is "not found".
 */
export async function patientScope(ctx: RequestContext, patientId: string): Promise<void> {
  await requirePatientAccess(ctx, patientId, PatientPart.IDENTITY);
}
