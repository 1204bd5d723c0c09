import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import type { RequestContext } from '../../kernel/context.js';
import { DomainError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { Problems } from '../../kernel/problems.js';
import { publishAfterCommit } from '../../kernel/pubsub.js';
import { isUuid } from '../../kernel/validation.js';
import { BedStay } from './admission.entity.js';
import { Bed, Room, Ward } from './ward.entity.js';
import type {
  AddBedInput,
  SaveRoomInput,
  SaveWardInput,
  SetBedStatusInput,
} from './wards.inputs.js';
import { BedCondition } from './wards-enums.js';
import type { WardSummary } from './wards.types.js';

export const BED_BOARD_TOPIC = 'BED_BOARD_CHANGED';

/** What a bed board subscriber hears: which bed of which ward changed, and how. */
export interface BedBoardChange {
  wardId: string;
  bedId: string;
  change: string;
}

/** Tells the boards after commit; they read the bed again. */
export function announceBed(bed: { id: string; ward: { id: string } }, change: string): void {
  publishAfterCommit(BED_BOARD_TOPIC, {
    wardId: bed.ward.id,
    bedId: bed.id,
    change,
  } satisfies BedBoardChange);
}

/** A ward by id, or the field error naming it. */
export async function wardForWrite(em: EntityManager, id: string, field = 'wardId', lock = false) {
  const ward = isUuid(id)
    ? await em.findOne(Ward, id, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {})
    : null;
  if (!ward) throw new ValidationError({ [field]: 'is not a known ward' });
  return ward;
}

/**
 * A bed, locked until the transaction ends: every change of a bed's occupancy or state goes
 * through this lock, so an admission and an "out of service" cannot cross.
 */
export async function lockBed(em: EntityManager, id: string, field = 'bedId'): Promise<Bed> {
  const bed = isUuid(id)
    ? await em.findOne(Bed, { id, removedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!bed) throw new ValidationError({ [field]: 'is not a known bed' });
  return bed;
}

/** The stay holding a bed now, if any. */
export function openStayOf(em: EntityManager, bedId: string): Promise<BedStay | null> {
  return em.findOne(BedStay, { bed: bedId, endedAt: null, cancelled: false });
}

export async function saveWard(ctx: RequestContext, input: SaveWardInput): Promise<Ward> {
  const p = new Problems();
  const name = p.text('name', input.name, 120, true);
  const service = p.text('service', input.service, 120, true);
  const floor = p.text('floor', input.floor, 40, true);
  p.throwIfAny();
  const ward = input.id ? await wardForWrite(ctx.em, input.id, 'id') : new Ward();
  if (input.id && input.sexPolicy !== ward.sexPolicy) {
    // Changing who a ward takes must not leave a patient on the wrong ward.
    const clash = await ctx.em.getConnection().execute<{ n: string }[]>(
      `select count(*) as n from bed_stay s join patient p on p.id = s.patient_id
        where s.ward_id = ? and s.ended_at is null and not s.cancelled
          and ? <> 'MIXED' and p.sex::text <> ?`,
      [ward.id, input.sexPolicy, input.sexPolicy],
    );
    if (Number(clash[0]?.n ?? 0) > 0) {
      throw new ValidationError({ sexPolicy: 'some patients on this ward do not match it' });
    }
  }
  Object.assign(ward, { name, service, floor, sexPolicy: input.sexPolicy });
  ctx.em.persist(ward);
  currentAuditScope()?.setTarget('Ward', ward.id);
  return ward;
}

export async function saveRoom(ctx: RequestContext, input: SaveRoomInput): Promise<Room> {
  const p = new Problems();
  const number = p.text('number', input.number, 20, true);
  p.throwIfAny();
  const ward = await wardForWrite(ctx.em, input.wardId);
  let room: Room;
  if (input.id) {
    const found = isUuid(input.id) ? await ctx.em.findOne(Room, input.id) : null;
    if (!found) throw new ValidationError({ id: 'is not a known room' });
    if (found.ward.id !== ward.id) throw new ValidationError({ wardId: 'a room cannot move ward' });
    room = found;
  } else {
    room = ctx.em.create(Room, { ward, number: number ?? '', kind: input.kind });
  }
  Object.assign(room, {
    number,
    kind: input.kind,
    isolationCapable: input.isolationCapable ?? room.isolationCapable,
  });
  currentAuditScope()?.setTarget('Room', room.id);
  return room;
}

export async function addBed(ctx: RequestContext, input: AddBedInput): Promise<Bed> {
  const p = new Problems();
  const label = p.text('label', input.label, 20, true) ?? '';
  p.throwIfAny();
  const room = isUuid(input.roomId) ? await ctx.em.findOne(Room, input.roomId) : null;
  if (!room) throw new ValidationError({ roomId: 'is not a known room' });
  const bed = ctx.em.create(Bed, { room, ward: room.ward, label });
  currentAuditScope()?.setTarget('Bed', bed.id);
  announceBed(bed, 'ADDED');
  return bed;
}

/** Removes a bed from service for good (kept for history); never one that holds a patient. */
export async function removeBed(ctx: RequestContext, bedId: string): Promise<Bed> {
  const bed = await lockBed(ctx.em, bedId);
  if (await openStayOf(ctx.em, bed.id)) {
    throw new BedOccupiedError('A bed with a patient in it cannot be removed.');
  }
  bed.removedAt = ctx.clock.now();
  currentAuditScope()?.setTarget('Bed', bed.id);
  announceBed(bed, 'REMOVED');
  return bed;
}

/** Housekeeping: ready, to clean, out of service (with a reason; never with a patient in it). */
export async function setBedStatus(ctx: RequestContext, input: SetBedStatusInput): Promise<Bed> {
  const p = new Problems();
  const reason = p.text(
    'reason',
    input.reason,
    300,
    input.condition === BedCondition.OUT_OF_SERVICE,
  );
  p.throwIfAny();
  const bed = await lockBed(ctx.em, input.bedId);
  if (input.condition === BedCondition.OUT_OF_SERVICE && (await openStayOf(ctx.em, bed.id))) {
    throw new BedOccupiedError('A bed with a patient in it cannot be put out of service.');
  }
  if (bed.condition !== input.condition) {
    bed.condition = input.condition;
    bed.conditionSince = ctx.clock.now();
  }
  bed.conditionReason = input.condition === BedCondition.OUT_OF_SERVICE ? reason : null;
  currentAuditScope()?.setTarget('Bed', bed.id);
  announceBed(bed, 'STATUS');
  return bed;
}

/** The bed holds a patient (or another request got it first). */
export class BedOccupiedError extends DomainError {
  constructor(message = 'This bed is occupied.') {
    super('BED_OCCUPIED', message);
  }
}

interface CensusRow {
  id: string;
  name: string;
  service: string;
  floor: string;
  sex_policy: WardSummary['sexPolicy'];
  beds: string;
  occupied: string;
  reserved: string;
  to_clean: string;
  out_of_service: string;
}

/** Every ward with its census now, in one statement. */
export async function wardSummaries(ctx: RequestContext): Promise<WardSummary[]> {
  const rows = await ctx.em.getConnection().execute<CensusRow[]>(
    `select w.id, w.name, w.service, w.floor, w.sex_policy,
            count(b.id) as beds,
            count(s.id) as occupied,
            count(b.id) filter (where s.id is null and b.condition = 'READY' and r.id is not null)
              as reserved,
            count(b.id) filter (where s.id is null and b.condition = 'TO_CLEAN') as to_clean,
            count(b.id) filter (where s.id is null and b.condition = 'OUT_OF_SERVICE') as out_of_service
       from ward w
       left join bed b on b.ward_id = w.id and b.removed_at is null
       left join bed_stay s on s.bed_id = b.id and s.ended_at is null and not s.cancelled
       left join bed_reservation r on r.bed_id = b.id and r.closed_at is null
      group by w.id
      order by w.name`,
  );
  return rows.map((r) => {
    const beds = Number(r.beds);
    const occupied = Number(r.occupied);
    const reserved = Number(r.reserved);
    const toClean = Number(r.to_clean);
    const outOfService = Number(r.out_of_service);
    return {
      id: r.id,
      name: r.name,
      service: r.service,
      floor: r.floor,
      sexPolicy: r.sex_policy,
      beds,
      occupied,
      reserved,
      toClean,
      outOfService,
      free: beds - occupied - reserved - toClean - outOfService,
    };
  });
}

export async function getWard(ctx: RequestContext, id: string): Promise<Ward> {
  const ward = isUuid(id) ? await ctx.em.findOne(Ward, id) : null;
  if (!ward) throw new NotFoundError('Ward');
  return ward;
}
