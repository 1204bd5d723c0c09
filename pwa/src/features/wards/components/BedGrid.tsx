import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRoom } from '../bed-board';
import { BedTileCard } from './BedTileCard';

/** The board's tiles, room by room: each room a group with its number, kind and isolation. */
export function BedGrid({
  rooms,
  clinical,
  onOpen,
}: {
  rooms: readonly BoardRoom[];
  clinical: boolean;
  onOpen: (bedId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="cg-rooms" data-testid="bed-board">
      {rooms.map((room) => (
        <section
          key={room.roomId}
          className="cg-room"
          style={{ '--beds': room.beds.length } as CSSProperties}
          aria-labelledby={`room-${room.roomId}`}
          data-testid="room"
          data-room={room.roomNumber}
        >
          <h3 id={`room-${room.roomId}`} className="cg-room-title">
            {t('wards.room', { number: room.roomNumber })}
            <span className="cg-room-kind">
              {t(`wards.roomKind.${room.roomKind}`)}
              {room.isolationCapable && <> · {t('wards.isolation')}</>}
            </span>
          </h3>
          <div className="cg-room-beds">
            {room.beds.map((tile) => (
              <BedTileCard key={tile.bedId} tile={tile} clinical={clinical} onOpen={onOpen} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
