import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemClock } from './clock.js';
import { ensureDatabase } from './db/embedded.js';
import { withDatabase } from './db/urls.js';
import { defineJob, JOB_SCHEMA, JobRunner, type AnyJob, type JobRunnerOptions } from './jobs.js';
import { createLogger } from './logger.js';

let url: string;
let orm: MikroORM;
const running: JobRunner[] = [];

beforeAll(async () => {
  const admin = inject('pgAdminUrl');
  const name = `t_jobs_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(admin, name);
  url = withDatabase(admin, name);
  orm = await MikroORM.init({
    clientUrl: url,
    entities: [],
    discovery: { warnWhenNoEntities: false },
  });
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop(1000)));
  await orm.close(true);
});

async function start(jobs: AnyJob[], over: Partial<JobRunnerOptions> = {}) {
  const runner = await JobRunner.start({
    connectionString: url,
    orm,
    clock: systemClock,
    log: createLogger('silent'),
    jobs,
    pollSeconds: 0.5,
    ...over,
  });
  running.push(runner);
  return runner;
}

async function stop(runner: JobRunner) {
  running.splice(running.indexOf(runner), 1);
  await runner.stop(2000);
}

describe('job runner', () => {
  it('runs a job sent once, retrying a failed attempt after its delay', async () => {
    const attempts: { attempt: number; at: number; n: number }[] = [];
    const flaky = defineJob<{ n: number }>({
      name: 'test.flaky',
      retry: { limit: 2, delaySeconds: 1, backoff: true },
      async run(data, ctx) {
        attempts.push({ attempt: ctx.attempt, at: Date.now(), n: data.n });
        // The context's EntityManager reaches the database.
        await ctx.em.execute('select 1');
        if (ctx.attempt === 0) throw new Error('first attempt fails');
        return { ok: true };
      },
    });
    const runner = await start([flaky]);
    const id = await runner.send(flaky, { n: 7 });
    expect(id).toEqual(expect.any(String));
    await expect.poll(() => attempts.length, { timeout: 15_000 }).toBe(2);
    expect(attempts.map((a) => [a.attempt, a.n])).toEqual([
      [0, 7],
      [1, 7],
    ]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
    const state = async () =>
      (
        await orm.em
          .fork()
          .execute<{ state: string; output: unknown }[]>(
            `select state, output from ${JOB_SCHEMA}.job where id = ?`,
            [id],
          )
      )[0];
    await expect.poll(async () => (await state())?.state, { timeout: 5000 }).toBe('completed');
    expect((await state())?.output).toEqual({ ok: true });
    await stop(runner);
  });

  it('runs each occurrence of a schedule once, however many instances evaluate it', async () => {
    const runs: string[] = [];
    const tick = (who: string) =>
      defineJob({
        name: 'test.every-minute',
        schedule: { cron: '* * * * *' },
        run() {
          runs.push(who);
          return Promise.resolve(undefined);
        },
      });
    // Two instances, each evaluating the schedules every second.
    const a = await start([tick('a')], { scheduleCheckSeconds: 1 });
    const b = await start([tick('b')], { scheduleCheckSeconds: 1 });
    await expect.poll(() => runs.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await sleep(4000);
    const [minutes] = await orm.em
      .fork()
      .execute<{ n: number }[]>(
        `select count(distinct date_trunc('minute', created_on))::int as n from ${JOB_SCHEMA}.job where name = 'test.every-minute'`,
      );
    // One run per minute that came due: one, or two when the test spanned a minute boundary.
    expect(runs.length).toBe(minutes?.n);
    expect(runs.length).toBeLessThanOrEqual(2);
    await stop(a);
    await stop(b);
  });

  it('keeps a job sent before a stop, and another instance runs it', async () => {
    const done: number[] = [];
    const later = (who: number) =>
      defineJob<{ v: number }>({
        name: 'test.later',
        run(data) {
          done.push(who * 100 + data.v);
          return Promise.resolve(undefined);
        },
      });
    const job = later(1);
    const first = await start([job]);
    // Deferred past this runner's life.
    await first.send(job, { v: 6 }, { startAfter: 2 });
    await stop(first);
    expect(done).toEqual([]);
    const second = await start([later(2)]);
    await expect.poll(() => done, { timeout: 15_000 }).toEqual([206]);
    await stop(second);
  });

  it('waits for a running job to finish before it stops', async () => {
    let finished = false;
    let started = false;
    const slow = defineJob({
      name: 'test.slow',
      async run() {
        started = true;
        await sleep(700);
        finished = true;
        return undefined;
      },
    });
    const runner = await start([slow]);
    await runner.send(slow, {});
    await expect.poll(() => started, { timeout: 10_000 }).toBe(true);
    await stop(runner);
    expect(finished).toBe(true);
  });

  it('refuses to send a job that is not registered', async () => {
    const known = defineJob({ name: 'test.known', run: () => Promise.resolve(undefined) });
    const other = defineJob({ name: 'test.known', run: () => Promise.resolve(undefined) });
    const runner = await start([known]);
    await expect(runner.send(other, {})).rejects.toThrow(/not registered/);
    await stop(runner);
  });
});
