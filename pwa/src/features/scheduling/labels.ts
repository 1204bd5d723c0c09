interface Labelled {
  labelFr: string;
  labelEn: string;
}

/** A specialty's name in the interface language. */
export function specialtyLabel(s: Labelled | null | undefined, language: string): string {
  if (!s) return '';
  return language.startsWith('fr') ? s.labelFr : s.labelEn;
}

/** Language codes ("fr", "ja") as names in the interface language. */
export function languageNames(codes: readonly string[], language: string): string {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return codes.map((c) => names.of(c) ?? c).join(', ');
}
