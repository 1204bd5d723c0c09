import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { readEmergencyError } from './emergency-error';

function failure(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

describe('readEmergencyError', () => {
  it('names the colleague who took the case first', () => {
    const read = readEmergencyError(
      failure('DUPONT Jean has already taken this case.', { code: 'CONFLICT' }),
    );
    expect(read).toEqual({ key: 'taken', name: 'DUPONT Jean', fields: {}, refresh: true });
  });

  it('says a bed taken meanwhile leaves the case open, and asks for a fresh look', () => {
    expect(readEmergencyError(failure('This bed is occupied.', { code: 'BED_OCCUPIED' }))).toEqual({
      key: 'bedOccupied',
      fields: {},
      refresh: true,
    });
  });

  it('reads a case changed or closed since the screen read it', () => {
    expect(
      readEmergencyError(
        failure('This case changed since you saw it. Look at the queue again.', {
          code: 'CONFLICT',
        }),
      ).key,
    ).toBe('changed');
    expect(
      readEmergencyError(
        failure('This case is closed: add an amendment instead.', { code: 'CONFLICT' }),
      ).key,
    ).toBe('closed');
  });

  it('turns the API’s field messages into its own words, and keeps unknown ones', () => {
    const read = readEmergencyError(
      failure('Invalid input', {
        code: 'BAD_USER_INPUT',
        fields: {
          outcome: 'take the case first: no doctor has seen the patient',
          note: 'is required to discharge',
          areaLabel: 'has a strange character',
        },
      }),
    );
    expect(read.key).toBe('takeFirst');
    expect(read.fields).toEqual({
      outcome: 'takeFirst',
      note: 'required',
      areaLabel: { text: 'has a strange character' },
    });
  });
});
