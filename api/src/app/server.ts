import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { execute, GraphQLError, subscribe } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import compression from 'compression';
import proxyAddr from 'proxy-addr';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { StartupError } from '../kernel/config.js';
import type { RequestContext, Viewer } from '../kernel/context.js';
import {
  isDatabaseUnavailable,
  SERVICE_UNAVAILABLE_MESSAGE,
  ServiceUnavailableError,
} from '../kernel/errors.js';
import type { JobRunner } from '../kernel/jobs.js';
import type { Logger } from '../kernel/logger.js';
import { withLiveEvents } from '../kernel/pubsub.js';
import { attachmentRoutes } from '../modules/records/index.js';
import { createApollo } from './apollo.js';
import { httpContext, requestIdOf, resolveViewer, type AppServices } from './context.js';
import {
  BODY_UNREADABLE,
  graphqlHttpHandler,
  isGraphqlPath,
  type GraphqlHttp,
} from './graphql-http.js';
import { securityHeaders } from './security-headers.js';
import { AppMetrics, serveMetrics, type MetricsListener, type PoolStats } from './metrics.js';

export interface RunningServer {
  httpServer: Server;
  url: string;
  /** Where `/metrics` answers (METRICS_PORT), if anywhere. */
  metricsUrl: string | undefined;
  /**
   * First step of a graceful stop: /readyz answers 503 so that load balancers send no new
   * requests; everything else is still served.
   */
  beginDrain(): void;
  /**
   * Stops serving: WebSockets are closed with 1012 (service restart) so that their clients
   * reconnect to another instance, the port closes, and the HTTP requests in flight finish (up to
   * 10 s, then their connections are cut). The database is the caller's to close, afterwards.
   */
  stop(): Promise<void>;
}

/** What the server reports on /metrics besides what it knows itself. */
export interface ServerExtras {
  jobs?: Pick<JobRunner, 'stats'>;
  /** The pool beside the ORM's (rate limits, NOTIFYs). */
  sharedPool?: PoolStats;
}

/** WebSocket close code "service restart": the client should reconnect, maybe elsewhere. */
const SERVICE_RESTART = 1012;
/** WebSocket close code "try again later". */
const TRY_AGAIN_LATER = 1013;

/**
 * One process, one port: GraphQL over HTTP and WebSocket at /graphql, health probes, and the
 * built PWA with SPA fallback at /.
 */
