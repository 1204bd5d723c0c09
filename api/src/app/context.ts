import type { MikroORM } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyAccessToken } from '../kernel/auth/tokens.js';
import type { Role } from '../kernel/auth/roles.js';
import type { Clock } from '../kernel/clock.js';
import type { AppConfig } from '../kernel/config.js';
import type { RequestContext, Viewer } from '../kernel/context.js';
import type { LiveEvents } from '../kernel/live-events.js';
import type { Logger } from '../kernel/logger.js';
import type { RateLimits } from '../kernel/rate-limit.js';
import { isPatientAccount } from '../modules/access/index.js';
import { displayNameOf, mfaRequiredForRole, Session, User } from '../modules/auth/index.js';
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
 * and the few account columns the viewer carries. Asking the ORM to build it (`findOne` with a
 * condition on the relation and `populate`) cost ~1.5 ms of CPU per request; hydrating the whole
 * account into the request's EntityManager on every request cost ~80 µs more (MikroORM defines
 * each property on each instance it creates), for an entity most requests never read. The
 * account is loaded where more of it is needed (`me` asking for more than the viewer holds), by
 * id, in one more small statement.
 */
let sessionLookup: string | undefined;

/** The account properties the viewer is made of, read with the session on every request. */
const VIEWER_COLUMNS = [
  'id',
  'role',
  'mustChangePassword',
  'mfaEnabledAt',
  'givenName',
  'familyName',
] as const;

/** A row of the lookup: each column under its property's name. */
interface ViewerRow {
  id: string;
  role: Role;
  mustChangePassword: boolean;
  mfaEnabledAt: Date | null;
  givenName: string;
  familyName: string;
}

function sessionLookupSql(em: RequestContext['em']): string {
  if (sessionLookup) return sessionLookup;
  const metadata = em.getMetadata();
  const user = metadata.get(User);
  const session = metadata.get(Session);
  const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const column = (name: (typeof VIEWER_COLUMNS)[number] | 'active') => {
    const field = user.props.find((p) => p.name === name)?.fieldNames[0];
    if (!field) throw new Error(`app_user has no column for ${name}`);
    return field;
  };
  const columns = VIEWER_COLUMNS.map((name) => `u.${q(column(name))} as ${q(name)}`);
  const userId = q(column('id'));
  sessionLookup =
    `select ${columns.join(', ')} from ${q(session.tableName)} s ` +
    `join ${q(user.tableName)} u on u.${userId} = s.user_id ` +
    `where s.id = ? and s.revoked_at is null and s.expires_at > ? and u.${userId} = ? ` +
    `and u.${q(column('active'))} = true`;
  return sessionLookup;
}

/**
 * Resolves the caller from a bearer token: signature and claims first, then the session row,
 * so that a revoked session or a disabled account stops working on the very next request.
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
  const rows = await em.execute<ViewerRow[]>(sessionLookupSql(em), [
    claims.sid,
    clock.now(),
    claims.sub,
  ]);
  const row = rows[0];
  if (!row) return null;
  return {
    userId: row.id,
    sessionId: claims.sid,
    role: row.role,
    patientId: isPatientAccount(row) ? await patientIdOfAccount(em, row.id) : null,
    mustChangePassword: row.mustChangePassword,
    mfaEnrolmentRequired: mfaRequiredForRole(row.role) && !row.mfaEnabledAt,
    displayName: displayNameOf(row),
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
