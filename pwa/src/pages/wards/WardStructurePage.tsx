import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { trashOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { useWardsError } from '../../features/wards/wards-error';
import '../../features/wards/wards.css';
import {
  AddBedDocument,
  RemoveBedDocument,
  SaveRoomDocument,
  SaveWardDocument,
  WardsDocument,
  WardStructureDocument,
  type RoomKind,
  type SexPolicy,
  type WardStructureQuery,
} from '../../gql/graphql';

const NEW = 'new';
const POLICIES: readonly SexPolicy[] = ['MIXED', 'FEMALE', 'MALE'];
const KINDS: readonly RoomKind[] = ['SINGLE', 'DOUBLE', 'MULTI'];
type Feedback = { kind: 'error' | 'success'; text: string } | null;
type StructureWard = WardStructureQuery['ward'];

/** Wards, rooms and beds, kept by managers and administrators. */
export default function WardStructurePage() {
  const { t } = useTranslation();
  const wards = useQuery(WardsDocument);
  const [picked, setPicked] = useState('');
  const wardId = picked || wards.data?.wards[0]?.id || NEW;
  const ward = useQuery(
    WardStructureDocument,
    wardId === NEW ? skipToken : { variables: { id: wardId } },
  );
  const [feedback, setFeedback] = useState<Feedback>(null);
  const current = wardId === NEW ? null : (ward.data?.ward ?? null);

  return (
    <PageLayout title={t('wards.structure.title')} backHref="/app/home">
      <div className="cg-card" data-testid="ward-structure">
        <SelectField
          name="structureWard"
          label={t('wards.ward')}
          value={wardId}
          options={[
            ...(wards.data?.wards ?? []).map((w) => ({ value: w.id, label: w.name })),
            { value: NEW, label: t('wards.structure.newWard') },
          ]}
          onChange={(v) => {
            setPicked(v);
            setFeedback(null);
          }}
        />
      </div>
      {feedback && <Notice kind={feedback.kind}>{feedback.text}</Notice>}
      {wardId !== NEW && !current && <IonSpinner aria-label={t('app.loading')} />}
      {(wardId === NEW || current) && (
        <WardForm
          key={current ? `${current.id}:${String(current.version)}` : NEW}
          ward={current}
          onSaved={(id, name) => {
            setPicked(id);
            setFeedback({ kind: 'success', text: t('wards.structure.wardSaved', { name }) });
          }}
          onError={(text) => {
            setFeedback({ kind: 'error', text });
          }}
        />
      )}
      {current && <Rooms ward={current} onFeedback={setFeedback} />}
    </PageLayout>
  );
}

function WardForm({
  ward,
  onSaved,
  onError,
}: {
  ward: StructureWard | null;
  onSaved: (id: string, name: string) => void;
  onError: (text: string) => void;
}) {
  const { t } = useTranslation();
  const wardsError = useWardsError();
  const [name, setName] = useState(ward?.name ?? '');
  const [service, setService] = useState(ward?.service ?? '');
  const [floor, setFloor] = useState(ward?.floor ?? '');
  const [sexPolicy, setSexPolicy] = useState<SexPolicy>(ward?.sexPolicy ?? 'MIXED');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [save, { loading }] = useMutation(SaveWardDocument, { refetchQueries: ['Wards'] });

  async function submit() {
    try {
      const res = await save({
        variables: {
          input: { ...(ward ? { id: ward.id } : {}), name, service, floor, sexPolicy },
        },
      });
      setErrors({});
      if (res.data) onSaved(res.data.saveWard.id, res.data.saveWard.name);
    } catch (e) {
      const failure = wardsError(e);
      setErrors(failure.fields);
      onError(failure.message);
    }
  }

  return (
    <form
      className="cg-form cg-card"
      data-testid="ward-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{ward ? t('wards.structure.editWard') : t('wards.structure.newWard')}</h2>
      <TextField
        name="wardName"
        label={t('wards.structure.name')}
        value={name}
        error={errors.name}
        onChange={setName}
      />
      <TextField
        name="wardService"
        label={t('wards.structure.service')}
        value={service}
        error={errors.service}
        onChange={setService}
      />
      <TextField
        name="wardFloor"
        label={t('wards.structure.floor')}
        value={floor}
        error={errors.floor}
        onChange={setFloor}
      />
      <SelectField<SexPolicy>
        name="sexPolicy"
        label={t('wards.structure.sexPolicy')}
        value={sexPolicy}
        error={errors.sexPolicy}
        options={POLICIES.map((p) => ({ value: p, label: t(`wards.structure.sexPolicies.${p}`) }))}
        onChange={(v) => {
          if (v) setSexPolicy(v);
        }}
      />
      <IonButton type="submit" expand="block" disabled={loading}>
        {t('wards.structure.saveWard')}
      </IonButton>
    </form>
  );
}

function Rooms({
  ward,
  onFeedback,
}: {
  ward: StructureWard;
  onFeedback: (feedback: Feedback) => void;
}) {
  const { t } = useTranslation();
  const wardsError = useWardsError();
  const [number, setNumber] = useState('');
  const [kind, setKind] = useState<RoomKind>('SINGLE');
  const [isolation, setIsolation] = useState(false);
  const [bedLabels, setBedLabels] = useState<Record<string, string>>({});
  const refetchQueries = ['WardStructure', 'Wards'];
  const [saveRoom, room] = useMutation(SaveRoomDocument, { refetchQueries });
  const [addBed, adding] = useMutation(AddBedDocument, { refetchQueries });
  const [removeBed, removing] = useMutation(RemoveBedDocument, { refetchQueries });

  async function run(action: () => Promise<unknown>, success: string) {
    onFeedback(null);
    try {
      await action();
      onFeedback({ kind: 'success', text: success });
      return true;
    } catch (e) {
      onFeedback({ kind: 'error', text: wardsError(e).message });
      return false;
    }
  }

  return (
    <section className="cg-card" aria-labelledby="rooms-title">
      <h2 id="rooms-title">{t('wards.structure.rooms')}</h2>
      {ward.rooms.length === 0 && <p className="cg-muted">{t('wards.structure.noRoom')}</p>}
      <ul className="cg-structure-rooms">
        {ward.rooms.map((r) => (
          <li key={r.id} data-testid="structure-room">
            <h3>
              {t('wards.room', { number: r.number })}{' '}
              <span className="cg-muted">
                {t(`wards.roomKind.${r.kind}`)}
                {r.isolationCapable && <> · {t('wards.isolation')}</>}
              </span>
            </h3>
            <ul className="cg-structure-beds">
              {r.beds.map((b) => (
                <li key={b.id}>
                  <span>
                    {t('wards.bed', { label: b.label })} · {t(`wards.condition.${b.condition}`)}
                  </span>
                  <IonButton
                    fill="clear"
                    color="danger"
                    disabled={removing.loading}
                    aria-label={t('wards.structure.removeBed', { label: b.label })}
                    onClick={() =>
                      void run(
                        () => removeBed({ variables: { input: { bedId: b.id } } }),
                        t('wards.structure.bedRemoved', { label: b.label }),
                      )
                    }
                  >
                    <IonIcon slot="icon-only" icon={trashOutline} aria-hidden="true" />
                  </IonButton>
                </li>
              ))}
            </ul>
            <form
              className="cg-inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                const label = (bedLabels[r.id] ?? '').trim();
                if (!label) return;
                void run(
                  () => addBed({ variables: { input: { roomId: r.id, label } } }),
                  t('wards.structure.bedAdded', { label }),
                ).then((ok) => {
                  if (ok) setBedLabels((l) => ({ ...l, [r.id]: '' }));
                });
              }}
            >
              <TextField
                name={`bedLabel-${r.number}`}
                label={t('wards.structure.bedLabel')}
                value={bedLabels[r.id] ?? ''}
                onChange={(v) => {
                  setBedLabels((l) => ({ ...l, [r.id]: v }));
                }}
              />
              <IonButton type="submit" fill="outline" disabled={adding.loading}>
                {t('wards.structure.addBed')}
              </IonButton>
            </form>
          </li>
        ))}
      </ul>
      <form
        className="cg-form"
        data-testid="room-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!number.trim()) return;
          void run(
            () =>
              saveRoom({
                variables: {
                  input: {
                    wardId: ward.id,
                    number: number.trim(),
                    kind,
                    isolationCapable: isolation,
                  },
                },
              }),
            t('wards.structure.roomSaved', { number: number.trim() }),
          ).then((ok) => {
            if (ok) setNumber('');
          });
        }}
      >
        <h3>{t('wards.structure.newRoom')}</h3>
        <TextField
          name="roomNumber"
          label={t('wards.structure.roomNumber')}
          value={number}
          onChange={setNumber}
        />
        <SelectField<RoomKind>
          name="roomKind"
          label={t('wards.structure.roomKind')}
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: t(`wards.structure.roomKinds.${k}`) }))}
          onChange={(v) => {
            if (v) setKind(v);
          }}
        />
        <label className="cg-ward-check">
          <input
            type="checkbox"
            name="isolationCapable"
            checked={isolation}
            onChange={(e) => {
              setIsolation(e.target.checked);
            }}
          />
          <span>{t('wards.structure.isolationCapable')}</span>
        </label>
        <IonButton type="submit" expand="block" disabled={room.loading}>
          {t('wards.structure.addRoom')}
        </IonButton>
      </form>
    </section>
  );
}
