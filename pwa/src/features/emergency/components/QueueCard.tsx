import { IonIcon } from '@ionic/react';
import type { TFunction } from 'i18next';
import { chevronForward, helpBuoyOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EmergencyQueueQuery } from '../../../gql/graphql';
import type { TickedWait } from '../wait';
import { LevelBadge } from './LevelBadge';
import { WaitInfo } from './WaitInfo';

export type QueueRow = EmergencyQueueQuery['emergencyQueue']['cases'][number];

/** Who a row is: the name (or "Patient" for an account that may not read it), age and sex. */
export function rowWho(t: TFunction, row: QueueRow) {
  const name = row.name ?? t('emergency.patient');
  const parts: string[] = [];
  if (row.age !== null) parts.push(t('emergency.age', { n: row.age }));
  if (row.sex) parts.push(t(`emergency.sexShort.${row.sex}`));
  return { name, ageSex: parts.join(' · ') };
}

/**
 * One open case of the queue: level, who, complaint, step and place, doctor, wait against the
 * target and a missed target in words. The whole card opens the case when the account may.
 */
export function QueueCard({
  row,
  wait,
  openable,
}: {
  row: QueueRow;
  wait: TickedWait;
  openable: boolean;
}) {
  const { t } = useTranslation();
  const { name, ageSex } = rowWho(t, row);
  // The box says where; without one, the area does.
  const place = row.areaLabel ? row.areaLabel : t(`emergency.area.${row.area}`);
  const body = (
    <>
      <div className="cg-ed-card-level">
        <LevelBadge level={row.level} />
      </div>
      <div className="cg-ed-card-main">
        <p className="cg-ed-who">
          <strong data-testid="ed-name">{name}</strong>
          {row.unknownIdentity && (
            <span className="cg-ed-unknown" data-testid="ed-unknown">
              <IonIcon icon={helpBuoyOutline} aria-hidden="true" />
              {t('emergency.unknownShort')}
            </span>
          )}
          {ageSex && <span className="cg-ed-agesex">{ageSex}</span>}
        </p>
        <p className="cg-ed-complaint">
          {t(`emergency.complaint.${row.complaint}`)}
          {row.complaintText && <span className="cg-muted"> — {row.complaintText}</span>}
        </p>
        <p className="cg-ed-meta">
          <span data-testid="ed-status">{t(`emergency.status.${row.status}`)}</span>
          <span>{place}</span>
          <span>
            {row.doctorName
              ? t('emergency.doctorName', { name: row.doctorName })
              : t('emergency.noDoctor')}
          </span>
          {row.news2Score !== null && row.news2Score !== undefined && (
            <span className={`cg-ed-news2 cg-ed-news2-${row.news2Risk ?? 'LOW'}`}>
              {t('emergency.news2', { score: row.news2Score })}
            </span>
          )}
        </p>
      </div>
      <div className="cg-ed-card-wait">
        <WaitInfo wait={wait} stopped={Boolean(row.doctorUserId)} />
      </div>
      {openable && <IonIcon className="cg-ed-chevron" icon={chevronForward} aria-hidden="true" />}
    </>
  );
  return (
    <li
      className={`cg-ed-row${wait.breached ? ' cg-ed-row-late' : ''}`}
      data-testid="ed-case"
      data-case-id={row.caseId}
      data-level={row.level ?? ''}
      data-status={row.status}
      data-breached={wait.breached ? 'true' : 'false'}
    >
      {openable ? (
        <Link className="cg-ed-card" to={`/app/emergency/${row.caseId}`}>
          {body}
        </Link>
      ) : (
        <div className="cg-ed-card">{body}</div>
      )}
    </li>
  );
}
