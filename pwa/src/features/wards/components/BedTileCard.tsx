import { IonIcon } from '@ionic/react';
import { personOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatWhen } from '../../../app/format';
import { statusIcon, statusKey, type BoardTile } from '../bed-board';
import { ageSex, tileLabel } from '../tile-text';
import { AllergyFlag } from './AllergyFlag';
import { ClinicalWithheld } from './ClinicalWithheld';
import { News2Chip } from './News2Chip';
import { NewResultsChip } from './NewResultsChip';

/**
 * One bed of the board: its label and state (icon and words, the colour only repeats them), who
 * lies in it and how they are, or for whom it is held. The whole tile is one large button whose
 * accessible name sums it up; the button holds the label and state that start that name, and
 * stretches over the details, which screen readers get from the name instead.
 */
export function BedTileCard({
  tile,
  clinical,
  onOpen,
}: {
  tile: BoardTile;
  clinical: boolean;
  onOpen: (bedId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const o = tile.status === 'OCCUPIED' ? tile.occupant : null;
  return (
    <div
      className={`cg-bed cg-bed-${tile.status}`}
      data-testid="bed-tile"
      data-bed-id={tile.bedId}
      data-label={tile.label}
      data-status={tile.status}
    >
      <button
        type="button"
        className="cg-bed-hit"
        aria-label={tileLabel(tile, t, lang, clinical)}
        aria-haspopup="dialog"
        onClick={() => {
          onOpen(tile.bedId);
        }}
      >
        <strong className="cg-bed-label">{tile.label}</strong>{' '}
        {/* The space keeps the label and the state two words, as in the accessible name. */}
        <span className="cg-bed-status">
          <IonIcon icon={statusIcon(tile.status)} aria-hidden="true" />
          {t(statusKey(tile.status))}
        </span>
      </button>
      <div className="cg-bed-body" aria-hidden="true">
        {o && (
          <>
            <span className="cg-bed-name" data-testid="occupant-name">
              {o.name}
            </span>
            <span className="cg-bed-meta">
              {ageSex(t, o.age, o.sex)} · <strong>{t('wards.day', { n: o.days })}</strong>
            </span>
            <span className="cg-bed-meta cg-bed-attending">
              <IonIcon icon={personOutline} aria-hidden="true" />
              {o.attendingName}
            </span>
            {clinical &&
              (o.clinicalShown ? (
                <span className="cg-bed-flags">
                  <News2Chip score={o.news2Score} risk={o.news2Risk} />
                  <AllergyFlag flag={o.allergyFlag} />
                  <NewResultsChip count={o.newResults} />
                </span>
              ) : (
                <ClinicalWithheld short />
              ))}
          </>
        )}
        {tile.status === 'RESERVED' && tile.reservedFor && (
          <span className="cg-bed-meta" data-testid="reserved-for">
            {tile.reservedPatientName
              ? t('wards.reservedFor', {
                  name: tile.reservedPatientName,
                  when: formatWhen(tile.reservedFor, lang),
                })
              : t('wards.reservedWhen', { when: formatWhen(tile.reservedFor, lang) })}
          </span>
        )}
        {tile.status === 'OUT_OF_SERVICE' && tile.conditionReason && (
          <span className="cg-bed-meta">{tile.conditionReason}</span>
        )}
        {tile.status === 'TO_CLEAN' && (
          <span className="cg-bed-meta">
            {t('wards.since', { when: formatDateTime(tile.conditionSince, lang) })}
          </span>
        )}
      </div>
    </div>
  );
}
