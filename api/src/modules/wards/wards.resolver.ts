import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { batchLoader } from '../../kernel/graphql/batch.js';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { Patient } from '../patients/index.js';
import { Admission, BedReservation, BedStay, CareTeamMember } from './admission.entity.js';
import * as admissions from './admissions.service.js';
import * as board from './board.service.js';
import * as care from './care.service.js';
import { NurseAssignment } from './nurse-assignment.entity.js';
import { wardOccupancy } from './occupancy.service.js';
import * as structure from './structure.service.js';
import { BED_BOARD_TOPIC, type BedBoardChange } from './structure.service.js';
import { Bed, Room, Ward } from './ward.entity.js';
import {
  AddBedInput,
  AdmitPatientInput,
  AssignNursesInput,
  BedIdInput,
  CancelAdmissionInput,
  DischargePatientInput,
  ReservationIdInput,
  ReserveBedInput,
  SaveRoomInput,
  SaveWardInput,
  SetBedStatusInput,
  SetCareTeamInput,
  TransferPatientInput,
  WriteDischargeSummaryInput,
} from './wards.inputs.js';
import {
  BedBoard,
  BedBoardEvent,
  InpatientRow,
  StaffChoice,
  WardOccupancyDay,
  WardSummary,
} from './wards.types.js';

@Resolver(() => Ward)
export class WardsResolver {
  @Query(() => [WardSummary], { description: 'Every ward with its census now.' })
  wards(@Ctx() ctx: RequestContext): Promise<WardSummary[]> {
    return structure.wardSummaries(ctx);
  }

  @Query(() => Ward, { description: 'One ward, with its rooms and beds.' })
  ward(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Ward> {
    return structure.getWard(ctx, id);
  }

  @Query(() => BedBoard, { description: 'One ward’s beds now, as tiles.' })
  bedBoard(@Ctx() ctx: RequestContext, @Arg('wardId', () => ID) wardId: string): Promise<BedBoard> {
    return board.bedBoard(ctx, wardId);
  }

  @Query(() => [InpatientRow], { description: 'A nurse’s patients: the wards she covers now.' })
  myPatients(@Ctx() ctx: RequestContext): Promise<InpatientRow[]> {
    return board.myPatients(ctx);
  }

  @Query(() => [InpatientRow], { description: 'A doctor’s inpatients, sickest first.' })
  myRound(@Ctx() ctx: RequestContext): Promise<InpatientRow[]> {
    return board.myRound(ctx);
  }

  @Query(() => [NurseAssignment], {
    description: 'Nurse assignments of a day: a ward’s, or (a nurse, no ward) her own.',
  })
  nurseAssignments(
    @Ctx() ctx: RequestContext,
    @Arg('date', () => LocalDate) date: string,
    @Arg('wardId', () => ID, { nullable: true }) wardId?: string,
  ): Promise<NurseAssignment[]> {
    return care.nurseAssignments(ctx, { wardId, date });
  }

  @Query(() => [WardOccupancyDay], { description: 'Occupancy per ward per day (reports).' })
  wardOccupancy(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
    @Arg('wardId', () => ID, { nullable: true }) wardId?: string,
  ): Promise<WardOccupancyDay[]> {
    return wardOccupancy(ctx, { from, to, wardId });
  }

  @Query(() => [StaffChoice], { description: 'Doctors who may attend an inpatient.' })
  attendingCandidates(@Ctx() ctx: RequestContext): Promise<StaffChoice[]> {
    return care.attendingCandidates(ctx);
  }

  @Query(() => [StaffChoice], { description: 'Nurses who may be assigned to a ward’s shift.' })
  nurseCandidates(@Ctx() ctx: RequestContext): Promise<StaffChoice[]> {
    return care.nurseCandidates(ctx);
  }

  @Mutation(() => Ward, { description: 'Creates or changes a ward.' })
  saveWard(@Ctx() ctx: RequestContext, @Arg('input', () => SaveWardInput) input: SaveWardInput) {
    return structure.saveWard(ctx, input);
  }

  @Mutation(() => Room, { description: 'Creates or changes a room.' })
  saveRoom(@Ctx() ctx: RequestContext, @Arg('input', () => SaveRoomInput) input: SaveRoomInput) {
    return structure.saveRoom(ctx, input);
  }

  @Mutation(() => Bed, { description: 'Adds a bed to a room.' })
  addBed(@Ctx() ctx: RequestContext, @Arg('input', () => AddBedInput) input: AddBedInput) {
    return structure.addBed(ctx, input);
  }

  @Mutation(() => Bed, { description: 'Removes an empty bed (kept for history).' })
  removeBed(@Ctx() ctx: RequestContext, @Arg('input', () => BedIdInput) input: BedIdInput) {
    return structure.removeBed(ctx, input.bedId);
  }

  @Mutation(() => Bed, { description: 'Sets a bed ready, to clean, or out of service.' })
  setBedStatus(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetBedStatusInput) input: SetBedStatusInput,
  ) {
    return structure.setBedStatus(ctx, input);
  }

