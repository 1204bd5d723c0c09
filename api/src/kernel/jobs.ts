import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { PgBoss, type JobWithMetadata, type Queue, type SendOptions } from 'pg-boss';
import type { Clock } from './clock.js';
import { DB_CONNECT_TIMEOUT_MS } from './db/pool.js';
import type { Logger } from './logger.js';

/** What a job's handler works with. */
export interface JobContext {
  /** An EntityManager of its own, outside any transaction: wrap writes in `em.transactional`. */
  em: EntityManager;
  clock: Clock;
  log: Logger;
  jobId: string;
  /** 0 on the first attempt, then 1, 2, … on retries. */
  attempt: number;
}

/** Retries after a failed attempt (a thrown error, or a run longer than its timeout). */
export interface JobRetry {
  /** Retries after the first attempt; 0 gives up at once. */
  limit: number;
  /** Seconds before the first retry. */
  delaySeconds: number;
  /** Doubles the delay at each retry (with jitter), up to `maxDelaySeconds`. */
  backoff?: boolean;
  maxDelaySeconds?: number;
}

/**
 * A background job, declared by the module that owns its work and registered from the
 * composition root (`app/jobs.ts`). Jobs are stored in PostgreSQL (pg-boss, schema `pgboss`): a
 * job sent, scheduled or being retried survives a restart of every instance, and each job is
 * taken by exactly one worker of one instance (`SELECT … FOR UPDATE SKIP LOCKED`).
 */
export interface JobDefinition<Data extends object = Record<string, never>> {
  /** Queue name: letters, digits, `.`, `-`, `_`; stable, jobs in flight are stored under it. */
  name: string;
  /**
   * Runs one job. Throwing fails the attempt (retried per `retry`); what it returns is stored
   * with the job. Must be idempotent: a retry after a crash may repeat work that committed.
   */
  run(data: Data, ctx: JobContext): Promise<unknown>;
  /**
   * Recurring runs: a cron expression (minute resolution, evaluated in `tz`, UTC by default).
   * Each occurrence becomes one job for the whole installation, however many instances run: the
   * instances take turns evaluating schedules and an occurrence is filed under a singleton key of
   * its minute, so a second instance evaluating it finds it already sent. Without `schedule` the
   * job runs only when sent (`JobRunner.send`).
   */
  schedule?: { cron: string; tz?: string; data?: Data };
  /** Default: 2 retries, 10 s apart, doubling. */
  retry?: JobRetry;
  /** Seconds an attempt may run before it counts as failed; default 15 minutes. */
  timeoutSeconds?: number;
  /**
   * At most one job of this queue running at a time across all instances (pg-boss `singleton`
   * policy). Fixed when the queue is first created: changing it later needs a new queue name.
   */
  oneAtATime?: boolean;
}

/** Attempts of one job's runs on this instance since it started (for /metrics). */
export interface JobCounts {
  completed: number;
  failed: number;
}

/** Any job, whatever its data (for lists of jobs). */
export type AnyJob = JobDefinition<object>;

/** Declares a job; the identity function that lets the compiler check `run` against `schedule.data`. */
export function defineJob<Data extends object = Record<string, never>>(
  def: JobDefinition<Data>,
): JobDefinition<Data> {
  return def;
}

const DEFAULT_RETRY: JobRetry = { limit: 2, delaySeconds: 10, backoff: true };

/** The schema pg-boss creates and migrates itself at start; MikroORM's snapshot never lists it. */
export const JOB_SCHEMA = 'pgboss';

export interface JobRunnerOptions {
  connectionString: string;
  orm: MikroORM;
  clock: Clock;
  log: Logger;
  jobs: readonly AnyJob[];
  /** Seconds between two polls of a queue by an idle worker (default 2). */
  pollSeconds?: number;
  /**
   * Whether this instance evaluates the schedules (default true). Tests turn it off, so that
   * nothing runs in the background unless a test sends it or asks for the schedules.
   */
  schedules?: boolean;
  /** Seconds between two evaluations of the schedules by one instance, 1–45 (default 30). */
  scheduleCheckSeconds?: number;
}

function queueOptions(job: AnyJob): Omit<Queue, 'name' | 'policy'> {
  const retry = job.retry ?? DEFAULT_RETRY;
  return {
    retryLimit: retry.limit,
    retryDelay: retry.delaySeconds,
    retryBackoff: retry.backoff ?? false,
    ...(retry.maxDelaySeconds !== undefined ? { retryDelayMax: retry.maxDelaySeconds } : {}),
    expireInSeconds: job.timeoutSeconds ?? 900,
  };
}

/**
 * Runs the application's jobs on pg-boss: creates their queues, (re)writes their schedules and
 * works them, on every instance. Started after migrations and stopped before the database: `stop`
 * lets a running job finish (up to a timeout) and hands back its connections.
 */
export class JobRunner {
  private readonly counts = new Map<string, JobCounts>();

  private constructor(
    private readonly boss: PgBoss,
    private readonly jobs: ReadonlyMap<string, AnyJob>,
  ) {
    for (const name of jobs.keys()) this.counts.set(name, { completed: 0, failed: 0 });
  }

