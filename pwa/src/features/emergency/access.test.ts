import { describe, expect, it } from 'vitest';
import { emergencyAccess } from './access';

describe('emergencyAccess', () => {
  it('lets a nurse register, triage and move, not take or close', () => {
    const a = emergencyAccess({
      capabilities: [
        'READ_EMERGENCY_QUEUE',
        'READ_EMERGENCY_CLINICAL',
        'REGISTER_EMERGENCY_ARRIVAL',
        'TRIAGE_EMERGENCY',
        'MOVE_EMERGENCY_CASE',
        'READ_EMERGENCY_CASE',
        'AMEND_EMERGENCY_CASE',
      ],
    });
    expect(a).toMatchObject({ clinical: true, register: true, triage: true, move: true });
    expect(a).toMatchObject({ take: false, close: false, openCase: true, amend: true });
  });

  it('shows a manager the queue without names, clinical words or a case to open', () => {
    const a = emergencyAccess({ capabilities: ['READ_EMERGENCY_QUEUE', 'READ_EMERGENCY_FIGURES'] });
    expect(a).toMatchObject({ queue: true, clinical: false, openCase: false, register: false });
  });

  it('grants nothing without capabilities', () => {
    expect(Object.values(emergencyAccess(null)).some(Boolean)).toBe(false);
  });
});
