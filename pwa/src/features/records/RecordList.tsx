import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordsPrescriptionFragment } from '../../gql/graphql';
import { regimen } from './labels';

/** The entries of a part of the record, one `<li>` each, or a line saying there are none. */
export function RecordList<T extends { id: string }>({
  items,
  empty,
  testId,
  children,
}: {
  items: readonly T[];
  empty: string;
  testId?: string;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p className="cg-muted">{empty}</p>;
  return (
    <ul className="cg-rec-list" data-testid={testId}>
      {items.map((item) => (
        <Fragment key={item.id}>{children(item)}</Fragment>
      ))}
    </ul>
  );
}

/** A prescription as everyone reads it: the medicine and strength, then how it is taken. */
export function Prescription({ rx }: { rx: RecordsPrescriptionFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <strong>
        {rx.medicationName} {rx.strength ?? ''}
      </strong>
      <span className="cg-rec-sub">{regimen(rx, t, i18n.language)}</span>
    </>
  );
}
