import { registerEnumType } from 'type-graphql';

/** Which patients a ward takes. */
export enum SexPolicy {
  MIXED = 'MIXED',
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}

export enum RoomKind {
  SINGLE = 'SINGLE',
  DOUBLE = 'DOUBLE',
  MULTI = 'MULTI',
}

/** A bed's housekeeping state, as staff set it; occupancy comes from the stays. */
export enum BedCondition {
  READY = 'READY',
  TO_CLEAN = 'TO_CLEAN',
  OUT_OF_SERVICE = 'OUT_OF_SERVICE',
}

/** What a bed board tile shows: occupancy and reservations first, then the housekeeping state. */
export enum BedStatus {
  FREE = 'FREE',
  OCCUPIED = 'OCCUPIED',
  RESERVED = 'RESERVED',
  TO_CLEAN = 'TO_CLEAN',
  OUT_OF_SERVICE = 'OUT_OF_SERVICE',
}

export enum AdmissionSource {
  EMERGENCY = 'EMERGENCY',
  ELECTIVE = 'ELECTIVE',
  TRANSFER_IN = 'TRANSFER_IN',
}

export enum AdmissionStatus {
  ACTIVE = 'ACTIVE',
  DISCHARGED = 'DISCHARGED',
  /** Entered in error: kept, shown struck through, frees its bed. */
  CANCELLED = 'CANCELLED',
}

export enum DischargeDestination {
  HOME = 'HOME',
  TRANSFER = 'TRANSFER',
  DECEASED = 'DECEASED',
  AGAINST_ADVICE = 'AGAINST_ADVICE',
}

/** The three nursing shifts of a day, in the hospital's time zone. */
export enum Shift {
  DAY = 'DAY',
  EVENING = 'EVENING',
  NIGHT = 'NIGHT',
}

registerEnumType(SexPolicy, { name: 'SexPolicy', description: 'Which patients a ward takes.' });
registerEnumType(RoomKind, { name: 'RoomKind', description: 'Single, double or multi-bed room.' });
registerEnumType(BedCondition, {
  name: 'BedCondition',
  description: 'Housekeeping state set by staff: ready, to clean, out of service.',
});
registerEnumType(BedStatus, {
  name: 'BedStatus',
  description: 'What a bed is now: free, occupied, reserved, to clean, out of service.',
});
registerEnumType(AdmissionSource, { name: 'AdmissionSource', description: 'Where from.' });
registerEnumType(AdmissionStatus, {
  name: 'AdmissionStatus',
  description: 'Active, discharged, or cancelled (entered in error).',
});
registerEnumType(DischargeDestination, {
  name: 'DischargeDestination',
  description: 'Where the patient went.',
});
registerEnumType(Shift, {
  name: 'Shift',
  description: 'Nursing shift: day 07–15, evening 15–23, night 23–07 (hospital time).',
});
