import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from './outbox';
import { mutationOf } from './outbox-send';

function entry(over: Partial<OutboxEntry>): OutboxEntry {
  return {
    id: '3f1c2b9e-1111-4222-8333-444455556666',
    kind: 'vitals',
    patientId: 'p1',
    input: {},
    createdAt: '2026-12-02T08:00:00.000Z',
    state: 'sent',
    ...over,
  };
}

describe('mutationOf', () => {
  it('sends vitals under the entry id and patient, with what was entered', () => {
    const m = mutationOf(
      entry({ input: { heartRate: 84, spo2: 96, takenAt: '2026-12-02T07:59:00.000Z' } }),
    );
    expect(m).toEqual({
      kind: 'vitals',
      input: {
        id: '3f1c2b9e-1111-4222-8333-444455556666',
        patientId: 'p1',
        heartRate: 84,
        spo2: 96,
        takenAt: '2026-12-02T07:59:00.000Z',
      },
    });
  });

  it('never lets the input override the write-once id', () => {
    const m = mutationOf(entry({ input: { id: 'other', heartRate: 70 } }));
    expect(m.input.id).toBe('3f1c2b9e-1111-4222-8333-444455556666');
  });

  it('sends a dose without afterStopReason, and with it once the user chose to record anyway', () => {
    const input = {
      prescriptionId: 'rx1',
      scheduledAt: '2026-12-02T08:00:00.000Z',
      status: 'GIVEN',
      reason: null,
      administeredAt: '2026-12-02T08:05:00.000Z',
    };
    const first = mutationOf(entry({ kind: 'dose', input }));
    expect(first).toEqual({
      kind: 'dose',
      input: { ...input, id: '3f1c2b9e-1111-4222-8333-444455556666' },
    });
    expect('afterStopReason' in first.input).toBe(false);
    const retried = mutationOf(
      entry({ kind: 'dose', input, retryReason: 'given before the stop' }),
    );
    expect(retried.input).toMatchObject({ afterStopReason: 'given before the stop' });
  });

  it('sends a care note with its patient', () => {
    const m = mutationOf(entry({ kind: 'careNote', input: { category: 'NURSING', text: 'ok' } }));
    expect(m).toEqual({
      kind: 'careNote',
      input: {
        id: '3f1c2b9e-1111-4222-8333-444455556666',
        patientId: 'p1',
        category: 'NURSING',
        text: 'ok',
      },
    });
  });
});
