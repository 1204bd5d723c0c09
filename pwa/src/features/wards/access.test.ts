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
      wardNurses: false,
    });
    expect(wardsAccess(null).board).toBe(false);
  });

  it('lists a ward’s nurses only to accounts whose capabilities imply the API lets them', () => {
    expect(wardsAccess({ capabilities: ['READ_BED_BOARD', 'READ_MY_PATIENTS'] }).wardNurses).toBe(
      true,
    );
    expect(wardsAccess({ capabilities: ['READ_BED_BOARD', 'ASSIGN_NURSES'] }).wardNurses).toBe(
      true,
    );
    expect(wardsAccess({ capabilities: ['READ_BED_BOARD', 'READ_MY_ROUND'] }).wardNurses).toBe(
      false,
    );
  });
});