export async function startServer(
  services: AppServices,
  schema: GraphQLSchema,
  listen: { port: number; host: string },
  extras: ServerExtras = {},
): Promise<RunningServer> {
  const { config, log } = services;
  const app = express();
  app.disable('x-powered-by');
  // No ETag computed by express: it was a SHA-1 of every GraphQL answer (POSTs, never revalidated;
  // ~1 ms for a 700 KB shift pack). Assets keep theirs (serve-static's own option); index.html,
  // sent with no-cache, is revalidated by its Last-Modified.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  // GraphQL over HTTP is answered on node:http directly (`graphql-http.ts`); the rest by Express.
  // Its handler needs Apollo, which needs this server (to drain it): it is set once Apollo has
  // started, before the port opens.
  const graphql: { handle?: GraphqlHttp } = {};
  const trust = app.get('trust proxy fn') as (addr: string, i: number) => boolean;
  const httpServer = createServer((req, res) => {
    const handle = graphql.handle;
    if (!handle || !isGraphqlPath(req.url)) {
      app(req, res);
      return;
    }
    const requestId = track(req, res, '/graphql');
    const ip = proxyAddr(req, trust);
    handle(req, res, async () => {
      try {
        return await httpContext(services, req, res, { requestId, ip });
      } catch (err) {
        throw contextFailure(err, log, requestId);
      }
    });
  });
  let draining = false;
  // Upgrades are routed by hand (below); ws is created here so that metrics can count its clients.
  const wsServer = new WebSocketServer({ noServer: true, path: '/graphql' });
  const metrics = config.metrics
    ? new AppMetrics({
        pools: {
          orm: await services.orm.em.getConnection().getNativeClient(),
          ...(extras.sharedPool ? { shared: extras.sharedPool } : {}),
        },
        liveEventSubscribers: () => services.liveEvents.subscriberCount,
        liveEventsListening: () => services.liveEvents.listening,
        webSockets: () => wsServer.clients.size,
        ...(extras.jobs ? { jobs: extras.jobs.stats.bind(extras.jobs) } : {}),
      })
    : undefined;

  /** Tags an answer with its request id, and logs and measures it when it is sent. */
  const track = (req: IncomingMessage, res: ServerResponse, requestPath: string): string => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    const method = req.method ?? 'GET';
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      metrics?.observeHttp(method, requestPath, res.statusCode, ms / 1000);
      log.info({ requestId, method, path: requestPath, status: res.statusCode, ms }, 'request');
    });
    return requestId;
  };
  const headers = securityHeaders(config);

  app.use((req: Request, res: Response, next: NextFunction) => {
    // Read now: inside a mounted router (/files) req.path loses the mount point.
    res.locals.requestId = track(req, res, req.path);
    next();
  });
  // gzip for the PWA's assets and GraphQL answers: on a ward's Wi-Fi, bytes are what users wait on.
  app.use(compression());
  app.use((_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Ready: not draining, and the database answers (within the pool's connect timeout).
  app.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await services.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  // Metrics live on their own listener (METRICS_PORT), never on the public port, whatever the
  // PWA's fallback route would answer.
  app.all('/metrics', (_req, res) => {
    res
      .status(404)
      .json({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
  });

  // Upgrades are routed here rather than by handing ws the server: ws would pass the server's
  // own errors (a busy port) on to graphql-ws, which prints them with a stack trace. A draining
  // instance takes no new socket.
  httpServer.on('upgrade', (req, socket, head) => {
    if (draining) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    wsServer.handleUpgrade(req, socket, head, (ws) => {
      wsServer.emit('connection', ws, req);
    });
  });
  const wsCleanup = useServer<
    Record<string, unknown>,
    { viewerContext?: RequestContext; authorization?: string }
  >(
    {
      schema,
      // Each operation runs as this instance's: it subscribes to and publishes through its
      // live events (what matters when a test runs two instances in one process).
      execute: (args) => withLiveEvents(services.liveEvents, () => execute(args)),
      subscribe: (args) => withLiveEvents(services.liveEvents, () => subscribe(args)),
      // Authenticated at connect; shield still checks every operation and event.
      onConnect: async (ctx) => {
        const auth = ctx.connectionParams?.authorization;
        const em = services.orm.em.fork();
        let viewer: Viewer | null;
        try {
          viewer = await resolveViewer(services, em, typeof auth === 'string' ? auth : undefined);
        } catch (err) {
          if (!isDatabaseUnavailable(err)) throw err;
          // Not the session's fault: the client retries, as after any outage.
          log.warn({ err: describeError(err) }, 'database unavailable: socket closed');
          ctx.extra.socket.close(TRY_AGAIN_LATER, SERVICE_UNAVAILABLE_MESSAGE);
          return false;
        }
        if (!viewer) return false;
        ctx.extra.authorization = typeof auth === 'string' ? auth : undefined;
        ctx.extra.viewerContext = {
          requestId: `ws-${viewer.sessionId}`,
          ip: null,
          userAgent: null,
          log: log.child({ ws: true }),
          em,
          viewer,
          clock: services.clock,
          config,
          rateLimits: services.rateLimits,
          cookies: {},
        };
        return true;
      },
      context: (ctx) => {
        const base = ctx.extra.viewerContext;
        if (!base) throw new Error('unauthenticated socket');
        return { ...base, em: services.orm.em.fork() };
      },
      // A socket lives no longer than its session: before every event is delivered, the token
      // and the session row are checked again (logout, revocation, disabled account, role or
      // password change, expiry). A socket whose session ended gets an error instead of the
      // event and is closed; the PWA reconnects with a fresh token if it still has a session.
      onNext: async (ctx) => {
        const before = ctx.extra.viewerContext?.viewer;
        const now = await resolveViewer(services, services.orm.em.fork(), ctx.extra.authorization);
        if (now?.sessionId === before?.sessionId && now?.role === before?.role) return undefined;
        ctx.extra.socket.close(4403, 'Session ended');
        return {
          errors: [
            new GraphQLError('Your session has ended.', {
              extensions: { code: 'UNAUTHENTICATED' },
            }),
          ],
        };
      },
    },
    wsServer,
  );
  // Events published while the listener was reconnecting are lost: sockets are closed with
  // "service restart", so that clients reconnect and read their boards again.
  const stopResuming = services.liveEvents.onResume(() => {
    for (const socket of wsServer.clients) socket.close(1012, 'Live events resumed');
  });

  const apollo = createApollo(schema, httpServer, {
    introspection: config.introspection,
    maxCost: config.maxQueryCost,
    plugins: metrics ? [metrics.apolloPlugin] : [],
  });
  await apollo.start();
  graphql.handle = graphqlHttpHandler({
    apollo,
    headers,
    // After the body is read: the stream's callbacks would not carry the binding.
    bind: (fn) => withLiveEvents(services.liveEvents, fn),
    onError: (err) => {
      log.error(
        { err: { message: err instanceof Error ? err.message : String(err) }, path: '/graphql' },
        'unexpected error',
      );
    },
  });

  // Attachments (R19): raw uploads up to 20 MB and downloads, bearer-authenticated like /graphql.
  app.use(
    '/files',
    attachmentRoutes({
      orm: services.orm,
      clock: services.clock,
      dataDir: config.dataDir,
      viewerOf: (em, authorization) => resolveViewer(services, em, authorization),
    }),
  );

  const dist = config.pwaDist;
  if (existsSync(path.join(dist, 'index.html'))) {
    app.use(
      express.static(dist, {
        index: false,
        setHeaders: (res, file) => {
          const immutable = file.includes(`${path.sep}assets${path.sep}`);
          res.setHeader(
            'cache-control',
            immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      }),
    );
    // The sign-in page is its own document (plain HTML that paints before the app's code).
    const signIn = path.join(dist, 'login.html');
    if (existsSync(signIn)) {
      app.get('/login', (_req, res) => {
        res.setHeader('cache-control', 'no-cache');
        res.sendFile(signIn);
      });
    }
    app.get(/^(?!\/graphql|\/files).*/, (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(path.join(dist, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('CareGraph API. The PWA is not built: run `pnpm build`.');
    });
  }

  // Last: what no route answered cleanly (a body that is no JSON, one over the limit, an upload
  // that failed midway) gets a typed JSON error, never Express's HTML page or a stack.
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (isDatabaseUnavailable(err)) {
      log.warn(
        { err: describeError(err), path: req.originalUrl.split('?')[0] },
        'database unavailable',
      );
      const { message, extensions } = new ServiceUnavailableError();
      const { code, retryAfter } = extensions;
      res
        .status(503)
        .setHeader('retry-after', String(retryAfter))
        .json({ errors: [{ message, extensions: { code, retryAfter } }] });
      return;
    }
    const type = (err as { type?: unknown }).type;
    const status = (err as { status?: unknown }).status;
    const bad = typeof status === 'number' && status >= 400 && status < 500;
    if (!bad) {
      log.error(
        { err: { message: err instanceof Error ? err.message : String(err) }, path: req.path },
        'unexpected error',
      );
    }
    const code =
      type === 'entity.too.large'
        ? 'PAYLOAD_TOO_LARGE'
        : bad
          ? 'BAD_REQUEST'
          : 'INTERNAL_SERVER_ERROR';
    res.status(bad ? status : 500).json({
      errors: [
        {
          message: bad ? BODY_UNREADABLE : 'Internal error.',
          extensions: { code },
        },
      ],
    });
  });

  let metricsListener: MetricsListener | undefined;
  try {
    if (metrics && config.metrics) {
      metricsListener = await serveMetrics(metrics, config.metrics, (err) =>
        listenFailure(err, config.metrics ?? listen, METRICS_VARIABLES),
      );
    }
    await new Promise<void>((resolve, reject) => {
      const failed = (err: NodeJS.ErrnoException) => {
        reject(listenFailure(err, listen));
      };
      httpServer.once('error', failed);
      httpServer.listen(listen.port, listen.host, () => {
        httpServer.off('error', failed);
        resolve();
      });
    });
  } catch (err) {
    // The listener's error is the one to report.
    stopResuming();
    await metricsListener?.close();
    await Promise.resolve(wsCleanup.dispose()).catch(() => undefined);
    await apollo.stop().catch(() => undefined);
    throw err;
  }
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : listen.port;
  return {
    httpServer,
    url: `http://127.0.0.1:${port}`,
    metricsUrl: metricsListener?.url,
    beginDrain() {
      draining = true;
    },
    async stop() {
      draining = true;
      stopResuming();
      // Before the port closes (right after, in Apollo's drain), so that no client is told to
      // reconnect to an instance still taking sockets: new upgrades are refused from now on.
      for (const socket of wsServer.clients) socket.close(SERVICE_RESTART, 'Service restart');
      await wsCleanup.dispose();
      // Apollo's drain plugin: closes the port, waits for the requests in flight (10 s at most).
      await apollo.stop();
      await metricsListener?.close();
    },
  };
}

/**
 * What a failed context (the session lookup) becomes: SERVICE_UNAVAILABLE for an outage, else an
 * internal error with the request id; never the failure's own message.
 */
function contextFailure(err: unknown, log: Logger, requestId: unknown): GraphQLError {
  if (isDatabaseUnavailable(err)) {
    log.warn({ err: describeError(err), requestId }, 'database unavailable');
    return new ServiceUnavailableError();
  }
  log.error(
    { err: err instanceof Error ? { message: err.message, stack: err.stack } : err, requestId },
    'unexpected error',
  );
  return new GraphQLError('Internal error. Quote this request id to support.', {
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  });
}

/** Enough to tell an outage in the logs (driver code and message); no stack, no query. */
function describeError(err: unknown) {
  if (!(err instanceof Error)) return { message: String(err) };
  return { code: (err as { code?: unknown }).code, message: err.message.split('\n')[0] };
}

/** The variables that set a listener's port and host, for messages. */
interface ListenVariables {
  port: string;
  host: string;
}
const HTTP_VARIABLES: ListenVariables = { port: 'PORT', host: 'HOST' };
export const METRICS_VARIABLES: ListenVariables = { port: 'METRICS_PORT', host: 'METRICS_HOST' };

/**
 * Fails fast, before the database starts, when a port (HTTP by default) cannot be taken;
 * `startServer` reports the same way should the port be taken in between.
 */
export async function assertCanListen(
  listen: { port: number; host: string },
  variables: ListenVariables = HTTP_VARIABLES,
): Promise<void> {
  const err = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    const probe = createNetServer();
    probe.once('error', resolve);
    probe.listen(listen.port, listen.host, () => {
      probe.close(() => {
        resolve(undefined);
      });
    });
  });
  if (err) throw listenFailure(err, listen, variables);
}

/** What the operator can do about a port or host the server cannot listen on. */
function listenFailure(
  err: NodeJS.ErrnoException,
  { port, host }: { port: number; host: string },
  names: ListenVariables = HTTP_VARIABLES,
): Error {
  switch (err.code ?? '') {
    case 'EADDRINUSE':
      return new StartupError(
        `Port ${port} is already in use: stop the program that uses it, or set ${names.port} ` +
          'to a free port.',
      );
    case 'EACCES':
      return new StartupError(
        `Port ${port} needs privileges this user does not have: set ${names.port} to a port ` +
          'above 1023.',
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(
        `${names.host} ${host} is not an address of this machine: set ${names.host} to one of its ` +
          'addresses, or to 0.0.0.0 for all of them.',
      );
    default:
      return err;
  }
}
