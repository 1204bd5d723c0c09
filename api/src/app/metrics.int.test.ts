import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../kernel/auth/roles.js';
import { freePort } from '../kernel/db/embedded.js';
import { routeOf } from './metrics.js';
import { startTestApp, wsSubscribe, type TestApp } from './testing/test-app.js';

const SUB = 'subscription { appointmentChanged { appointmentId kind } }';

let app: TestApp;
let metricsUrl: string;
beforeAll(async () => {
  const port = await freePort();
  metricsUrl = `http://127.0.0.1:${String(port)}/metrics`;
  app = await startTestApp({ METRICS_PORT: String(port) });
});
afterAll(async () => {
  await app.close();
});

async function scrape(): Promise<string> {
  const res = await fetch(metricsUrl);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one sample, by its exact name and labels as Prometheus prints them. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics', () => {
  it('serves the families on its own port after a request', async () => {
    const admin = await app.tokenFor(Role.ADMIN);
    expect((await app.gql('query Me { me { id } }', {}, { token: admin.token })).errors).toEqual(
      [],
    );
    expect((await app.gql('query Broken { me { nope } }', {}, { token: admin.token })).status).toBe(
      400,
    );
    await fetch(`${app.url}/healthz`);

    const text = await scrape();
    for (const family of [
      'process_cpu_user_seconds_total counter',
      'nodejs_eventloop_lag_seconds gauge',
      'http_request_duration_seconds histogram',
      'graphql_operations_total counter',
      'graphql_operation_duration_seconds histogram',
      'caregraph_db_pool_connections gauge',
      'caregraph_db_pool_waiting_requests gauge',
      'caregraph_live_event_subscribers gauge',
      'caregraph_live_events_listening gauge',
      'caregraph_websocket_connections gauge',
    ]) {
      expect(text).toContain(`# TYPE ${family}\n`);
    }
    expect(
      sample(
        text,
        'http_request_duration_seconds_count{method="GET",route="/healthz",status_code="200"}',
      ),
    ).toBe(1);
    expect(
      sample(
        text,
        'http_request_duration_seconds_count{method="POST",route="/graphql",status_code="200"}',
      ),
    ).toBeGreaterThanOrEqual(2); // the sign-in and Me
    expect(
      sample(text, 'graphql_operations_total{operation="Me",type="query",outcome="success"}'),
    ).toBe(1);
    // A document that does not validate is counted under no client-chosen name.
    expect(
      sample(
        text,
        'graphql_operations_total{operation="(invalid)",type="unknown",outcome="GRAPHQL_VALIDATION_FAILED"}',
      ),
    ).toBe(1);
    expect(text).not.toContain('operation="Broken"');
    expect(sample(text, 'caregraph_db_pool_connections{pool="orm",state="idle"}')).toBeGreaterThan(
      0,
    );
    expect(sample(text, 'caregraph_db_pool_waiting_requests{pool="orm"}')).toBe(0);
    expect(sample(text, 'caregraph_live_events_listening')).toBe(1);
  });

  it('counts the live-event subscribers and sockets while they are open', async () => {
    const reception = await app.tokenFor(Role.RECEPTIONIST);
    const sub = wsSubscribe(app.url, SUB, reception.token);
    await sub.connected;
    await expect
      .poll(async () => sample(await scrape(), 'caregraph_live_event_subscribers'))
      .toBe(1);
    expect(sample(await scrape(), 'caregraph_websocket_connections')).toBe(1);
    await sub.close();
    await expect
      .poll(async () => sample(await scrape(), 'caregraph_live_event_subscribers'))
      .toBe(0);
    await expect
      .poll(async () => sample(await scrape(), 'caregraph_websocket_connections'))
      .toBe(0);
  });

  it('is not served on the public port, and serves nothing else on its own', async () => {
    const res = await fetch(`${app.url}/metrics`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('# TYPE');
    expect((await fetch(metricsUrl.replace('/metrics', '/graphql'))).status).toBe(404);
  });

  it('labels routes with a few fixed values', () => {
    expect(routeOf('/graphql')).toBe('/graphql');
    expect(routeOf('/files/abc')).toBe('/files');
    expect(routeOf('/assets/index-1234.js')).toBe('/assets');
    expect(routeOf('/patients/42')).toBe('other');
    expect(routeOf('/')).toBe('other');
  });
});
