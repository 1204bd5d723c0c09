import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { AuthPayload } from './auth.inputs.js';
import { MfaEnrolment, MfaRecoveryCodes, VerifyMfaInput } from './mfa.inputs.js';
import * as mfa from './mfa.service.js';
import { User } from './user.entity.js';

/** Two-step verification (TOTP): the second step of a sign-in, enrolment, reset. */
@Resolver(() => User)
export class MfaResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Second step of a sign-in: the challenge of login’s MFA_REQUIRED answer and a code of the ' +
      'authenticator app or a recovery code. Opens the session; a wrong code counts toward lockout.',
  })
  verifyMfa(@Ctx() ctx: RequestContext, @Arg('input', () => VerifyMfaInput) input: VerifyMfaInput) {
    return mfa.verifyMfa(ctx, input);
  }

  @Mutation(() => MfaEnrolment, {
    description: 'Offers a new authenticator secret (QR code and text); confirm it with a code.',
  })
  startMfaEnrolment(@Ctx() ctx: RequestContext) {
    return mfa.startMfaEnrolment(ctx);
  }

  @Mutation(() => MfaRecoveryCodes, {
    description:
      'Turns two-step verification on with a first code; answers ten recovery codes, once.',
  })
  confirmMfaEnrolment(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string) {
    return mfa.confirmMfaEnrolment(ctx, code);
  }

  @Mutation(() => User, {
    description:
      'Turns the caller’s two-step verification off with a current code (roles that require it ' +
      'cannot).',
  })
  disableMfa(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<User> {
    return mfa.disableMfa(ctx, code);
  }

  @Mutation(() => User, {
    description:
      'Erases another account’s authenticator and recovery codes (a lost phone) and ends its ' +
      'sessions; it enrols again at its next sign-in.',
  })
  resetUserMfa(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<User> {
    return mfa.resetUserMfa(ctx, id);
  }
}
