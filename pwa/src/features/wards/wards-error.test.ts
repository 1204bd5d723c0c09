import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { readWardsError } from './wards-error';

function failure(code: string, message: string, fields?: Record<string, string>) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }],
  });
}

describe('readWardsError', () => {
  it('explains a bed taken by someone else and asks for a fresh board', () => {
    expect(readWardsError(failure('BED_OCCUPIED', 'This bed is occupied.'))).toEqual({
      key: 'bedOccupied',
      fields: {},
      refresh: true,
    });
  });

  it('tells a bed held for another patient from a patient already in a bed', () => {
    expect(
      readWardsError(failure('CONFLICT', 'This bed is reserved for another patient.')).key,
    ).toBe('reservedForAnother');
    const admitted = readWardsError(failure('CONFLICT', 'This patient is already admitted.'));
    expect(admitted.key).toBe('alreadyAdmitted');
    expect(admitted.refresh).toBe(false);
  });

  it('reads the field messages of the wards rules', () => {
    const read = readWardsError(
      failure('BAD_USER_INPUT', 'Invalid input', {
        bedId: 'is waiting to be cleaned',
        reason: 'must be at most 500 characters',
        expectedDays: 'must be between 1 and 365',
      }),
    );
    expect(read).toEqual({
      key: 'toClean',
      refresh: true,
      fields: {
        bedId: { key: 'toClean' },
        reason: { key: 'tooLong', max: 500 },
        expectedDays: { key: 'daysRange' },
      },
    });
  });

  it('says a stay has ended when the admission is no longer active', () => {
    const read = readWardsError(
      failure('BAD_USER_INPUT', 'Invalid input', { admissionId: 'is discharged' }),
    );
    expect(read.key).toBe('notActive');
    expect(read.refresh).toBe(true);
  });

  it('keeps a field message it does not know as the server wrote it', () => {
    const read = readWardsError(
      failure('BAD_USER_INPUT', 'Invalid input', { toBedId: 'is the current bed' }),
    );
    expect(read).toEqual({ fields: { toBedId: 'is the current bed' }, refresh: false });
  });

  it('explains a bed already reserved and asks for a fresh board', () => {
    expect(readWardsError(failure('CONFLICT', 'This bed is already reserved.'))).toEqual({
      key: 'alreadyReserved',
      fields: {},
      refresh: true,
    });
  });

  it('reads a planned time in the past and a reservation already released', () => {
    const past = readWardsError(
      failure('BAD_USER_INPUT', 'Invalid input', { plannedFor: 'is in the past' }),
    );
    expect(past).toEqual({ fields: { plannedFor: { key: 'past' } }, refresh: false });
    const closed = readWardsError(
      failure('BAD_USER_INPUT', 'Invalid input', { reservationId: 'is not an open reservation' }),
    );
    expect(closed.key).toBe('reservationClosed');
    expect(closed.refresh).toBe(true);
  });
});
