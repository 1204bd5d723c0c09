import type { TFunction } from 'i18next';
import { formatWhen } from '../../app/format';
import type { News2Risk, Sex } from '../../gql/graphql';
import { news2Band, news2Key, statusKey, type BoardTile } from './bed-board';

/** "NEWS2 5 · medium risk", or "NEWS2 not scored". */
export function news2Text(
  t: TFunction,
  score: number | null | undefined,
  risk: News2Risk | null | undefined,
): string {
  const band = news2Band(score, risk);
  if (band === 'NONE') return t('wards.news2.NONE');
  return `${t('wards.news2.score', { score: score ?? 0 })} · ${t(news2Key(band))}`;
}

/** "72 y · F": age and sex as a tile shows them. */
export function ageSex(t: TFunction, age: number, sex: Sex): string {
  return `${t('wards.age', { n: age })} · ${t(`wards.sexShort.${sex}`)}`;
}

/** Whether a patient has allergies, in words: known, none known, or not recorded. */
export function allergyText(t: TFunction, flag: boolean | null | undefined): string {
  if (flag === true) return t('wards.allergy');
  if (flag === false) return t('wards.allergyNone');
  return t('wards.allergyUnknown');
}

/**
 * What a tile says, in one sentence for screen readers: the bed, its state, and for an occupied
 * bed who lies in it and how they are (the clinical part only when the account reads it).
 */
export function tileLabel(
  tile: BoardTile,
  t: TFunction,
  language: string,
  clinical: boolean,
): string {
  const parts = [t('wards.bed', { label: tile.label }), t(statusKey(tile.status))];
  const o = tile.occupant;
  if (tile.status === 'OCCUPIED' && o) {
    parts.push(
      o.name,
      t('wards.ageLong', { count: o.age }),
      t(`sex.${o.sex}`),
      t('wards.sinceAdmission', { count: o.days }),
      t('wards.attending', { name: o.attendingName }),
    );
    if (clinical && !o.clinicalShown) parts.push(t('wards.clinicalWithheld'));
    else if (clinical) {
      parts.push(news2Text(t, o.news2Score, o.news2Risk), allergyText(t, o.allergyFlag));
      if (o.newResults) parts.push(t('wards.newResults', { count: o.newResults }));
    }
  }
  if (tile.status === 'RESERVED' && tile.reservedFor) {
    const when = formatWhen(tile.reservedFor, language);
    parts.push(
      tile.reservedPatientName
        ? t('wards.reservedFor', { name: tile.reservedPatientName, when })
        : t('wards.reservedWhen', { when }),
    );
  }
  if (tile.status === 'OUT_OF_SERVICE' && tile.conditionReason) parts.push(tile.conditionReason);
  return parts.join(', ');
}
