import { describe, expect, it } from 'vitest';
import {
  decodeEvent,
  encodeEvent,
  EventTooLargeError,
  MAX_EVENT_BYTES,
  topicOf,
} from './live-events.js';

describe('live event encoding', () => {
  it('gives back the topic and payload that were published, dates as dates', () => {
    const at = new Date('2026-06-01T06:00:00.000Z');
    const payload = { id: 'n-1', at, nested: [{ readAt: null, when: at }], urgent: true };
    const event = decodeEvent(encodeEvent('NOTIFICATION_ADDED', payload, 3));
    expect(event).toEqual({ topic: 'NOTIFICATION_ADDED', payload });
    expect((event?.payload as { at: unknown }).at).toBeInstanceOf(Date);
  });

  it('refuses an event over the limit, counted in UTF-8 bytes, instead of truncating it', () => {
    const fits = 'x'.repeat(MAX_EVENT_BYTES - 100);
    expect(() => encodeEvent('T', { text: fits })).not.toThrow();
    // Half as many characters, but each is three bytes.
    const wide = '€'.repeat((MAX_EVENT_BYTES - 100) / 2);
    expect(() => encodeEvent('T', { text: wide })).toThrow(EventTooLargeError);
  });

  it('ignores a notification that is not one of ours', () => {
    expect(decodeEvent('not json')).toBeUndefined();
    expect(decodeEvent('{"payload":1}')).toBeUndefined();
    expect(decodeEvent('null')).toBeUndefined();
  });

  it('names a topic with an id the way subscribers with that id listen', () => {
    expect(topicOf('WARD_BOARD')).toBe('WARD_BOARD');
    expect(topicOf('WARD_BOARD', 'icu')).toBe('WARD_BOARD:icu');
  });
});
