import { useMutation } from '@apollo/client/react';
import {
  IonButton,
  IonButtons,
  IonContent,
  IonHeader,
  IonIcon,
  IonModal,
  IonTitle,
  IonToolbar,
} from '@ionic/react';
import {
  arrowBackOutline,
  banOutline,
  bookmarkOutline,
  closeOutline,
  timeOutline,
  closeCircleOutline,
  documentTextOutline,
  exitOutline,
  logInOutline,
  sparklesOutline,
  swapHorizontalOutline,
} from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Facts, type Fact } from '../../../app/components/Facts';
import { Notice } from '../../../app/components/Notice';
import { formatDateTime, formatWhen } from '../../../app/format';
import { CancelBedReservationDocument, SetBedStatusDocument } from '../../../gql/graphql';
import type { WardsAccess } from '../access';
import { bedActions, statusIcon, statusKey, type BedAction, type BoardTile } from '../bed-board';
import { ageSex } from '../tile-text';
import { useWardsError } from '../wards-error';
import { AdmitForm } from './AdmitForm';
import { AllergyFlag } from './AllergyFlag';
import { ClinicalWithheld } from './ClinicalWithheld';
import { CancelAdmissionForm } from './CancelAdmissionForm';
import { DischargeForm } from './DischargeForm';
import { News2Chip } from './News2Chip';
import { NewResultsChip } from './NewResultsChip';
import { OutOfServiceForm } from './OutOfServiceForm';
import { ReserveForm } from './ReserveForm';
import { TransferForm } from './TransferForm';

type Mode =
  'menu' | 'admit' | 'reserve' | 'transfer' | 'discharge' | 'cancelAdmission' | 'outOfService';

const ICONS: Record<BedAction, string> = {
  admit: logInOutline,
  reserve: bookmarkOutline,
  cancelReservation: closeOutline,
  chart: documentTextOutline,
  stays: timeOutline,
  transfer: swapHorizontalOutline,
  discharge: exitOutline,
  cancelAdmission: closeCircleOutline,
  markClean: sparklesOutline,
  outOfService: banOutline,
  backInService: sparklesOutline,
};

/** The actions that open a form in the sheet; the others act at once. */
const FORMS: readonly BedAction[] = [
  'admit',
  'reserve',
  'transfer',
  'discharge',
  'cancelAdmission',
  'outOfService',
];

function isForm(action: BedAction): action is Exclude<Mode, 'menu'> {
  return FORMS.includes(action);
}

/**
 * What a tile opens: the bed and its patient, and what the account may do from there (admit,
 * open the chart, transfer, discharge, cancel an admission entered in error, housekeeping). The
 * tile is read from the live board, so that the sheet follows it when someone else changes the
 * bed; a form the bed no longer allows gives way to the menu and the reason why.
 */
