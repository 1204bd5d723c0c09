import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { execute, GraphQLError, subscribe } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import compression from 'compression';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { StartupError } from '../kernel/config.js';
import type { RequestContext } from '../kernel/context.js';
import { withLiveEvents } from '../kernel/pubsub.js';
import { attachmentRoutes } from '../modules/records/index.js';
import { createApollo } from './apollo.js';
import { httpContext, requestIdOf, resolveViewer, type AppServices } from './context.js';

export interface RunningServer {
  httpServer: Server;
  url: string;
  stop(): Promise<void>;
}

/**
 * One process, one port: GraphQL over HTTP and WebSocket at /graphql, health probes, and the
 * built PWA with SPA fallback at /.
 */
export async function startServer(
  services: AppServices,
  schema: GraphQLSchema,
  listen: { port: number; host: string },
): Promise<RunningServer> {
  const { config, log } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);

  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = requestIdOf(req);
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(
        { requestId, method: req.method, path: req.path, status: res.statusCode, ms },
        'request',
      );
    });
    next();
  });
  // gzip for the PWA's assets and GraphQL answers: on a ward's Wi-Fi, bytes are what users wait on.
  app.use(compression());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"], // same-origin ws:/wss: included (CSP 3)
          workerSrc: ["'self'"],
          manifestSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: config.env === 'production',
    }),
  );

  // The camera is for barcode scanning by the app itself; nothing else is ever needed.
  app.use((_req, res, next) => {
    res.setHeader(
      'permissions-policy',
      'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    );
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await services.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  // Upgrades are routed here rather than by handing ws the server: ws would pass the server's
  // own errors (a busy port) on to graphql-ws, which prints them with a stack trace.
  const wsServer = new WebSocketServer({ noServer: true, path: '/graphql' });
  httpServer.on('upgrade', (req, socket, head) => {
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
        const viewer = await resolveViewer(
          services,
          em,
          typeof auth === 'string' ? auth : undefined,
        );
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
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    // After the body is read: the stream's callbacks would not carry the binding.
    (_req: Request, _res: Response, next: NextFunction) => {
      withLiveEvents(services.liveEvents, next);
    },
    expressMiddleware(apollo, { context: ({ req, res }) => httpContext(services, req, res) }),
  );

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
          message: bad ? 'The request body could not be read.' : 'Internal error.',
          extensions: { code },
        },
      ],
    });
  });

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
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : listen.port;
  return {
    httpServer,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      stopResuming();
      await wsCleanup.dispose();
      await apollo.stop();
    },
  };
}

/**
 * Fails fast, before the database starts, when the HTTP port cannot be taken; `startServer`
 * reports the same way should the port be taken in between.
 */
export async function assertCanListen(listen: { port: number; host: string }): Promise<void> {
  const err = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    const probe = createNetServer();
    probe.once('error', resolve);
    probe.listen(listen.port, listen.host, () => {
      probe.close(() => {
        resolve(undefined);
      });
    });
  });
  if (err) throw listenFailure(err, listen);
}

/** What the operator can do about a port or host the server cannot listen on. */
function listenFailure(
  err: NodeJS.ErrnoException,
  { port, host }: { port: number; host: string },
): Error {
  switch (err.code ?? '') {
    case 'EADDRINUSE':
      return new StartupError(
        `Port ${port} is already in use: stop the program that uses it, or set PORT to a free port.`,
      );
    case 'EACCES':
      return new StartupError(
        `Port ${port} needs privileges this user does not have: set PORT to a port above 1023.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(
        `HOST ${host} is not an address of this machine: set HOST to one of its addresses, ` +
          'or to 0.0.0.0 for all of them.',
      );
    default:
      return err;
  }
}
