import { describe, expect, it } from 'vitest';
import { fingerprint } from './write-once.js';

describe('fingerprint', () => {
  const request = {
    patientId: '5b2f3c1e-8d4a-4f6b-9c2d-1e3f5a7b9c0d',
    heartRate: 80,
    takenAt: new Date('2026-03-10T09:30:00Z'),
    corrects: { id: 'a', reason: 'Faute de frappe' },
    tags: ['b', 'a'],
  };

  it('is the same whatever the order of the fields, nested ones included', () => {
    const reordered = {
      tags: ['b', 'a'],
      corrects: { reason: 'Faute de frappe', id: 'a' },
      takenAt: new Date('2026-03-10T10:30:00+01:00'),
      heartRate: 80,
      patientId: '5b2f3c1e-8d4a-4f6b-9c2d-1e3f5a7b9c0d',
    };
    expect(fingerprint(reordered)).toBe(fingerprint(request));
  });

  it('treats a field sent as null like a field left out', () => {
    expect(fingerprint({ ...request, painScore: null, reason: undefined })).toBe(
      fingerprint(request),
    );
  });

  it('reads a class instance (a GraphQL input) like a plain object of its fields', () => {
    class Input {
      heartRate = 80;
      patientId = 'p';
    }
    expect(fingerprint(new Input())).toBe(fingerprint({ patientId: 'p', heartRate: 80 }));
  });

  it('changes with any value, an array order or a time', () => {
    const base = fingerprint(request);
    expect(fingerprint({ ...request, heartRate: 81 })).not.toBe(base);
    expect(fingerprint({ ...request, heartRate: '80' })).not.toBe(base);
    expect(fingerprint({ ...request, tags: ['a', 'b'] })).not.toBe(base);
    expect(fingerprint({ ...request, takenAt: new Date('2026-03-10T09:30:01Z') })).not.toBe(base);
    expect(fingerprint({ ...request, corrects: { id: 'a', reason: 'Autre' } })).not.toBe(base);
  });

  it('is a SHA-256 in hex, which the request_hash columns hold', () => {
    expect(fingerprint(request)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint({})).toBe(fingerprint({ a: null }));
  });
});