export function BedSheet({
  tile,
  wardId,
  access,
  onClose,
  onDone,
  refreshBoard,
}: {
  tile: BoardTile | null;
  wardId: string;
  access: WardsAccess;
  onClose: () => void;
  onDone: (text: string) => void;
  refreshBoard: () => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('menu');
  const [message, setMessage] = useState<string | null>(null);

  function close() {
    setMode('menu');
    setMessage(null);
    onClose();
  }

  return (
    <IonModal
      isOpen={tile !== null}
      onDidDismiss={close}
      aria-label={tile ? t('wards.bed', { label: tile.label }) : t('wards.title')}
      className="cg-bed-modal"
    >
      <IonHeader>
        <IonToolbar color="primary">
          {mode !== 'menu' && (
            <IonButtons slot="start">
              <IonButton
                onClick={() => {
                  setMode('menu');
                  setMessage(null);
                }}
                data-testid="sheet-back"
              >
                <IonIcon slot="start" icon={arrowBackOutline} aria-hidden="true" />
                {t('wards.back')}
              </IonButton>
            </IonButtons>
          )}
          <IonTitle>
            <h2 id="bed-sheet-title" className="cg-title">
              {tile ? t('wards.bed', { label: tile.label }) : ''}
            </h2>
          </IonTitle>
          <IonButtons slot="end">
            <IonButton onClick={close} data-testid="sheet-close">
              {t('wards.close')}
            </IonButton>
          </IonButtons>
        </IonToolbar>
      </IonHeader>
      <IonContent>
        {tile && (
          <SheetBody
            tile={tile}
            wardId={wardId}
            access={access}
            mode={mode}
            setMode={setMode}
            message={message}
            setMessage={setMessage}
            onClose={close}
            onDone={(text) => {
              onDone(text);
              close();
            }}
            refreshBoard={refreshBoard}
          />
        )}
      </IonContent>
    </IonModal>
  );
}

function SheetBody({
  tile,
  wardId,
  access,
  mode,
  setMode,
  message,
  setMessage,
  onClose,
  onDone,
  refreshBoard,
}: {
  tile: BoardTile;
  wardId: string;
  access: WardsAccess;
  mode: Mode;
  setMode: (mode: Mode) => void;
  message: string | null;
  setMessage: (text: string | null) => void;
  onClose: () => void;
  onDone: (text: string) => void;
  refreshBoard: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const wardsError = useWardsError();
  const [setStatus, { loading }] = useMutation(SetBedStatusDocument, {
    refetchQueries: ['BedBoard', 'Wards'],
  });
  const [cancelReservation, cancelling] = useMutation(CancelBedReservationDocument, {
    refetchQueries: ['BedBoard', 'Wards'],
  });
  const actions = bedActions(tile, {
    admit: access.admit,
    chart: access.chart,
    stays: access.stays,
    setBedStatus: access.setBedStatus,
  });
  // A form the bed no longer allows (someone took it, discharged the patient) gives way.
  const shown: Mode = mode !== 'menu' && actions.includes(mode) ? mode : 'menu';
  const changed = mode !== shown;
  const occupant = tile.status === 'OCCUPIED' ? tile.occupant : null;

  const onMessage = (text: string | null, refresh = false) => {
    setMessage(text);
    if (refresh) refreshBoard();
  };

  async function ready(action: 'markClean' | 'backInService') {
    setMessage(null);
    try {
      await setStatus({ variables: { input: { bedId: tile.bedId, condition: 'READY' } } });
      onDone(
        t(action === 'markClean' ? 'wards.bedStatus.clean' : 'wards.bedStatus.backInService', {
          label: tile.label,
        }),
      );
    } catch (e) {
      const failure = wardsError(e);
      onMessage(failure.message, failure.refresh);
    }
  }

  async function release() {
    if (!tile.reservationId) return;
    setMessage(null);
    try {
      await cancelReservation({ variables: { input: { reservationId: tile.reservationId } } });
      onDone(t('wards.reserve.cancelled', { label: tile.label }));
    } catch (e) {
      const failure = wardsError(e);
      onMessage(failure.message, failure.refresh);
    }
  }

  function act(action: BedAction) {
    if (isForm(action)) {
      setMessage(null);
      setMode(action);
      return;
    }
    switch (action) {
      case 'chart':
        if (occupant) {
          onClose();
          navigate(`/app/patients/${occupant.patientId}/chart`);
        }
        return;
      case 'stays':
        if (occupant) {
          onClose();
          navigate(`/app/patients/${occupant.patientId}/stays`);
        }
        return;
      case 'cancelReservation':
        void release();
        return;
      case 'markClean':
      case 'backInService':
        void ready(action);
        return;
    }
  }

  const facts: Fact[] = [
    [
      t('wards.room', { number: tile.roomNumber }),
      `${t(`wards.roomKind.${tile.roomKind}`)}${tile.isolationCapable ? ` · ${t('wards.isolation')}` : ''}`,
    ],
  ];
  if (occupant) {
    facts.push(
      [t('wards.mrn'), occupant.mrn],
      [t('wards.ageSexLabel'), ageSex(t, occupant.age, occupant.sex)],
      [
        t('wards.admittedLabel'),
        `${formatDateTime(occupant.admittedAt, lang)} · ${t('wards.day', { n: occupant.days })}`,
      ],
      [t('wards.admit.attending'), occupant.attendingName],
    );
  }
  if (tile.status === 'RESERVED' && tile.reservedFor) {
    facts.push([
      t('wards.status.RESERVED'),
      tile.reservedPatientName
        ? t('wards.reservedFor', {
            name: tile.reservedPatientName,
            when: formatWhen(tile.reservedFor, lang),
          })
        : t('wards.reservedWhen', { when: formatWhen(tile.reservedFor, lang) }),
    ]);
  }
  if (tile.status === 'OUT_OF_SERVICE') {
    facts.push([t('wards.bedStatus.reason'), tile.conditionReason]);
  }

  return (
    <div className="cg-container cg-bed-sheet" data-testid="bed-sheet" data-status={tile.status}>
      <p className={`cg-sheet-status cg-bed-${tile.status}`}>
        <IonIcon icon={statusIcon(tile.status)} aria-hidden="true" />
        <strong>{t(statusKey(tile.status))}</strong>
        {occupant && <span className="cg-sheet-name">{occupant.name}</span>}
        {tile.status === 'RESERVED' && tile.reservedPatientName && (
          <span className="cg-sheet-name" data-testid="sheet-reserved-name">
            {tile.reservedPatientName}
          </span>
        )}
      </p>
      {message && <Notice kind="error">{message}</Notice>}
      {changed && !message && <Notice kind="error">{t('wards.errors.changed')}</Notice>}
      {shown === 'menu' && (
        <>
          {occupant &&
            access.clinical &&
            (occupant.clinicalShown ? (
              <p className="cg-bed-flags">
                <News2Chip score={occupant.news2Score} risk={occupant.news2Risk} />
                <AllergyFlag flag={occupant.allergyFlag} showNone />
                <NewResultsChip count={occupant.newResults} />
              </p>
            ) : (
              <p className="cg-bed-flags">
                <ClinicalWithheld />
              </p>
            ))}
          <Facts rows={facts} empty="—" />
          <h3 className="cg-flow-title">{t('wards.actions.label')}</h3>
          {actions.length === 0 && <p className="cg-muted">{t('wards.actions.none')}</p>}
          <div className="cg-sheet-actions">
            {actions.map((action) => (
              <IonButton
                key={action}
                expand="block"
                fill={action === 'chart' || action === 'admit' ? 'solid' : 'outline'}
                color={
                  action === 'cancelAdmission' || action === 'cancelReservation'
                    ? 'danger'
                    : undefined
                }
                disabled={
                  (loading && (action === 'markClean' || action === 'backInService')) ||
                  (cancelling.loading && action === 'cancelReservation')
                }
                data-testid={`action-${action}`}
                onClick={() => {
                  act(action);
                }}
              >
                <IonIcon slot="start" icon={ICONS[action]} aria-hidden="true" />
                {action === 'admit' && tile.status === 'RESERVED' && tile.reservedPatientName
                  ? t('wards.actions.admitReserved', { name: tile.reservedPatientName })
                  : t(`wards.actions.${action}`)}
              </IonButton>
            ))}
          </div>
        </>
      )}
      {shown === 'admit' && <AdmitForm tile={tile} onDone={onDone} onMessage={onMessage} />}
      {shown === 'reserve' && <ReserveForm tile={tile} onDone={onDone} onMessage={onMessage} />}
      {shown === 'transfer' && occupant && (
        <TransferForm
          tile={tile}
          occupant={occupant}
          wardId={wardId}
          onDone={onDone}
          onMessage={onMessage}
        />
      )}
      {shown === 'discharge' && occupant && (
        <DischargeForm
          tile={tile}
          occupant={occupant}
          withSummary={access.dischargeSummary}
          onDone={onDone}
          onMessage={onMessage}
        />
      )}
      {shown === 'cancelAdmission' && occupant && (
        <CancelAdmissionForm occupant={occupant} onDone={onDone} onMessage={onMessage} />
      )}
      {shown === 'outOfService' && (
        <OutOfServiceForm tile={tile} onDone={onDone} onMessage={onMessage} />
      )}
    </div>
  );
}
