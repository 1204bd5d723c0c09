import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from '../../kernel/db/embedded.js';

/** Debian's `redis-server` (CI installs it, as it installs Chromium); `REDIS_SERVER` overrides. */
const BINARY = process.env.REDIS_SERVER ?? 'redis-server';

export interface TestRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * A throwaway Redis on a free loopback port, in memory only (no RDB, no AOF), for the tests of the
 * Redis live-event bus; given the port of one that was stopped, a restart of it. Fails with the
 * way to install it when the binary is missing.
 */
export async function startTestRedis(port?: number): Promise<TestRedis> {
  port ??= await freePort();
  const proc: ChildProcess = spawn(
    BINARY,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    proc.once('error', (err) => {
      reject(
        new Error(
          `cannot start ${BINARY} (${err.message}): the Redis bus tests need Debian's redis-server ` +
            '(sudo apt-get install -y redis-server)',
        ),
      );
    });
    proc.once('exit', (code) => {
      reject(new Error(`${BINARY} exited at start (${String(code)}): ${out.slice(-500)}`));
    });
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) resolve();
    });
  });
  return {
    url: `redis://127.0.0.1:${String(port)}`,
    port,
    async stop() {
      if (proc.exitCode !== null) return;
      const exited = once(proc, 'exit');
      proc.kill('SIGTERM');
      await exited;
    },
  };
}
