import { skipToken, useQuery } from '@apollo/client/react';
import { IonButton, IonItem, IonLabel, IonList } from '@ionic/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../app/components/TextField';
import { WardPatientPickerDocument, type WardPatientPickerQuery } from '../../../gql/graphql';
import { ageSex } from '../tile-text';

type PatientHit = WardPatientPickerQuery['patients']['nodes'][number];

/** The patient a flow is about: a search hit, or the patient a bed is held for (name only). */
export type PickedPatient = Pick<PatientHit, 'id' | 'displayName'> &
  Partial<Pick<PatientHit, 'mrn' | 'age' | 'sex'>>;

/**
 * Finds a patient by name or MRN (two characters at least), or shows the one picked with a way
 * to change it. Admissions and reservations share it.
 */
export function PatientPicker({
  picked,
  onPick,
  error,
  initialSearch = '',
}: {
  picked: PickedPatient | null;
  onPick: (patient: PickedPatient | null) => void;
  error?: string | undefined;
  initialSearch?: string;
}) {
  const { t } = useTranslation();
  const [searchInput, setSearchInput] = useState(initialSearch);
  const [search, setSearch] = useState(initialSearch.trim());

  useEffect(() => {
    const id = window.setTimeout(() => {
      setSearch(searchInput.trim());
    }, 250);
    return () => {
      window.clearTimeout(id);
    };
  }, [searchInput]);

  const hits = useQuery(
    WardPatientPickerDocument,
    search.length >= 2 && !picked ? { variables: { search, first: 8 } } : skipToken,
  );

  if (picked) {
    return (
      <div className="cg-picked">
        <p data-testid="picked-patient">
          <strong>{picked.displayName}</strong>
          {picked.mrn && <> · {picked.mrn}</>}
          {picked.sex && picked.age !== undefined && <> · {ageSex(t, picked.age, picked.sex)}</>}
        </p>
        <IonButton
          fill="clear"
          onClick={() => {
            onPick(null);
          }}
        >
          {t('wards.admit.change')}
        </IonButton>
      </div>
    );
  }
  return (
    <>
      <TextField
        name="patientSearch"
        type="search"
        label={t('wards.admit.search')}
        helper={t('wards.admit.searchHint')}
        error={error}
        value={searchInput}
        onChange={setSearchInput}
      />
      {hits.data && hits.data.patients.nodes.length === 0 && (
        <p className="cg-muted">{t('wards.admit.noMatch')}</p>
      )}
      {hits.data && hits.data.patients.nodes.length > 0 && (
        <IonList lines="full" data-testid="patient-hits">
          {hits.data.patients.nodes.map((p) => (
            <IonItem
              key={p.id}
              button
              detail={false}
              data-testid="patient-hit"
              onClick={() => {
                onPick(p);
              }}
            >
              <IonLabel>
                <h3>{p.displayName}</h3>
                <p>
                  {p.mrn} · {ageSex(t, p.age, p.sex)}
                </p>
              </IonLabel>
            </IonItem>
          ))}
        </IonList>
      )}
    </>
  );
}
