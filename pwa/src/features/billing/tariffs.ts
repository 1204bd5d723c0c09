/** A tariff as the list needs it. */
export interface TariffRow {
  id: string;
  code: string;
  amountMinor: number;
  validFrom: string;
  validTo?: string | null;
}

/** One act's prices: the one in force on `today` (or the next to come), then earlier ones. */
export interface TariffGroup<T extends TariffRow> {
  code: string;
  current: T | null;
  upcoming: T[];
  history: T[];
}

/**
 * Tariffs of one kind grouped by act code (`*` last), each with its price on `today`, prices set
 * for later days, and past prices newest first. Days are `YYYY-MM-DD`, compared as text.
 */
export function groupTariffs<T extends TariffRow>(
  rows: readonly T[],
  today: string,
): TariffGroup<T>[] {
  const byCode = new Map<string, T[]>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  return [...byCode.entries()]
    .sort(([a], [b]) => (a === '*' ? 1 : b === '*' ? -1 : a.localeCompare(b)))
    .map(([code, list]) => {
      const sorted = [...list].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
      const current =
        sorted.find((r) => r.validFrom <= today && (r.validTo == null || r.validTo >= today)) ??
        null;
      return {
        code,
        current,
        upcoming: sorted.filter((r) => r.validFrom > today),
        history: sorted.filter((r) => r !== current && r.validFrom <= today),
      };
    });
}
