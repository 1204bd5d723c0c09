import type { ApolloServerPlugin } from '@apollo/server';
import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestContext } from '../kernel/context.js';
import { isPublicCode } from '../kernel/errors.js';
import type { JobCounts } from '../kernel/jobs.js';

/** What a connection pool tells about itself (pg's `Pool` has all three). */
export interface PoolStats {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

/** What the metrics read at each scrape. */
export interface MetricSources {
  /** Connection pools by name (`orm`, `shared`). */
  pools: Readonly<Record<string, PoolStats>>;
  /** Open GraphQL subscriptions fed by this instance's live events. */
  liveEventSubscribers(): number;
  /** Whether the live-event listener connection is up. */
  liveEventsListening(): boolean;
  /** Open WebSocket connections. */
  webSockets(): number;
  /** Job attempts by job name, when the job runner is known. */
  jobs?: () => ReadonlyMap<string, Readonly<JobCounts>>;
}

/** Seconds: GraphQL and HTTP answers are expected in tens of milliseconds, rarely seconds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Paths reported under their own name; anything else is one `other` (the PWA and its assets). */
const ROUTES = new Set(['/graphql', '/files', '/healthz', '/readyz', '/metrics', '/assets']);

/** Operation names are chosen by clients: past this many, new ones are counted as `(other)`. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The `route` label of a request path: a few fixed values, so that no client can add series. */
export function routeOf(path: string): string {
  const first = `/${path.split('/')[1] ?? ''}`;
  return ROUTES.has(first) ? first : 'other';
}

/**
 * Prometheus metrics of one API instance, in a registry of its own (two instances in one test
 * process do not mix): Node's process metrics, HTTP requests by route and status, GraphQL
 * operations by name and outcome, the connection pools, live events and background jobs.
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly operations: Counter<'operation' | 'type' | 'outcome'>;
  private readonly operationDuration: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly operationNames = new Set<string>();

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests answered, by method, route and status code (_count is the number).',
      labelNames: ['method', 'route', 'status_code'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.operations = new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations over HTTP, by operation name, type and outcome (success or error code).',
      labelNames: ['operation', 'type', 'outcome'],
      registers,
    });
    this.operationDuration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'Time to answer a GraphQL operation over HTTP, by operation name, type and outcome.',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    new Gauge({
      name: 'caregraph_db_pool_connections',
      help: 'Database connections of a pool, by pool and state (in_use, idle).',
      labelNames: ['pool', 'state'],
      registers,
      collect() {
        for (const [pool, stats] of Object.entries(sources.pools)) {
          this.set({ pool, state: 'in_use' }, stats.totalCount - stats.idleCount);
          this.set({ pool, state: 'idle' }, stats.idleCount);
        }
      },
    });
    new Gauge({
      name: 'caregraph_db_pool_waiting_requests',
      help: 'Requests waiting for a connection of a pool.',
      labelNames: ['pool'],
      registers,
      collect() {
        for (const [pool, stats] of Object.entries(sources.pools)) {
          this.set({ pool }, stats.waitingCount);
        }
      },
    });
    new Gauge({
      name: 'caregraph_live_event_subscribers',
      help: "Open GraphQL subscriptions fed by this instance's live events.",
      registers,
      collect() {
        this.set(sources.liveEventSubscribers());
      },
    });
    new Gauge({
      name: 'caregraph_live_events_listening',
      help: '1 while the live-event LISTEN connection is up, 0 while it reconnects.',
      registers,
      collect() {
        this.set(sources.liveEventsListening() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'caregraph_websocket_connections',
      help: 'Open GraphQL WebSocket connections.',
      registers,
      collect() {
        this.set(sources.webSockets());
      },
    });
    const jobs = sources.jobs;
    if (jobs) {
      new Counter({
        name: 'caregraph_jobs_total',
        help: 'Background job attempts on this instance, by job and outcome (completed, failed).',
        labelNames: ['job', 'outcome'],
        registers,
        collect() {
          // The runner keeps the totals; a scrape copies them.
          this.reset();
          for (const [job, counts] of jobs()) {
            this.inc({ job, outcome: 'completed' }, counts.completed);
            this.inc({ job, outcome: 'failed' }, counts.failed);
          }
        },
      });
    }
  }

  /** Records one answered HTTP request. */
  observeHttp(method: string, path: string, status: number, seconds: number): void {
    this.httpDuration.observe(
      { method, route: routeOf(path), status_code: String(status) },
      seconds,
    );
  }

  /** Counts and times every GraphQL operation Apollo answers, by name, type and outcome. */
  readonly apolloPlugin: ApolloServerPlugin<RequestContext> = {
    requestDidStart: () => {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse: ({ operation, operationName, response }) => {
          const body = response.body;
          const errors =
            body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          const code = errors?.[0]?.extensions?.code;
          const labels = {
            // A document that did not parse or validate has no operation: its name is the client's.
            operation: operation ? this.operationLabel(operationName) : '(invalid)',
            type: operation?.operation ?? 'unknown',
            outcome: !errors?.length
              ? 'success'
              : isPublicCode(code)
                ? code
                : 'INTERNAL_SERVER_ERROR',
          };
          this.operations.inc(labels);
          this.operationDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          return Promise.resolve();
        },
      });
    },
  };

  private operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (!this.operationNames.has(name)) {
      if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
      this.operationNames.add(name);
    }
    return name;
  }
}

export interface MetricsListener {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` on a listener of its own (METRICS_PORT, bound to METRICS_HOST): the
 * public port never answers it. Anything else there is a 404.
 */
export async function serveMetrics(
  metrics: AppMetrics,
  listen: { port: number; host: string },
  onListenError: (err: NodeJS.ErrnoException) => Error,
): Promise<MetricsListener> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => {
        res
          .writeHead(200, { 'content-type': metrics.registry.contentType })
          .end(req.method === 'HEAD' ? undefined : text);
      },
      (err: unknown) => {
        res
          .writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
          .end(`Metrics could not be collected: ${err instanceof Error ? err.message : ''}\n`);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException) => {
      reject(onListenError(err));
    };
    server.once('error', failed);
    server.listen(listen.port, listen.host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : listen.port;
  const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${String(port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