  @Mutation(() => BedReservation, { description: 'Holds a bed for a planned admission.' })
  reserveBed(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReserveBedInput) input: ReserveBedInput,
  ) {
    return admissions.reserveBed(ctx, input);
  }

  @Mutation(() => BedReservation, { description: 'Releases a held bed.' })
  cancelBedReservation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReservationIdInput) input: ReservationIdInput,
  ) {
    return admissions.cancelBedReservation(ctx, input.reservationId);
  }

  @Mutation(() => Admission, { description: 'Admits a patient to a free bed.' })
  admitPatient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AdmitPatientInput) input: AdmitPatientInput,
  ) {
    return admissions.admitPatient(ctx, input);
  }

  @Mutation(() => Admission, { description: 'Moves an inpatient to another bed.' })
  transferPatient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TransferPatientInput) input: TransferPatientInput,
  ) {
    return admissions.transferPatient(ctx, input);
  }

  @Mutation(() => Admission, { description: 'Ends a stay; the bed goes to cleaning.' })
  dischargePatient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DischargePatientInput) input: DischargePatientInput,
  ) {
    return admissions.dischargePatient(ctx, input);
  }

  @Mutation(() => Admission, { description: 'Cancels an admission entered in error (kept).' })
  cancelAdmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CancelAdmissionInput) input: CancelAdmissionInput,
  ) {
    return admissions.cancelAdmission(ctx, input);
  }

  @Mutation(() => Admission, { description: 'Sets the doctors on an inpatient’s care team.' })
  setCareTeam(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetCareTeamInput) input: SetCareTeamInput,
  ) {
    return admissions.setCareTeam(ctx, input);
  }

  @Mutation(() => Admission, { description: 'Writes the discharge summary of a stay.' })
  writeDischargeSummary(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WriteDischargeSummaryInput) input: WriteDischargeSummaryInput,
  ) {
    return admissions.writeDischargeSummary(ctx, input);
  }

  @Mutation(() => [NurseAssignment], { description: 'Sets the nurses of a ward’s shift.' })
  assignNurses(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AssignNursesInput) input: AssignNursesInput,
  ) {
    return care.assignNurses(ctx, input);
  }

  @Subscription(() => BedBoardEvent, {
    topics: BED_BOARD_TOPIC,
    filter: ({ payload, args }: { payload: BedBoardChange; args: { wardId?: string | null } }) =>
      !args.wardId || args.wardId === payload.wardId,
    description: 'Bed board changes, live (one ward, or all): read the board again.',
  })
  bedBoardChanged(
    @Root() change: BedBoardChange,
    // Read by the filter above; declared here so that the schema offers it.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    @Arg('wardId', () => ID, { nullable: true }) wardId?: string,
  ): BedBoardEvent {
    return change;
  }

  @FieldResolver(() => [Room], { description: 'Rooms, by number.' })
  rooms(@Root() ward: Ward, @Ctx() ctx: RequestContext): Promise<Room[]> {
    return ctx.em.find(Room, { ward }, { orderBy: { number: 'asc' } });
  }
}

