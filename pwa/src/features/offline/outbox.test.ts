import 'fake-indexeddb/auto';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyFailure, Outbox, type OutboxEntry, type Send } from './outbox';
import { createVault, unlock, wipe, type Vault } from './vault';

const OPTIONS = { iterations: 1_000, now: () => Date.parse('2026-03-02T10:00:00Z') };
const SHIFT_END = new Date('2026-03-02T20:00:00Z');

function graphQLError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

function httpError(status: number) {
  return new ServerError('Response not successful', {
    response: new Response('', { status }),
    bodyText: '',
  });
}

/**
 * The server's write-once path in miniature: a record per id; the same id with the same input is
 * a replay answered with the original; the same id with other input is a CONFLICT. `fail(n)`
 * makes the n-th call throw instead, before (or after, `afterWrite`) recording.
 */
function fakeServer() {
  const records = new Map<string, string>();
  const calls: string[] = [];
  const failures = new Map<number, { error: unknown; afterWrite?: () => void }>();
  const send: Send = async (entry) => {
    await Promise.resolve();
    calls.push(entry.id);
    const failure = failures.get(calls.length);
    if (failure && !failure.afterWrite) throw failure.error;
    const fingerprint = JSON.stringify(entry.input);
    const existing = records.get(entry.id);
    if (existing !== undefined && existing !== fingerprint) {
      throw graphQLError('id already used for other content', { code: 'CONFLICT' });
    }
    records.set(entry.id, fingerprint);
    if (failure?.afterWrite) {
      failure.afterWrite();
      throw failure.error;
    }
    return { id: entry.id };
  };
  return {
    send,
    calls,
    records,
    fail(call: number, error: unknown, afterWrite?: () => void) {
      failures.set(call, afterWrite ? { error, afterWrite } : { error });
    },
  };
}

let ids = 0;
const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

async function outboxWith(count: number, vault?: Vault) {
  const v = vault ?? (await createVault('482913', 'nurse-1', SHIFT_END, OPTIONS));
  // A clock that goes backwards (manual time change on the phone) must not reorder entries.
  let clock = Date.parse('2026-03-02T10:00:00Z');
  const outbox = new Outbox(v, { newId, now: () => new Date((clock -= 60_000)) });
  const entries: OutboxEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push(await outbox.add({ kind: 'vitals', patientId: 'p-1', input: { pulse: 80 + i } }));
  }
  return { vault: v, outbox, ids: entries.map((e) => e.id) };
}

