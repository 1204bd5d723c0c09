import type { RequestContext } from '../context.js';
import { DomainError, ForbiddenError, UnauthenticatedError } from '../errors.js';
import { type Role } from './roles.js';

/**
 * Authorization rules as plain predicates over (context, args, parent). Only `app/permissions.ts`
 * knows they are run by graphql-shield. A rule answers true, or the error to send.
 */
export interface AccessRule {
  name: string;
  /** 'contextual' when the answer depends on the viewer only; otherwise 'strict'. */
  cache: 'contextual' | 'strict' | 'no_cache';
  check(ctx: RequestContext, args: Record<string, unknown>, parent: unknown): boolean | Error;
}

/** Rules for one GraphQL type: one rule for the whole type, or per field (with `'*'`). */
export type TypeRules = AccessRule | Record<string, AccessRule>;
export type RuleMap = Record<string, TypeRules>;

export const anyone: AccessRule = { name: 'anyone', cache: 'contextual', check: () => true };

/**
 * Signed in, even when the password must be changed or two-step verification set up first (me,
 * changePassword, logout, the enrolment itself).
 */
export const signedIn: AccessRule = {
  name: 'signedIn',
  cache: 'contextual',
  check: (ctx) => (ctx.viewer ? true : new UnauthenticatedError()),
};

function signedInAndFresh(ctx: RequestContext): true | Error {
  if (!ctx.viewer) return new UnauthenticatedError();
  if (ctx.viewer.mustChangePassword) {
    return new DomainError('PASSWORD_CHANGE_REQUIRED', 'Change your password before continuing.', {
      http: { status: 403 },
    });
  }
  if (ctx.viewer.mfaEnrolmentRequired) {
    return new DomainError(
      'MFA_ENROLMENT_REQUIRED',
      'Set up two-step verification before continuing.',
      { http: { status: 403 } },
    );
  }
  return true;
}

/** Signed in with a password that needs no change. */
export const authenticated: AccessRule = {
  name: 'authenticated',
  cache: 'contextual',
  check: signedInAndFresh,
};

/** Signed in with one of these roles. */
export function roles(...allowed: Role[]): AccessRule {
  return {
    name: `roles:${[...allowed].sort().join(',')}`,
    cache: 'contextual',
    check: (ctx) => {
      const ok = signedInAndFresh(ctx);
      if (ok !== true) return ok;
      return ctx.viewer && allowed.includes(ctx.viewer.role) ? true : new ForbiddenError();
    },
  };
}

/** A rule that depends on the parent object (row-level visibility of a type's fields). */
export function parentRule(
  name: string,
  check: (ctx: RequestContext, parent: unknown) => boolean,
): AccessRule {
  return {
    name,
    // Not 'strict': shield would hash the parent for its cache key, and hashing an ORM entity
    // walks its whole graph. The check itself is a comparison, cheaper than any cache.
    cache: 'no_cache',
    check: (ctx, _args, parent) => {
      if (!ctx.viewer && !ctx.authenticatedUserId) return new UnauthenticatedError();
      return check(ctx, parent) ? true : new ForbiddenError();
    },
  };
}
