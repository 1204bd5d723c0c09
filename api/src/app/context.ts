import type { MikroORM } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { verifyAccessToken } from '../kernel/auth/tokens.js';
import type { Clock } from '../kernel/clock.js';
import type { AppConfig } from '../kernel/config.js';
import type { RequestContext, Viewer } from '../kernel/context.js';
import type { LiveEvents } from '../kernel/live-events.js';
import type { Logger } from '../kernel/logger.js';
import type { RateLimits } from '../kernel/rate-limit.js';
import { isPatientAccount } from '../modules/access/index.js';
import { Session } from '../modules/auth/index.js';
import { patientIdOfAccount } from '../modules/patients/index.js';

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
  const session = await em.findOne(
    Session,
    {
      id: claims.sid,
      revokedAt: null,
      expiresAt: { $gt: clock.now() },
      user: { id: claims.sub, active: true },
    },
    { populate: ['user'] },
  );
  if (!session) return null;
  const user = session.user.getEntity();
  return {
    userId: user.id,
    sessionId: session.id,
    role: user.role,
    patientId: isPatientAccount(user) ? await patientIdOfAccount(em, user.id) : null,
    mustChangePassword: user.mustChangePassword,
  };
}

export function requestIdOf(req: Request): string {
  const given = req.header('x-request-id');
  return given && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID();
}

/** The context of one HTTP GraphQL request. */
export async function httpContext(
  services: AppServices,
  req: Request,
  res: Response,
): Promise<RequestContext> {
  const requestId = (res.locals.requestId as string | undefined) ?? requestIdOf(req);
  const em = services.orm.em.fork();
  return {
    requestId,
    ip: req.ip ?? null,
    userAgent: req.header('user-agent') ?? null,
    log: services.log.child({ requestId }),
    em,
    viewer: await resolveViewer(services, em, req.header('authorization')),
    clock: services.clock,
    config: services.config,
    rateLimits: services.rateLimits,
    cookies: parseCookie(req.header('cookie') ?? ''),
    req,
    res,
  };
}
