import { currentAuditScope } from '../../kernel/audit-scope.js';
import type { RequestContext } from '../../kernel/context.js';
import { requireViewer } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { closeOwnAccount } from '../auth/index.js';
import type { CloseMyAccountInput } from './patient-rights.types.js';

/**
 * A patient closes their portal account: sign-in is removed (account disabled, every session
 * ended) while the medical record stays, as the law requires a hospital to keep it; staff go on
 * reading and writing it. The mutation's audit row names the patient.
 */
export async function closeMyAccount(ctx: RequestContext, input: CloseMyAccountInput) {
  const viewer = requireViewer(ctx);
  if (!input.confirm) throw new ValidationError({ confirm: 'must be true' });
  const user = await closeOwnAccount(ctx, input.password);
  currentAuditScope()?.setTarget('User', user.id, viewer.patientId);
  return true;
}
