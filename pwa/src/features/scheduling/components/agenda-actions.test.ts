import { describe, expect, it } from 'vitest';
import { actionsFor } from './AgendaAppointment';

const now = Date.parse('2026-01-15T10:00:00Z');
const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

describe('agenda actions', () => {
  it('lets reception check in, move and cancel a booked appointment an hour away', () => {
    const can = actionsFor('RECEPTIONIST', { status: 'SCHEDULED', startsAt: at(60) }, now);
    expect(can).toMatchObject({ checkIn: true, move: true, cancel: true, noShow: false });
  });

  it('refuses a move within 30 minutes (R2) but still allows status changes', () => {
    const can = actionsFor('RECEPTIONIST', { status: 'SCHEDULED', startsAt: at(20) }, now);
    expect(can.move).toBe(false);
    expect(can.checkIn).toBe(true);
  });

  it('offers no-show only once the time has passed', () => {
    expect(actionsFor('DOCTOR', { status: 'CONFIRMED', startsAt: at(-5) }, now).noShow).toBe(true);
    expect(actionsFor('DOCTOR', { status: 'CONFIRMED', startsAt: at(5) }, now).noShow).toBe(false);
  });

  it('starts only an arrived patient, and only the doctor completes', () => {
    expect(actionsFor('DOCTOR', { status: 'SCHEDULED', startsAt: at(-5) }, now).start).toBe(false);
    expect(actionsFor('DOCTOR', { status: 'CHECKED_IN', startsAt: at(-5) }, now).start).toBe(true);
    expect(
      actionsFor('RECEPTIONIST', { status: 'IN_PROGRESS', startsAt: at(-5) }, now).complete,
    ).toBe(false);
    expect(actionsFor('DOCTOR', { status: 'IN_PROGRESS', startsAt: at(-5) }, now).complete).toBe(
      true,
    );
  });

  it('lets reception confirm a booked appointment, not one already confirmed', () => {
    expect(actionsFor('RECEPTIONIST', { status: 'SCHEDULED', startsAt: at(60) }, now).confirm).toBe(
      true,
    );
    expect(actionsFor('RECEPTIONIST', { status: 'CONFIRMED', startsAt: at(60) }, now).confirm).toBe(
      false,
    );
    expect(actionsFor('DOCTOR', { status: 'SCHEDULED', startsAt: at(60) }, now).confirm).toBe(
      false,
    );
  });

  it('lets an administrator move and cancel, but leaves the desk’s own steps to the desk', () => {
    const can = actionsFor('ADMIN', { status: 'SCHEDULED', startsAt: at(60) }, now);
    expect(can).toEqual({
      confirm: false,
      checkIn: false,
      noShow: false,
      start: false,
      complete: false,
      move: true,
      cancel: true,
    });
  });

  it('gives a nurse a read-only board', () => {
    const can = actionsFor('NURSE', { status: 'SCHEDULED', startsAt: at(60) }, now);
    expect(Object.values(can).some(Boolean)).toBe(false);
  });
});
