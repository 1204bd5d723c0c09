import { describe, expect, it } from 'vitest';
import { wardsAccess } from './access';

describe('wardsAccess', () => {
  it('follows the capabilities the API granted, nothing else', () => {
    const receptionist = wardsAccess({ capabilities: ['READ_BED_BOARD', 'ADMIT_PATIENTS'] });
    expect(receptionist).toMatchObject({
      board: true,
      admit: true,
      clinical: false,
      setBedStatus: false,
      dischargeSummary: false,
    });
    expect(wardsAccess(null).board).toBe(false);
  });
});