describe('offline outbox', () => {
  beforeEach(async () => {
    await wipe();
  });

  it('sends entries in creation order, one at a time, and removes them once answered', async () => {
    const { outbox, ids } = await outboxWith(5);
    const server = fakeServer();
    let inFlight = 0;
    const send: Send = async (entry) => {
      expect(++inFlight).toBe(1);
      try {
        return await server.send(entry);
      } finally {
        inFlight--;
      }
    };
    expect(await outbox.replay(send)).toEqual({ sent: ids, toCheck: [], stopped: false });
    expect(server.calls).toEqual(ids);
    expect(await outbox.list()).toEqual([]);
  });

  it('stops at a network failure in the middle and keeps that entry and the later ones', async () => {
    const { outbox, ids } = await outboxWith(4);
    const server = fakeServer();
    server.fail(3, new TypeError('Failed to fetch'));
    expect(await outbox.replay(server.send)).toEqual({
      sent: ids.slice(0, 2),
      toCheck: [],
      stopped: true,
    });
    const left = await outbox.list();
    expect(left.map((e) => [e.id, e.state])).toEqual([
      [ids[2], 'pending'],
      [ids[3], 'pending'],
    ]);

    expect(await outbox.replay(server.send)).toMatchObject({ sent: ids.slice(2), stopped: false });
    expect(server.records.size).toBe(4);
  });

  it('stops on HTTP 503 and on SERVICE_UNAVAILABLE, keeping the entry pending', async () => {
    const { outbox, ids } = await outboxWith(2);
    const server = fakeServer();
    server.fail(1, httpError(503));
    server.fail(2, graphQLError('database unavailable', { code: 'SERVICE_UNAVAILABLE' }));
    expect(await outbox.replay(server.send)).toMatchObject({ sent: [], stopped: true });
    expect(await outbox.replay(server.send)).toMatchObject({ sent: [], stopped: true });
    expect((await outbox.list()).map((e) => e.state)).toEqual(['pending', 'pending']);
    expect(await outbox.replay(server.send)).toMatchObject({ sent: ids, stopped: false });
  });

  it('resends the same id when the app died after the server answered, so the server records it once', async () => {
    const { vault, outbox, ids } = await outboxWith(3);
    const server = fakeServer();
    // The 2nd entry reaches the server, then the app dies before removing it: the vault closes
    // under the replay, as it does when the page is killed.
    server.fail(2, new Error('page closed'), () => {
      vault.lock();
    });
    await expect(outbox.replay(server.send)).rejects.toThrow();
    expect(server.records.size).toBe(2);

    // Reopened after a restart: the same outbox is replayed again.
    const reopened = await unlock('482913', OPTIONS);
    if (!reopened.ok) throw new Error(reopened.reason);
    const again = new Outbox(reopened.vault, { newId });
    expect((await again.list()).map((e) => [e.id, e.state])).toEqual([
      [ids[1], 'sent'],
      [ids[2], 'pending'],
    ]);
    expect(await again.replay(server.send)).toEqual({
      sent: ids.slice(1),
      toCheck: [],
      stopped: false,
    });
    expect(server.calls).toEqual([ids[0], ids[1], ids[1], ids[2]]);
    expect([...server.records.keys()]).toEqual(ids);
    reopened.vault.lock();
  });

  it('treats a lost answer as a retry with the same id, answered by the server as a replay', async () => {
    const { outbox, ids } = await outboxWith(2);
    const server = fakeServer();
    server.fail(1, new TypeError('Failed to fetch'), () => undefined);
    expect(await outbox.replay(server.send)).toMatchObject({ sent: [], stopped: true });
    expect(await outbox.replay(server.send)).toMatchObject({ sent: ids, stopped: false });
    expect(server.records.size).toBe(2);
  });

  it('puts refused entries in "à vérifier" with the server\'s code and reason, and goes on', async () => {
    const { outbox, ids } = await outboxWith(5);
    const server = fakeServer();
    server.fail(
      1,
      graphQLError('prescription stopped', {
        code: 'BAD_USER_INPUT',
        reason: 'PRESCRIPTION_STOPPED',
      }),
    );
    server.fail(
      2,
      graphQLError('dose already recorded', {
        code: 'CONFLICT',
        reason: 'DOSE_ALREADY_RECORDED',
        existingId: 'dose-9',
      }),
    );
    server.fail(3, graphQLError('id reused', { code: 'CONFLICT' }));
    server.fail(4, graphQLError('boom', { code: 'INTERNAL_SERVER_ERROR' }));
    expect(await outbox.replay(server.send)).toEqual({
      sent: [ids[4]],
      toCheck: ids.slice(0, 4),
      stopped: false,
    });
    const toCheck = await outbox.list();
    expect(toCheck.map((e) => [e.state, e.error])).toEqual([
      [
        'toCheck',
        { code: 'BAD_USER_INPUT', reason: 'PRESCRIPTION_STOPPED', message: 'prescription stopped' },
      ],
      [
        'toCheck',
        {
          code: 'CONFLICT',
          reason: 'DOSE_ALREADY_RECORDED',
          message: 'dose already recorded',
          existingId: 'dose-9',
        },
      ],
      ['toCheck', { code: 'CONFLICT', message: 'id reused' }],
      ['toCheck', { code: 'INTERNAL_SERVER_ERROR', message: 'boom' }],
    ]);
    // Never retried on its own.
    expect(await outbox.replay(server.send)).toEqual({ sent: [], toCheck: [], stopped: false });
  });

  it('sends each entry once when two replays start at once', async () => {
    const { outbox, ids } = await outboxWith(4);
    const server = fakeServer();
    const [a, b] = await Promise.all([outbox.replay(server.send), outbox.replay(server.send)]);
    expect([...a.sent, ...b.sent]).toEqual(ids);
    expect(server.calls).toEqual(ids);
  });

  it('sends each entry once when two replays start at once without Web Locks', async () => {
    const { vault, ids } = await outboxWith(4);
    const outbox = new Outbox(vault, { locks: null });
    const server = fakeServer();
    await Promise.all([
      outbox.replay(server.send),
      outbox.replay(server.send),
      outbox.replay(server.send),
    ]);
    expect(server.calls).toEqual(ids);
  });

  it('resolves "à vérifier" entries only with a reason: discard removes, retry requeues', async () => {
    const { outbox, ids } = await outboxWith(3);
    const server = fakeServer();
    const stopped = graphQLError('stopped', {
      code: 'BAD_USER_INPUT',
      reason: 'PRESCRIPTION_STOPPED',
    });
    server.fail(1, stopped);
    server.fail(2, graphQLError('id reused', { code: 'CONFLICT' }));
    server.fail(3, graphQLError('boom', { code: 'INTERNAL_SERVER_ERROR' }));
    await outbox.replay(server.send);
    const [first, second, third] = ids as [string, string, string];

    await expect(outbox.resolve(first, 'discard', '  ')).rejects.toThrow(/reason/);
    expect(await outbox.resolve(first, 'discard', 'arrêt confirmé par le médecin')).toMatchObject({
      entry: { id: first },
      reason: 'arrêt confirmé par le médecin',
    });

    // A write-once conflict gets a new id; any other refusal keeps its id (it may have landed).
    const retriedConflict = await outbox.resolve(second, 'retry', 'saisie vérifiée');
    expect(retriedConflict.entry.id).not.toBe(second);
    const retriedOther = await outbox.resolve(third, 'retry', 'erreur serveur passagère');
    expect(retriedOther.entry).toMatchObject({
      id: third,
      state: 'pending',
      retryReason: 'erreur serveur passagère',
    });
    expect((await outbox.list()).map((e) => e.id)).toEqual([retriedConflict.entry.id, third]);
    await expect(outbox.resolve(third, 'discard', 'x')).rejects.toThrow(/no entry/);

    expect(await outbox.replay(server.send)).toMatchObject({
      sent: [retriedConflict.entry.id, third],
    });
  });
});

