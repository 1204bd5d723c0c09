import type { EventContext } from '../../kernel/events.js';
import { Appointment } from './appointment.entity.js';

/**
 * Subscriber of records' `VisitEncounterOpened`: the appointment points at its visit's clinical
 * record, so the visit history opens the consultation note (R5). Inside the publisher's
 * transaction; idempotent (a link once made is kept).
 */
export async function linkVisitEncounter(
  fact: { appointmentId: string; encounterId: string },
  ctx: EventContext,
): Promise<void> {
  const appointment = await ctx.em.findOne(Appointment, fact.appointmentId);
  if (appointment && !appointment.encounterId) appointment.encounterId = fact.encounterId;
}
