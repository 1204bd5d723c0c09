import { describe, expect, it } from 'vitest';
import {
  BED_STATUSES,
  bedActions,
  census,
  compareLabels,
  freeBeds,
  groupByRoom,
  news2Band,
  news2Key,
  shiftAt,
  statusIcon,
  statusKey,
  type BoardTile,
} from './bed-board';

function tile(label: string, roomNumber: string, status: BoardTile['status'] = 'FREE'): BoardTile {
  return {
    bedId: `bed-${label}`,
    label,
    roomId: `room-${roomNumber}`,
    roomNumber,
    roomKind: 'DOUBLE',
    isolationCapable: false,
    status,
    condition: 'READY',
    conditionReason: null,
    conditionSince: '2026-06-01T08:00:00Z',
    reservationId: null,
    reservedFor: null,
    reservedPatientName: null,
    reservedPatientId: null,
    occupant: null,
  };
}

const occupant: NonNullable<BoardTile['occupant']> = {
  admissionId: 'a1',
  patientId: 'p1',
  name: 'LAMBERT Jeanne',
  mrn: 'MRN-1',
  age: 72,
  sex: 'FEMALE',
  days: 3,
  admittedAt: '2026-05-29T08:00:00Z',
  attendingName: 'DUPONT Jean',
  attendingUserId: 'd1',
  clinicalShown: true,
};

describe('bed status', () => {
  it('gives every status its own icon and its own words', () => {
    const icons = BED_STATUSES.map(statusIcon);
    expect(new Set(icons).size).toBe(BED_STATUSES.length);
    expect(icons.every((i) => i.length > 0)).toBe(true);
    expect(statusKey('TO_CLEAN')).toBe('wards.status.TO_CLEAN');
  });
});

describe('NEWS2 words', () => {
  it('uses the risk the API computed', () => {
    expect(news2Band(7, 'HIGH')).toBe('HIGH');
    expect(news2Band(0, 'LOW')).toBe('LOW');
    expect(news2Key('LOW_MEDIUM')).toBe('wards.news2.LOW_MEDIUM');
  });

  it('says "not scored" without a score or a risk, never a zero', () => {
    expect(news2Band(null, null)).toBe('NONE');
    expect(news2Band(undefined, 'HIGH')).toBe('NONE');
    expect(news2Band(3, null)).toBe('NONE');
  });
});

describe('groupByRoom', () => {
  it('groups tiles by room, rooms by number and beds by label, numbers read as numbers', () => {
    const tiles = [
      tile('1010', '1010'),
      tile('302-B', '302'),
      tile('302-A', '302'),
      tile('99', '99'),
    ];
    const rooms = groupByRoom(tiles);
    expect(rooms.map((r) => r.roomNumber)).toEqual(['99', '302', '1010']);
    expect(rooms[1]?.beds.map((b) => b.label)).toEqual(['302-A', '302-B']);
  });

  it('leaves its input as it was', () => {
    const tiles = [tile('302-B', '302'), tile('302-A', '302')];
    groupByRoom(tiles);
    expect(tiles.map((t) => t.label)).toEqual(['302-B', '302-A']);
  });

  it('answers no room for no bed', () => {
    expect(groupByRoom([])).toEqual([]);
  });
});

describe('sorting and counting', () => {
  it('compares labels as a person reads them', () => {
    expect(compareLabels('2', '10')).toBeLessThan(0);
    expect(compareLabels('301-A', '301-B')).toBeLessThan(0);
  });

  it('counts the beds of each status, zero included', () => {
    expect(
      census([tile('1', '1'), tile('2', '2', 'OCCUPIED'), tile('3', '3', 'OCCUPIED')]),
    ).toEqual({ FREE: 1, OCCUPIED: 2, RESERVED: 0, TO_CLEAN: 0, OUT_OF_SERVICE: 0 });
  });

  it('offers free beds only, in order, the patient’s own excepted', () => {
    const beds = [
      tile('305', '305'),
      tile('301-B', '301'),
      tile('301-A', '301'),
      tile('302', '302', 'TO_CLEAN'),
      tile('303', '303', 'RESERVED'),
    ];
    expect(freeBeds(beds, 'bed-305').map((b) => b.label)).toEqual(['301-A', '301-B']);
  });
});

