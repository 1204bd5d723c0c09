/**
 * What the named fields of `form` hold now, for those it has. A submit handler merges this over
 * its state so that the request carries what the user sees, even a value that a browser or
 * password manager put into a field without the `input` event the state is fed by.
 */
export function formValues<K extends string>(
  form: HTMLFormElement,
  names: readonly K[],
): Partial<Record<K, string>> {
  const data = new FormData(form);
  const values: Partial<Record<K, string>> = {};
  for (const name of names) {
    const value = data.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}