  static async start(opts: JobRunnerOptions): Promise<JobRunner> {
    const names = new Set<string>();
    for (const job of opts.jobs) {
      if (names.has(job.name)) throw new Error(`job ${job.name} is declared twice`);
      names.add(job.name);
    }
    const log = opts.log.child({ component: 'jobs' });
    const boss = new PgBoss({
      connectionString: opts.connectionString,
      schema: JOB_SCHEMA,
      max: 4,
      connectionTimeoutMillis: DB_CONNECT_TIMEOUT_MS,
      application_name: 'caregraph-jobs',
      schedule: opts.schedules ?? true,
      cronMonitorIntervalSeconds: opts.scheduleCheckSeconds ?? 30,
      // How soon an occurrence found due becomes a job of its queue.
      cronWorkerIntervalSeconds: Math.min(opts.scheduleCheckSeconds ?? 5, 5),
    });
    // pg-boss reports failures of its own loops (a dropped connection, a failed maintenance pass)
    // here; unheard, an 'error' event would crash the process. While PostgreSQL is down every
    // poll fails: the same message is logged once, then at most every 30 s with a count.
    const repeated = new Map<string, { at: number; count: number }>();
    boss.on('error', (err: Error) => {
      const now = Date.now();
      // Each worker appends "(Queue: …, Worker: <uuid>)": one outage is one message.
      const key = err.message.replace(/\s*\(Queue: [^)]*\)$/, '');
      const last = repeated.get(key);
      if (last && now - last.at < 30_000) {
        last.count++;
        return;
      }
      if (repeated.size > 50) repeated.clear();
      repeated.set(key, { at: now, count: 0 });
      log.warn(
        { err: { message: err.message }, ...(last ? { repeated: last.count } : {}) },
        'job runner error',
      );
    });
    await boss.start();
    const runner = new JobRunner(boss, new Map(opts.jobs.map((j) => [j.name, j])));
    try {
      for (const job of opts.jobs) {
        const options = queueOptions(job);
        await boss.createQueue(job.name, {
          ...options,
          policy: job.oneAtATime ? 'singleton' : 'standard',
        });
        // createQueue keeps an existing queue as it was: apply today's retry and timeout.
        await boss.updateQueue(job.name, options);
        if (job.schedule) {
          await boss.schedule(job.name, job.schedule.cron, job.schedule.data ?? {}, {
            tz: job.schedule.tz ?? 'UTC',
          });
        } else {
          // A schedule dropped from the code must stop firing.
          await boss.unschedule(job.name);
        }
        await boss.work(
          job.name,
          { pollingIntervalSeconds: opts.pollSeconds ?? 2, batchSize: 1, includeMetadata: true },
          async (batch: JobWithMetadata[]) => {
            const [taken] = batch;
            if (taken) return runner.runOne(job, taken, opts, log);
            return undefined;
          },
        );
      }
    } catch (err) {
      await boss.stop({ graceful: false, close: true }).catch(() => undefined);
      throw err;
    }
    log.info({ jobs: [...names] }, 'job runner started');
    return runner;
  }

  private async runOne(
    job: AnyJob,
    taken: JobWithMetadata,
    opts: JobRunnerOptions,
    parent: Logger,
  ): Promise<unknown> {
    const log = parent.child({ job: job.name, jobId: taken.id, attempt: taken.retryCount });
    const started = Date.now();
    try {
      const result = await job.run(taken.data, {
        em: opts.orm.em.fork(),
        clock: opts.clock,
        log,
        jobId: taken.id,
        attempt: taken.retryCount,
      });
      log.debug({ ms: Date.now() - started }, 'job done');
      this.count(job.name, 'completed');
      return result;
    } catch (err) {
      this.count(job.name, 'failed');
      const last = taken.retryCount >= taken.retryLimit;
      log[last ? 'error' : 'warn'](
        { err: { message: err instanceof Error ? err.message : String(err) } },
        last ? 'job failed, no retry left' : 'job failed, will retry',
      );
      throw err;
    }
  }

  private count(name: string, outcome: keyof JobCounts): void {
    const counts = this.counts.get(name);
    if (counts) counts[outcome]++;
  }

  /** Attempts completed and failed per job on this instance since it started. */
  stats(): ReadonlyMap<string, Readonly<JobCounts>> {
    return this.counts;
  }

  /**
   * Sends a one-off run of a registered job; `startAfter` defers it (a date, or seconds from now).
   * Returns the job id, or null when a singleton key dropped it as a duplicate.
   */
  async send<Data extends object>(
    job: JobDefinition<Data>,
    data: Data,
    opts: Pick<SendOptions, 'startAfter' | 'singletonKey'> = {},
  ): Promise<string | null> {
    if (this.jobs.get(job.name) !== (job as unknown as AnyJob)) {
      throw new Error(`job ${job.name} is not registered in app/jobs.ts`);
    }
    return this.boss.send(job.name, data, opts);
  }

  /**
   * Stops taking jobs and waits up to `timeoutMs` for the ones running to finish, then closes
   * the runner's connections. A job still running at the deadline is failed by its timeout and
   * retried by another instance (or this one, after a restart).
   */
  async stop(timeoutMs = 10_000): Promise<void> {
    await this.boss.stop({ graceful: true, close: true, timeout: timeoutMs });
  }
}