@Resolver(() => Room)
export class RoomResolver {
  @FieldResolver(() => [Bed], { description: 'Beds in service or not (removed ones excluded).' })
  async beds(@Root() room: Room, @Ctx() ctx: RequestContext): Promise<Bed[]> {
    const loader = batchLoader(ctx, 'wards:bedsOfRoom', async (roomIds) => {
      const beds = await ctx.em.find(
        Bed,
        { room: { $in: [...roomIds] }, removedAt: null },
        { orderBy: { label: 'asc' } },
      );
      const byRoom = new Map<string, Bed[]>();
      for (const b of beds) byRoom.set(b.room.id, [...(byRoom.get(b.room.id) ?? []), b]);
      return byRoom;
    });
    return (await loader.load(room.id)) ?? [];
  }
}

@Resolver(() => Admission)
export class AdmissionResolver {
  @Query(() => [Admission], { description: 'A patient’s stays, newest first.' })
  admissions(@Ctx() ctx: RequestContext, @Arg('patientId', () => ID) patientId: string) {
    return admissions.listAdmissions(ctx, patientId);
  }

  @Query(() => Admission, { description: 'One stay.' })
  admission(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return admissions.getAdmission(ctx, id);
  }

  @FieldResolver(() => Patient, { description: 'The patient.' })
  patient(@Root() a: Admission): Promise<Patient> {
    return a.patient.load().then((p) => p ?? Promise.reject(new Error('patient missing')));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Discharge summary (doctor).' })
  dischargeSummary(@Root() a: Admission): string | null {
    return a.dischargeSummary ?? null;
  }

  @FieldResolver(() => [BedStay], { description: 'Every bed of the stay, in order.' })
  async stays(@Root() a: Admission, @Ctx() ctx: RequestContext): Promise<BedStay[]> {
    const loader = batchLoader(ctx, 'wards:staysOfAdmission', async (ids) => {
      const stays = await ctx.em.find(
        BedStay,
        { admission: { $in: [...ids] } },
        { orderBy: { startedAt: 'asc' }, populate: ['bed'] },
      );
      const by = new Map<string, BedStay[]>();
      for (const s of stays) by.set(s.admission.id, [...(by.get(s.admission.id) ?? []), s]);
      return by;
    });
    return (await loader.load(a.id)) ?? [];
  }

  @FieldResolver(() => [CareTeamMember], { description: 'Doctors on the care team.' })
  async careTeam(@Root() a: Admission, @Ctx() ctx: RequestContext): Promise<CareTeamMember[]> {
    const loader = batchLoader(ctx, 'wards:careTeam', async (ids) => {
      const members = await ctx.em.find(
        CareTeamMember,
        { admission: { $in: [...ids] } },
        { orderBy: { name: 'asc' } },
      );
      const by = new Map<string, CareTeamMember[]>();
      for (const m of members) by.set(m.admission.id, [...(by.get(m.admission.id) ?? []), m]);
      return by;
    });
    return (await loader.load(a.id)) ?? [];
  }
}

@Resolver(() => BedStay)
export class BedStayResolver {
  @FieldResolver(() => Bed, { description: 'The bed.' })
  bed(@Root() s: BedStay): Promise<Bed> {
    return s.bed.load().then((b) => b ?? Promise.reject(new Error('bed missing')));
  }

  @FieldResolver(() => Ward, { description: 'The ward.' })
  ward(@Root() s: BedStay, @Ctx() ctx: RequestContext): Promise<Ward> {
    return ctx.em.findOneOrFail(Ward, s.wardId);
  }
}
