import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from './outbox';
import { doseEntryOf, outboxBadge, outboxCounts } from './outbox-status';

function entry(id: string, state: OutboxEntry['state'], over: Partial<OutboxEntry> = {}) {
  return {
    id,
    kind: 'vitals',
    patientId: 'p1',
    input: {},
    createdAt: '2026-12-02T08:00:00.000Z',
    state,
    ...over,
  } satisfies OutboxEntry;
}

const fr = (part: 'pending' | 'toCheck' | 'sending', count: number) =>
  part === 'pending'
    ? `${String(count)} en attente`
    : part === 'toCheck'
      ? `${String(count)} à vérifier`
      : 'Envoi…';

describe('the outbox badge', () => {
  it('is absent when nothing waits', () => {
    expect(outboxBadge([], false, fr)).toBeNull();
    expect(outboxBadge([], true, fr)).toBeNull();
  });

  it('counts pending and sent entries together, and the refused ones apart', () => {
    const entries = [
      entry('a', 'pending'),
      entry('b', 'sent'),
      entry('c', 'toCheck'),
      entry('d', 'pending'),
    ];
    expect(outboxCounts(entries)).toEqual({ pending: 3, toCheck: 1 });
    expect(outboxBadge(entries, false, fr)).toBe('3 en attente · 1 à vérifier');
  });

  it('says when it is sending, only while something is left to send', () => {
    expect(outboxBadge([entry('a', 'pending')], true, fr)).toBe('1 en attente · Envoi…');
    expect(outboxBadge([entry('c', 'toCheck')], true, fr)).toBe('1 à vérifier');
  });
});

describe('doseEntryOf', () => {
  it('finds the waiting entry of a scheduled dose', () => {
    const dose = entry('d', 'pending', {
      kind: 'dose',
      input: { prescriptionId: 'rx1', scheduledAt: '2026-12-02T08:00:00.000Z', status: 'GIVEN' },
    });
    const entries = [entry('v', 'pending'), dose];
    expect(doseEntryOf(entries, 'rx1', '2026-12-02T08:00:00.000Z')).toBe(dose);
    expect(doseEntryOf(entries, 'rx1', '2026-12-02T12:00:00.000Z')).toBeUndefined();
    expect(doseEntryOf(entries, 'rx2', '2026-12-02T08:00:00.000Z')).toBeUndefined();
  });
});
