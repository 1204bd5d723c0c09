import { useMutation } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { RequestWaitlistDocument } from '../../gql/graphql';
import { addDays, localDate } from './time';
import { useSchedulingError } from './use-scheduling-error';

/** Asks to be offered an earlier time with a practitioner between two dates (a week by default). */
export function useWaitlistRequest(patientId: string, practitionerId: string) {
  const schedulingError = useSchedulingError();
  const today = localDate(new Date());
  const [fromDate, setFromDate] = useState(today);
  const [toDate, setToDate] = useState(addDays(today, 7));
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestWaitlistDocument, {
    refetchQueries: ['Waitlist'],
  });

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    setError(null);
    request({ variables: { input: { patientId, practitionerId, fromDate, toDate } } }).then(
      () => {
        setDone(true);
      },
      (err: unknown) => {
        setError(schedulingError(err));
      },
    );
  }

  return { fromDate, setFromDate, toDate, setToDate, done, error, sending: loading, submit };
}
