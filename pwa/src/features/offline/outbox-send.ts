/**
 * How an outbox entry reaches the server: the idempotent mutation of its kind, under the entry's
 * id (the write-once key). A user's "record anyway" on a dose refused because its prescription
 * was stopped travels as `afterStopReason`.
 */
import type { ApolloClient } from '@apollo/client';
import {
  AddCareNoteDocument,
  RecordMedicationAdministrationDocument,
  RecordVitalsDocument,
  type AddCareNoteInput,
  type RecordMedicationAdministrationInput,
  type RecordVitalsInput,
} from '../../gql/graphql';
import type { OutboxEntry, Send } from './outbox';

export type EntryMutation =
  | { kind: 'vitals'; input: RecordVitalsInput }
  | { kind: 'careNote'; input: AddCareNoteInput }
  | { kind: 'dose'; input: RecordMedicationAdministrationInput };

/** The mutation input of an entry (pure). */
export function mutationOf(entry: OutboxEntry): EntryMutation {
  const base = { ...(entry.input as Record<string, unknown>), id: entry.id };
  switch (entry.kind) {
    case 'vitals':
      return {
        kind: 'vitals',
        input: { ...base, patientId: entry.patientId },
      };
    case 'careNote':
      return {
        kind: 'careNote',
        input: { ...base, patientId: entry.patientId } as AddCareNoteInput,
      };
    case 'dose': {
      const input = { ...base } as RecordMedicationAdministrationInput;
      if (entry.retryReason) input.afterStopReason = entry.retryReason;
      return { kind: 'dose', input };
    }
  }
}

/** The `send` of `Outbox.replay`, through the app's Apollo client (tokens, refresh). */
export function sendWith(client: ApolloClient): Send {
  return async (entry) => {
    const m = mutationOf(entry);
    switch (m.kind) {
      case 'vitals': {
        const { data } = await client.mutate({
          mutation: RecordVitalsDocument,
          variables: { input: m.input },
        });
        if (!data) throw new Error('no answer');
        return { id: data.recordVitals.id };
      }
      case 'careNote': {
        const { data } = await client.mutate({
          mutation: AddCareNoteDocument,
          variables: { input: m.input },
        });
        if (!data) throw new Error('no answer');
        return { id: data.addCareNote.id };
      }
      case 'dose': {
        const { data } = await client.mutate({
          mutation: RecordMedicationAdministrationDocument,
          variables: { input: m.input },
        });
        if (!data) throw new Error('no answer');
        return { id: data.recordMedicationAdministration.id };
      }
    }
  };
}
