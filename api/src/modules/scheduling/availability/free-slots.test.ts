import { describe, expect, it } from 'vitest';
import { freeSlots, withinSessions, type SlotQuery } from './free-slots.js';

const tz = 'Europe/Paris';
const monday9to10 = { weekday: 1, startMinutes: 9 * 60, endMinutes: 10 * 60, slotMinutes: 20 };

function query(over: Partial<SlotQuery>): SlotQuery {
  return {
    sessions: [monday9to10],
    extras: [],
    absences: [],
    busy: [],
    from: new Date('2026-03-23T00:00:00Z'),
    to: new Date('2026-04-04T00:00:00Z'),
    notBefore: new Date('2026-01-01T00:00:00Z'),
    timeZone: tz,
    ...over,
  };
}

const iso = (d: { startsAt: Date }) => d.startsAt.toISOString();

describe('freeSlots', () => {
  it('keeps 09:00 local on both sides of the spring daylight-saving change', () => {
    const slots = freeSlots(query({}));
    // Monday 23 March is UTC+1, Monday 30 March (after 29 March) is UTC+2.
    expect(slots.map(iso)).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-23T08:20:00.000Z',
      '2026-03-23T08:40:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-03-30T07:20:00.000Z',
      '2026-03-30T07:40:00.000Z',
    ]);
  });

  it('keeps 09:00 local across the autumn change too', () => {
    const slots = freeSlots(
      query({ from: new Date('2026-10-19T00:00:00Z'), to: new Date('2026-10-27T00:00:00Z') }),
    );
    expect(slots.map(iso).filter((s) => s.endsWith('00:00.000Z'))).toEqual([
      '2026-10-19T07:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
    ]);
  });

  it('removes slots taken by appointments, absences and the past', () => {
    const slots = freeSlots(
      query({
        to: new Date('2026-03-31T00:00:00Z'),
        busy: [
          {
            startsAt: new Date('2026-03-23T08:10:00Z'),
            endsAt: new Date('2026-03-23T08:30:00Z'),
          },
        ],
        absences: [
          { startsAt: new Date('2026-03-30T00:00:00Z'), endsAt: new Date('2026-03-31T00:00:00Z') },
        ],
        notBefore: new Date('2026-03-23T08:05:00Z'),
      }),
    );
    expect(slots.map(iso)).toEqual(['2026-03-23T08:40:00.000Z']);
  });

  it('adds extra sessions', () => {
    const slots = freeSlots(
      query({
        sessions: [],
        extras: [
          {
            startsAt: new Date('2026-03-25T13:00:00Z'),
            endsAt: new Date('2026-03-25T13:30:00Z'),
            slotMinutes: 15,
          },
        ],
      }),
    );
    expect(slots.map(iso)).toEqual(['2026-03-25T13:00:00.000Z', '2026-03-25T13:15:00.000Z']);
  });

  it('does not mutate its inputs', () => {
    const q = query({});
    const copy = structuredClone(q);
    freeSlots(q);
    expect(q).toEqual(copy);
  });
});

describe('withinSessions', () => {
  it('accepts a slot inside a session and refuses one outside', () => {
    const q = query({});
    expect(
      withinSessions(
        { startsAt: new Date('2026-03-30T07:20:00Z'), endsAt: new Date('2026-03-30T07:40:00Z') },
        q,
      ),
    ).toBe(true);
    expect(
      withinSessions(
        { startsAt: new Date('2026-03-30T08:00:00Z'), endsAt: new Date('2026-03-30T08:20:00Z') },
        q,
      ),
    ).toBe(false);
  });
});
