import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { ResetPasswordInput } from './auth.inputs.js';
import * as tokens from './account-tokens.service.js';
import { User } from './user.entity.js';

/** What an account's owner does from a mailed link, and their mail preferences. */
@Resolver(() => User)
export class AccountTokensResolver {
  @Mutation(() => Boolean, {
    description:
      'Mails a password-reset link to the address if it has an account; always answers true.',
  })
  requestPasswordReset(
    @Ctx() ctx: RequestContext,
    @Arg('email', () => String) email: string,
  ): Promise<boolean> {
    return tokens.requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password from a reset link and ends every session of the account. A bad, ' +
      'expired or used link is BAD_USER_INPUT with extensions.reason TOKEN_INVALID, ' +
      'TOKEN_EXPIRED or TOKEN_USED.',
  })
  resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
  ): Promise<boolean> {
    return tokens.resetPassword(ctx, input.token, input.newPassword);
  }

  @Mutation(() => Boolean, {
    description: 'Confirms an email address from its mailed link (same refusals as resetPassword).',
  })
  verifyEmail(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
  ): Promise<boolean> {
    return tokens.verifyEmail(ctx, token);
  }

  @Mutation(() => Boolean, {
    description: 'Mails the caller a new verification link; false when already confirmed.',
  })
  resendVerificationEmail(@Ctx() ctx: RequestContext): Promise<boolean> {
    return tokens.resendVerificationEmail(ctx);
  }

  @Mutation(() => User, { description: 'Turns appointment reminders by mail off (true) or on.' })
  setReminderOptOut(
    @Ctx() ctx: RequestContext,
    @Arg('optOut', () => Boolean) optOut: boolean,
  ): Promise<User> {
    return tokens.setReminderOptOut(ctx, optOut);
  }
}
