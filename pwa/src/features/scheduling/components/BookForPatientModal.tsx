import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  IonButton,
  IonButtons,
  IonContent,
  IonHeader,
  IonItem,
  IonLabel,
  IonList,
  IonModal,
  IonTitle,
  IonToolbar,
} from '@ionic/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../app/components/Notice';
import { SelectField } from '../../../app/components/SelectField';
import { TextField } from '../../../app/components/TextField';
import {
  BookAppointmentDocument,
  PractitionersDocument,
  SchedulingPatientPickerDocument,
  type SchedulingPatientPickerQuery,
} from '../../../gql/graphql';
import { formatWhen } from '../time';
import { useSchedulingError } from '../use-scheduling-error';
import type { Feedback } from './AgendaAppointment';
import { SlotPicker } from './SlotPicker';

export type PatientHit = SchedulingPatientPickerQuery['patients']['nodes'][number];

/** Reception books for a caller: find the patient, pick the practitioner and a free time. */
export function BookForPatientModal({
  isOpen,
  initialPractitionerId,
  forPatient = null,
  onClose,
  onFeedback,
}: {
  isOpen: boolean;
  initialPractitionerId: string | null;
  /** Booking from a patient's page: that patient, already chosen. */
  forPatient?: PatientHit | null;
  onClose: () => void;
  onFeedback: Feedback;
}) {
  const { t, i18n } = useTranslation();
  const schedulingError = useSchedulingError();
  const [searchInput, setSearchInput] = useState('');
  const [search, setSearch] = useState('');
  const [patient, setPatient] = useState<PatientHit | null>(forPatient);
  const [practitionerId, setPractitionerId] = useState(initialPractitionerId ?? '');
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [reason, setReason] = useState(() => t('scheduling.book.defaultReason'));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const id = window.setTimeout(() => {
      setSearch(searchInput.trim());
    }, 250);
    return () => {
      window.clearTimeout(id);
    };
  }, [searchInput]);

  const hits = useQuery(
    SchedulingPatientPickerDocument,
    isOpen && search.length >= 2 && !patient ? { variables: { search, first: 8 } } : skipToken,
  );
  const practitioners = useQuery(
    PractitionersDocument,
    isOpen ? { variables: { first: 100 } } : skipToken,
  );
  const [book, { loading }] = useMutation(BookAppointmentDocument, {
    refetchQueries: ['DayBoard', 'Waitlist'],
  });

  function reset() {
    setSearchInput('');
    setPatient(forPatient);
    setStartsAt(null);
    setError(null);
    onClose();
  }

  async function submit() {
    if (!patient || !practitionerId || !startsAt) return;
    setError(null);
    try {
      await book({
        variables: {
          input: {
            patientId: patient.id,
            practitionerId,
            startsAt,
            reason: reason.trim() || t('scheduling.book.defaultReason'),
          },
        },
      });
      onFeedback({
        kind: 'success',
        text: t('scheduling.bookFor.booked', {
          name: patient.displayName,
          when: formatWhen(startsAt, i18n.language),
        }),
      });
      reset();
    } catch (e) {
      setError(schedulingError(e));
      setStartsAt(null);
    }
  }

  return (
    <IonModal isOpen={isOpen} onDidDismiss={reset} aria-label={t('scheduling.bookFor.title')}>
      <IonHeader>
        <IonToolbar color="primary">
          <IonTitle>
            <h2 id="book-for-title" className="cg-title">
              {t('scheduling.bookFor.title')}
            </h2>
          </IonTitle>
          <IonButtons slot="end">
            <IonButton onClick={reset}>{t('scheduling.close')}</IonButton>
          </IonButtons>
        </IonToolbar>
      </IonHeader>
      <IonContent>
        <div className="cg-container cg-form" data-testid="book-for-modal">
          {error && <Notice kind="error">{error}</Notice>}
          {patient ? (
            <div className="cg-appt-head">
              <p className="cg-summary" data-testid="picked-patient">
                <strong>{patient.displayName}</strong> · {patient.mrn}
              </p>
              <IonButton
                fill="clear"
                onClick={() => {
                  setPatient(null);
                }}
              >
                {t('scheduling.bookFor.change')}
              </IonButton>
            </div>
          ) : (
            <>
              <TextField
                name="patientSearch"
                type="search"
                label={t('scheduling.bookFor.search')}
                helper={t('scheduling.bookFor.searchHint')}
                value={searchInput}
                onChange={setSearchInput}
              />
              {hits.data && hits.data.patients.nodes.length === 0 && (
                <p className="cg-muted">{t('scheduling.bookFor.noMatch')}</p>
              )}
              {hits.data && hits.data.patients.nodes.length > 0 && (
                <IonList lines="full" data-testid="patient-hits">
                  {hits.data.patients.nodes.map((p) => (
                    <IonItem
                      key={p.id}
                      button
                      detail={false}
                      onClick={() => {
                        setPatient(p);
                      }}
                    >
                      <IonLabel>
                        <h3>{p.displayName}</h3>
                        <p>
                          {p.mrn}
                          {p.phone && <> · {p.phone}</>}
                        </p>
                      </IonLabel>
                    </IonItem>
                  ))}
                </IonList>
              )}
            </>
          )}
          <SelectField
            name="practitionerId"
            label={t('scheduling.bookFor.practitioner')}
            value={practitionerId}
            placeholder={t('app.choose')}
            options={(practitioners.data?.practitioners.nodes ?? []).map((p) => ({
              value: p.id,
              label: p.displayName,
            }))}
            onChange={(v) => {
              setPractitionerId(v);
              setStartsAt(null);
            }}
          />
          {practitionerId && (
            <div>
              <h3 className="cg-step-title">{t('scheduling.bookFor.pickSlot')}</h3>
              <SlotPicker practitionerId={practitionerId} value={startsAt} onPick={setStartsAt} />
            </div>
          )}
          <TextField
            name="reason"
            label={t('scheduling.reason')}
            value={reason}
            onChange={setReason}
          />
          <IonButton
            expand="block"
            disabled={!patient || !practitionerId || !startsAt || loading}
            data-testid="book-for-submit"
            onClick={() => void submit()}
          >
            {startsAt
              ? `${t('scheduling.bookFor.submit')} — ${formatWhen(startsAt, i18n.language)}`
              : t('scheduling.bookFor.submit')}
          </IonButton>
        </div>
      </IonContent>
    </IonModal>
  );
}
