import { Fragment, type ReactNode } from 'react';

/** One fact of a record: its label, and its value (`null`, `undefined` or '' when not known). */
export type Fact = readonly [label: string, value: ReactNode];

/**
 * What a record says, as label / value pairs in a definition list. A value that is not known
 * reads `empty`, so that the reader sees it is missing rather than a blank.
 */
export function Facts({ rows, empty }: { rows: readonly Fact[]; empty: string }) {
  return (
    <dl className="cg-dl">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value === null || value === undefined || value === '' ? empty : value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
