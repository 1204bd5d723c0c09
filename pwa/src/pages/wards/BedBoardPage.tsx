import { useQuery } from '@apollo/client/react';
import { IonIcon, IonSpinner } from '@ionic/react';
import { peopleOutline, radioOutline } from 'ionicons/icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { formatTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { wardsAccess } from '../../features/wards/access';
import { census, groupByRoom } from '../../features/wards/bed-board';
import { BedGrid } from '../../features/wards/components/BedGrid';
import { BedSheet } from '../../features/wards/components/BedSheet';
import { CensusBar } from '../../features/wards/components/CensusBar';
import { useLiveBedBoard } from '../../features/wards/use-live-bed-board';
import '../../features/wards/wards.css';
import { BedBoardDocument, WardsDocument } from '../../gql/graphql';

/**
 * One ward's beds now, room by room, live: the tablet board of the nurses' station and the
 * admissions office. A tile opens what may be done with the bed and its patient.
 */
export default function BedBoardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { wardId = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const access = wardsAccess(user);
  const errorText = useErrorText();
  const [openBed, setOpenBed] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<string | null>(null);

  const board = useQuery(BedBoardDocument, {
    variables: { wardId, clinical: access.clinical },
  });
  const wards = useQuery(WardsDocument);
  useLiveBedBoard(() => board.refetch(), wardId);

  const data = board.data?.bedBoard;
  const rooms = useMemo(() => groupByRoom(data?.beds ?? []), [data]);
  const counts = useMemo(() => census(data?.beds ?? []), [data]);
  const tile = data?.beds.find((b) => b.bedId === openBed) ?? null;

  return (
    <PageLayout title={data?.ward.name ?? t('wards.title')} backHref="/app/beds" wide>
      <div className="cg-board-top">
        <div className="cg-board-ward">
          <SelectField
            name="ward"
            label={t('wards.ward')}
            value={wardId}
            options={(wards.data?.wards ?? []).map((w) => ({ value: w.id, label: w.name }))}
            onChange={(id) => {
              if (id && id !== wardId) navigate(`/app/beds/${id}`, { replace: true });
            }}
          />
        </div>
        {data && (
          <p className="cg-board-meta" data-testid="board-meta">
            <span>{data.ward.floor}</span>
            <span className="cg-live" data-testid="live">
              <IonIcon icon={radioOutline} aria-hidden="true" /> {t('wards.live')}
            </span>
            <span>{t('wards.asOf', { time: formatTime(data.asOf, lang) })}</span>
          </p>
        )}
      </div>
      {data && <CensusBar counts={counts} testId="board-census" />}
      {data?.nurses && (
        <section className="cg-nurses" aria-labelledby="ward-nurses" data-testid="ward-nurses">
          <h2 id="ward-nurses">
            <IonIcon icon={peopleOutline} aria-hidden="true" />
            {t('wards.nursesTitle', { shift: t(`wards.shift.${data.shift}`) })}
          </h2>
          {data.nurses.length === 0 ? (
            <p className="cg-muted">{t('wards.noNurse')}</p>
          ) : (
            <ul>
              {data.nurses.map((n) => (
                <li key={n.id} data-testid="ward-nurse">
                  {n.nurseName}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {feedback && <Notice kind="success">{feedback}</Notice>}
      {board.error && (
        <Notice kind="error">{errorText.message(errorText.info(board.error))}</Notice>
      )}
      {board.loading && !data && <IonSpinner aria-label={t('app.loading')} />}
      {data && (
        <BedGrid
          rooms={rooms}
          clinical={access.clinical}
          onOpen={(bedId) => {
            setFeedback(null);
            setOpenBed(bedId);
          }}
        />
      )}
      <BedSheet
        tile={tile}
        wardId={wardId}
        access={access}
        onClose={() => {
          setOpenBed(null);
        }}
        onDone={setFeedback}
        refreshBoard={() => void board.refetch()}
      />
    </PageLayout>
  );
}