describe('classifyFailure', () => {
  it('reads an error answered with a non-2xx status through its body', () => {
    const body = JSON.stringify({
      errors: [
        {
          message: 'stopped',
          extensions: { code: 'BAD_USER_INPUT', reason: 'PRESCRIPTION_STOPPED' },
        },
      ],
    });
    const error = new ServerError('Response not successful', {
      response: new Response(body, { status: 400 }),
      bodyText: body,
    });
    expect(classifyFailure(error)).toEqual({
      kind: 'refused',
      error: { code: 'BAD_USER_INPUT', reason: 'PRESCRIPTION_STOPPED', message: 'stopped' },
    });
  });

  it('sends an HTTP error without GraphQL errors to "à vérifier", except 503', () => {
    expect(classifyFailure(httpError(500))).toMatchObject({
      kind: 'refused',
      error: { code: 'HTTP_500' },
    });
    expect(classifyFailure(httpError(503))).toEqual({ kind: 'unavailable' });
  });

  it('keeps the id the form made when it opened, and the summary of what was entered, sealed', async () => {
    const v = await createVault('482913', 'nurse-1', SHIFT_END, OPTIONS);
    const outbox = new Outbox(v, { newId });
    const formId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    await outbox.add({
      id: formId,
      kind: 'dose',
      patientId: 'p-1',
      input: { prescriptionId: 'rx-1', status: 'GIVEN' },
      summary: 'Paracétamol 1 g — 08:00 — Administré',
    });
    v.lock();
    const again = await unlock('482913', OPTIONS);
    if (!again.ok) throw new Error('unlock failed');
    const [entry] = await new Outbox(again.vault, { newId }).list();
    expect(entry).toMatchObject({
      id: formId,
      kind: 'dose',
      state: 'pending',
      summary: 'Paracétamol 1 g — 08:00 — Administré',
    });
  });
});
