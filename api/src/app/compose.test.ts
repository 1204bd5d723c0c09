import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../kernel/config.js';

/**
 * docker-compose.yml cannot be run here (no Docker daemon on the development machines): this
 * checks its layout statically, with YAML's merge keys resolved as Compose resolves them.
 */

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  volumes?: string[];
  ports?: string[];
  restart?: string;
  stop_grace_period?: string;
}

const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const services = compose.services;
const service = (name: string): Service => {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
};
const caddyfile = readFileSync(path.join(repoRoot, 'deploy', 'Caddyfile'), 'utf8');

describe('docker-compose.yml', () => {
  const apps = Object.keys(services).filter((name) => /^app-\d+$/.test(name));

  it('runs two CareGraph instances of one image, on the primary, its replica and one volume', () => {
    expect(apps).toEqual(['app-1', 'app-2']);
    for (const name of apps) {
      const app = service(name);
      expect(app.build).toBe('.');
      expect(app.image).toBe(service('migrate').image);
      expect(app.environment).toMatchObject({
        NODE_ENV: 'production',
        DATABASE_URL: expect.stringMatching(/@db:5432\/caregraph$/) as unknown,
        DATABASE_REPLICA_URLS: expect.stringMatching(/@db-replica:5432\/caregraph$/) as unknown,
        JWT_SECRET: expect.stringContaining('JWT_SECRET') as unknown,
        TRUST_PROXY: 'true',
        METRICS_PORT: '9464',
      });
      expect(Number(app.environment?.DRAIN_DELAY_SECONDS)).toBeGreaterThan(0);
      expect(app.volumes).toEqual(['appdata:/data']);
      // Nothing published: only the proxy is reached from outside.
      expect(app.ports).toBeUndefined();
      expect(app.stop_grace_period).toMatch(/^\d+s$/);
      expect(Number.parseInt(app.stop_grace_period ?? '', 10)).toBeGreaterThanOrEqual(
        Number(app.environment?.DRAIN_DELAY_SECONDS) + 25,
      );
    }
  });

  it('starts the instances after the migrations ran once, the primary and the replica', () => {
    const migrate = service('migrate');
    // The path the Dockerfile's runtime stage gives the compiled CLI (api/dist from api/src).
    expect(migrate.command).toEqual(['node', 'api/dist/cli/db-migrate.js']);
    expect(existsSync(path.join(repoRoot, 'api/src/cli/db-migrate.ts'))).toBe(true);
    expect(readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8')).toMatch(
      /cp -r api\/dist \/out\/api\/dist/,
    );
    expect(migrate.restart).toBe('no');
    expect(migrate.healthcheck?.disable).toBe(true);
    expect(migrate.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    for (const name of apps) {
      expect(service(name).depends_on).toMatchObject({
        db: { condition: 'service_healthy' },
        'db-replica': { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
    }
  });

  it('has a PostgreSQL primary and a streaming replica made with pg_basebackup -R', () => {
    const db = service('db');
    const replica = service('db-replica');
    expect(db.image).toBe('postgres:18');
    expect(replica.image).toBe('postgres:18');
    expect(replica.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    expect(db.volumes).toContain(
      './deploy/postgres/primary-init.sh:/docker-entrypoint-initdb.d/10-replication.sh:ro',
    );
    const init = readFileSync(path.join(repoRoot, 'deploy/postgres/primary-init.sh'), 'utf8');
    expect(init).toMatch(/create role replicator with replication login/);
    expect(init).toMatch(/pg_create_physical_replication_slot\('replica_1'\)/);
    expect(init).toMatch(/host replication replicator all scram-sha-256/);
    const entry = readFileSync(
      path.join(repoRoot, 'deploy/postgres/replica-entrypoint.sh'),
      'utf8',
    );
    expect(replica.entrypoint).toEqual(['bash', '/usr/local/bin/replica-entrypoint.sh']);
    expect(replica.volumes).toContain(
      './deploy/postgres/replica-entrypoint.sh:/usr/local/bin/replica-entrypoint.sh:ro',
    );
    expect(entry).toMatch(/pg_basebackup[\s\S]*--write-recovery-conf[\s\S]*--slot=replica_1/);
    expect(entry).toMatch(/exec docker-entrypoint\.sh postgres/);
    expect(Object.keys(compose.volumes)).toEqual(
      expect.arrayContaining(['pgdata', 'pgreplica', 'appdata']),
    );
  });

  it('puts a reverse proxy in front: both instances, /readyz health, WebSockets, no stickiness', () => {
    const proxy = service('proxy');
    expect(proxy.image).toMatch(/^caddy:/);
    expect(proxy.ports).toContain('${PORT:-4000}:80');
    expect(proxy.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
    expect(caddyfile).toMatch(/reverse_proxy app-1:4000 app-2:4000/);
    expect(caddyfile).toMatch(/health_uri \/readyz/);
    // Caddy proxies WebSocket upgrades by itself; no directive may restrict them to one path.
    expect(caddyfile).not.toMatch(/^\s*(handle|route)\s/m);
    expect(caddyfile).not.toMatch(/lb_policy\s+(cookie|ip_hash|client_ip_hash|header)/);
  });

  it('gives every long-running service a health check', () => {
    for (const name of ['db', 'db-replica', ...apps, 'proxy']) {
      expect(service(name).healthcheck?.test?.length, name).toBeGreaterThan(0);
    }
    for (const name of apps) {
      expect(service(name).healthcheck?.test?.join(' ')).toContain('/readyz');
    }
  });
});
