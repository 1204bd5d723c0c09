import { describe, expect, it } from 'vitest';
import { serverFieldError } from './field-errors';

describe('serverFieldError', () => {
  it('maps the API messages it knows to translated keys', () => {
    expect(serverFieldError('is already registered')).toBe('emailTaken');
    expect(serverFieldError('must be at least 12 characters')).toBe('passwordShort');
    expect(serverFieldError('is too common; choose another')).toBe('passwordCommon');
    expect(serverFieldError('is not your current password')).toBe('currentPassword');
  });

  it('leaves unknown messages to be shown as the server wrote them', () => {
    expect(serverFieldError('must not be your email')).toBeUndefined();
  });
});
