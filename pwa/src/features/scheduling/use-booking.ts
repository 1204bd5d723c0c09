import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AvailableSlotsDocument,
  BookAppointmentDocument,
  MeDocument,
  PractitionersDocument,
  SpecialtiesDocument,
  type SpecialtiesQuery,
} from '../../gql/graphql';
import { useSchedulingError } from './use-scheduling-error';

const HORIZON_DAYS = 14;

export type Specialty = SpecialtiesQuery['specialties'][number];
export interface ChosenSlot {
  practitionerId: string;
  name: string;
  startsAt: string;
}

/** The next fortnight, from now. */
function horizon() {
  const from = new Date();
  return {
    from: from.toISOString(),
    to: new Date(from.getTime() + HORIZON_DAYS * 86_400_000).toISOString(),
  };
}

/**
 * R17: a patient's booking, step by step — a specialty, then a practitioner (with their next free
 * time) or all of one practitioner's times, then the confirmation. A slot taken meanwhile sends
 * the patient back to fresh times with the reason.
 */
export function useBooking() {
  const { t } = useTranslation();
  const schedulingError = useSchedulingError();
  const me = useQuery(MeDocument);
  const patientId = me.data?.me.patient?.id;
  const specialties = useQuery(SpecialtiesDocument);
  // Only specialties someone practises: a patient should never tap into an empty list.
  const everyone = useQuery(PractitionersDocument, { variables: { first: 100 } });
  const practised = everyone.data?.practitioners.pageInfo.hasNextPage
    ? null
    : new Set(everyone.data?.practitioners.nodes.filter((p) => p.active).map((p) => p.specialty));
  const [specialty, setSpecialty] = useState<Specialty | null>(null);
  const [practitionerId, setPractitionerId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ChosenSlot | null>(null);
  const [reason, setReason] = useState(() => t('scheduling.book.defaultReason'));
  const [error, setError] = useState<string | null>(null);
  const [booked, setBooked] = useState<ChosenSlot | null>(null);
  const [window_, setWindow] = useState(horizon);

  const practitioners = useQuery(
    PractitionersDocument,
    specialty ? { variables: { specialty: specialty.code, first: 50 } } : skipToken,
  );
  const slots = useQuery(
    AvailableSlotsDocument,
    specialty
      ? {
          variables: { specialty: specialty.code, from: window_.from, to: window_.to },
          fetchPolicy: 'network-only',
        }
      : skipToken,
  );
  const [book, booking] = useMutation(BookAppointmentDocument, {
    refetchQueries: ['Appointments'],
  });

  const slotsByPractitioner = useMemo(
    () => new Map((slots.data?.availableSlots ?? []).map((p) => [p.practitioner.id, p.slots])),
    [slots.data],
  );
  const activePractitioners = (practitioners.data?.practitioners.nodes ?? []).filter(
    (p) => p.active,
  );

  function refreshSlots() {
    setWindow(horizon());
  }

  async function confirm() {
    if (!chosen || !patientId) return;
    setError(null);
    try {
      await book({
        variables: {
          input: {
            patientId,
            practitionerId: chosen.practitionerId,
            startsAt: chosen.startsAt,
            reason: reason.trim() || t('scheduling.book.defaultReason'),
          },
        },
      });
      setBooked(chosen);
      setChosen(null);
    } catch (e) {
      setError(schedulingError(e));
      setChosen(null);
      refreshSlots();
    }
  }

  return {
    patientId,
    specialties,
    /** The specialties worth offering: those someone practises (all, while that is unknown). */
    offeredSpecialties: (specialties.data?.specialties ?? []).filter(
      (s) => !practised || practised.has(s.code),
    ),
    specialty,
    chooseSpecialty: (s: Specialty) => {
      setSpecialty(s);
      refreshSlots();
    },
    changeSpecialty: () => {
      setSpecialty(null);
    },
    practitioners,
    activePractitioners,
    /** The practitioner whose every time is shown, once the patient asked for them. */
    current: activePractitioners.find((p) => p.id === practitionerId),
    showPractitioner: setPractitionerId,
    slots,
    slotsByPractitioner,
    chosen,
    choose: (p: { id: string; displayName: string }, startsAt: string) => {
      setChosen({ practitionerId: p.id, name: p.displayName, startsAt });
    },
    unchoose: () => {
      setChosen(null);
    },
    reason,
    setReason,
    sending: booking.loading,
    confirm,
    booked,
    error,
    /** Back to the first step, for another appointment. */
    restart: () => {
      setBooked(null);
      setChosen(null);
      setPractitionerId(null);
      setSpecialty(null);
      setError(null);
    },
  };
}