describe('bedActions', () => {
  const all = { admit: true, chart: true, stays: true, setBedStatus: true };
  const none = { admit: false, chart: false, stays: false, setBedStatus: false };

  it('offers the chart, transfer, discharge and cancellation on an occupied bed', () => {
    expect(bedActions({ status: 'OCCUPIED', occupant }, all)).toEqual([
      'chart',
      'stays',
      'transfer',
      'discharge',
      'cancelAdmission',
    ]);
  });

  it('offers admission, a reservation and out of service on a free bed', () => {
    expect(bedActions({ status: 'FREE', occupant: null }, all)).toEqual([
      'admit',
      'reserve',
      'outOfService',
    ]);
  });

  it('offers to admit the patient or release the hold on a reserved bed', () => {
    expect(bedActions({ status: 'RESERVED', occupant: null, reservationId: 'r1' }, all)).toEqual([
      'admit',
      'cancelReservation',
      'outOfService',
    ]);
    // No reservation id (an older board): nothing to cancel.
    expect(bedActions({ status: 'RESERVED', occupant: null }, all)).toEqual([
      'admit',
      'outOfService',
    ]);
    expect(
      bedActions(
        { status: 'RESERVED', occupant: null, reservationId: 'r1' },
        { ...none, stays: true },
      ),
    ).toEqual([]);
  });

  it('offers housekeeping on beds to clean or out of service', () => {
    expect(bedActions({ status: 'TO_CLEAN', occupant: null }, all)).toEqual([
      'markClean',
      'outOfService',
    ]);
    expect(bedActions({ status: 'OUT_OF_SERVICE', occupant: null }, all)).toEqual([
      'backInService',
    ]);
  });

  it('offers exactly what the capabilities allow', () => {
    expect(bedActions({ status: 'OCCUPIED', occupant }, { ...none, chart: true })).toEqual([
      'chart',
    ]);
    expect(bedActions({ status: 'FREE', occupant: null }, { ...none, setBedStatus: true })).toEqual(
      ['outOfService'],
    );
    for (const status of BED_STATUSES) {
      expect(bedActions({ status, occupant }, none)).toEqual([]);
    }
  });

  it('offers nothing about a patient the account may not see', () => {
    expect(bedActions({ status: 'OCCUPIED', occupant: null }, all)).toEqual([]);
  });
});

describe('shiftAt', () => {
  it('reads the hospital’s wall clock: day 07–15, evening 15–23, night 23–07', () => {
    // June: Paris is UTC+2.
    expect(shiftAt(new Date('2026-06-10T05:00:00Z'))).toEqual({ date: '2026-06-10', shift: 'DAY' });
    expect(shiftAt(new Date('2026-06-10T12:59:00Z'))).toEqual({ date: '2026-06-10', shift: 'DAY' });
    expect(shiftAt(new Date('2026-06-10T13:00:00Z'))).toEqual({
      date: '2026-06-10',
      shift: 'EVENING',
    });
    expect(shiftAt(new Date('2026-06-10T21:30:00Z'))).toEqual({
      date: '2026-06-10',
      shift: 'NIGHT',
    });
  });

  it('gives the small hours to the night that started the day before', () => {
    expect(shiftAt(new Date('2026-06-11T02:00:00Z'))).toEqual({
      date: '2026-06-10',
      shift: 'NIGHT',
    });
    // 1 January, 06:59 in Paris (UTC+1): the night of 31 December.
    expect(shiftAt(new Date('2026-01-01T05:59:00Z'))).toEqual({
      date: '2025-12-31',
      shift: 'NIGHT',
    });
  });
});
