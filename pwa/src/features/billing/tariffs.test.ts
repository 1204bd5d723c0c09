import { describe, expect, it } from 'vitest';
import { groupTariffs } from './tariffs';

const row = (
  id: string,
  code: string,
  validFrom: string,
  validTo: string | null,
  amountMinor = 1,
) => ({
  id,
  code,
  validFrom,
  validTo,
  amountMinor,
});

describe('groupTariffs', () => {
  it('gives each act its price in force, the prices to come and the past ones, `*` last', () => {
    const rows = [
      row('star', '*', '2026-01-01', null),
      row('old', 'CARDIOLOGY', '2026-01-01', '2026-05-31'),
      row('now', 'CARDIOLOGY', '2026-06-01', '2026-06-30'),
      row('next', 'CARDIOLOGY', '2026-07-01', null),
    ];
    const groups = groupTariffs(rows, '2026-06-15');
    expect(groups.map((g) => g.code)).toEqual(['CARDIOLOGY', '*']);
    expect(groups[0]?.current?.id).toBe('now');
    expect(groups[0]?.upcoming.map((r) => r.id)).toEqual(['next']);
    expect(groups[0]?.history.map((r) => r.id)).toEqual(['old']);
    expect(groups[1]?.current?.id).toBe('star');
  });

  it('has no price in force for an act whose only price starts later', () => {
    const [g] = groupTariffs([row('later', 'LAB', '2027-01-01', null)], '2026-06-15');
    expect(g?.current).toBeNull();
    expect(g?.upcoming).toHaveLength(1);
  });
});
