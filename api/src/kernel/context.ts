import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from './auth/roles.js';
import type { Clock } from './clock.js';
import type { AppConfig } from './config.js';
import type { Logger } from './logger.js';
import type { RateLimits } from './rate-limit.js';

/** The signed-in caller, resolved from the access token and the live session row. */
export interface Viewer {
  userId: string;
  sessionId: string;
  role: Role;
  /** The patient record of a PATIENT account. */
  patientId: string | null;
  mustChangePassword: boolean;
  /**
   * The role requires a second factor the account has not enrolled yet: the session may only
   * enrol (and read `me`, change its password, sign out) until it does.
   */
  mfaEnrolmentRequired: boolean;
  /** The account's name as it shows (`User.displayName`), read with the session. */
  displayName: string;
}

/** What every resolver and service receives for one request. */
export interface RequestContext {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  log: Logger;
  /** The request's EntityManager; during a mutation, its transaction. */
  em: EntityManager;
  viewer: Viewer | null;
  /** Set by login/refresh/registration so the answer may show the account just signed in. */
  authenticatedUserId?: string;
  clock: Clock;
  config: AppConfig;
  rateLimits: RateLimits;
  /** Cookies of the HTTP request (empty over WebSocket). */
  cookies: Record<string, string | undefined>;
  /** Cookies set on the HTTP answer; absent over WebSocket. */
  responseCookies?: ResponseCookies;
}

export interface CookieOptions {
  httpOnly: boolean;
  sameSite: 'strict' | 'lax';
  secure: boolean;
  path: string;
  expires?: Date;
}

/** What a service may do to the answer's cookies (the refresh cookie). */
export interface ResponseCookies {
  set(name: string, value: string, options: CookieOptions): void;
  clear(name: string, options: Omit<CookieOptions, 'expires'>): void;
}

export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new Error('requireViewer called on an anonymous request');
  return ctx.viewer;
}
