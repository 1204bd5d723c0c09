import { ReferenceKind } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyAccessToken } from '../kernel/auth/tokens.js';
import type { Clock } from '../kernel/clock.js';
import type { AppConfig } from '../kernel/config.js';
import type { RequestContext, Viewer } from '../kernel/context.js';
import type { LiveEvents } from '../kernel/live-events.js';
import type { Logger } from '../kernel/logger.js';
import type { RateLimits } from '../kernel/rate-limit.js';
import { isPatientAccount } from '../modules/access/index.js';
import { mfaRequiredForRole, Session, User } from '../modules/auth/index.js';
import { patientIdOfAccount } from '../modules/patients/index.js';
import { responseCookies } from './graphql-http.js';

export interface AppServices {
  orm: MikroORM;
  config: AppConfig;
  clock: Clock;
  log: Logger;
  rateLimits: RateLimits;
  /** This instance's live events (GraphQL subscriptions), shared with the others through PostgreSQL. */
  liveEvents: LiveEvents;
}

/**
 * The session lookup as one statement, written once per process from the entities' metadata: the
 * session by id, live (not revoked, not expired), of an active account with the token's subject,
 * and that account's columns as the ORM loads them (lazy ones, the password hash, left out).
 * Asking the ORM to build it (`findOne` with a condition on the relation and `populate`) cost
 * ~1.5 ms of CPU per request, most of the pipeline's time for a small query; the statement and
 * its answer are the same.
 */
let sessionLookup: string | undefined;

function sessionLookupSql(em: RequestContext['em']): string {
  if (sessionLookup) return sessionLookup;
  const metadata = em.getMetadata();
  const user = metadata.get(User);
  const session = metadata.get(Session);
  const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const columns = user.props
    .filter((p) => p.kind === ReferenceKind.SCALAR && p.persist !== false && !p.lazy && !p.formula)
    .flatMap((p) => p.fieldNames)
    .map((f) => `u.${q(f)}`);
  sessionLookup =
    `select ${columns.join(', ')} from ${q(session.tableName)} s ` +
    `join ${q(user.tableName)} u on u.id = s.user_id ` +
    'where s.id = ? and s.revoked_at is null and s.expires_at > ? and u.id = ? and u.active = true';
  return sessionLookup;
}

/**
 * Resolves the caller from a bearer token: signature and claims first, then the session row,
 * so that a revoked session or a disabled account stops working on the very next request. The
 * account is put in the request's EntityManager, as a `findOne` would: `me` and the services
 * that read it find it there without another query.
 */
export async function resolveViewer(
  services: AppServices,
  em: RequestContext['em'],
  authorization: string | undefined,
): Promise<Viewer | null> {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization ?? '');
  if (!match?.[1]) return null;
  const { config, clock } = services;
  const claims = await verifyAccessToken(
    match[1],
    {
      secret: config.jwtSecret,
      issuer: config.jwtIssuer,
      audience: config.jwtAudience,
      ttlSeconds: config.accessTokenTtlSeconds,
    },
    clock.now(),
  );
  if (!claims) return null;
  const rows = await em.execute<Record<string, unknown>[]>(sessionLookupSql(em), [
    claims.sid,
    clock.now(),
    claims.sub,
  ]);
  const row = rows[0];
  if (!row) return null;
  const user = em.map(User, row);
  return {
    userId: user.id,
    sessionId: claims.sid,
    role: user.role,
    patientId: isPatientAccount(user) ? await patientIdOfAccount(em, user.id) : null,
    mustChangePassword: user.mustChangePassword,
    mfaEnrolmentRequired: mfaRequiredForRole(user.role) && !user.mfaEnabledAt,
  };
}

/** The caller's request id (`x-request-id`, if well formed) or a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID();
}

/**
 * The context of one HTTP GraphQL request; `requestId` and `ip` as the server read them (the
 * request id it logs, the address behind trusted proxies).
 */
export async function httpContext(
  services: AppServices,
  req: IncomingMessage,
  res: ServerResponse,
  { requestId, ip }: { requestId: string; ip: string | null },
): Promise<RequestContext> {
  const em = services.orm.em.fork();
  return {
    requestId,
    ip,
    userAgent: req.headers['user-agent'] ?? null,
    log: services.log.child({ requestId }),
    em,
    viewer: await resolveViewer(services, em, req.headers.authorization),
    clock: services.clock,
    config: services.config,
    rateLimits: services.rateLimits,
    cookies: parseCookie(req.headers.cookie ?? ''),
    responseCookies: responseCookies(res),
  };
}
