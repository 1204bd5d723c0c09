import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../app/components/SelectField';
import { StockLocationsDocument, type StockLocationsQuery } from '../../../gql/graphql';

export type StockLocationRow = StockLocationsQuery['stockLocations'][number];

/** The locations the viewer may read, the central pharmacy first, then the wards by name. */
export function useStockLocations() {
  const { data, loading, error } = useQuery(StockLocationsDocument);
  const all = data?.stockLocations ?? [];
  const central = all.find((l) => l.kind === 'CENTRAL_PHARMACY') ?? null;
  const wards = all
    .filter((l) => l.kind === 'WARD')
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return { locations: central ? [central, ...wards] : wards, central, wards, loading, error };
}

/** A labelled picker of stock locations (central pharmacy or a ward's stock). */
export function LocationSelect({
  name,
  label,
  value,
  onChange,
  locations,
  error,
  placeholder,
}: {
  name: string;
  label?: string;
  value: string;
  onChange: (id: string) => void;
  locations: readonly StockLocationRow[];
  error?: string | undefined;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      name={name}
      label={label ?? t('pharmacy.location')}
      value={value}
      error={error}
      {...(placeholder !== undefined ? { placeholder } : {})}
      options={locations.map((l) => ({ value: l.id, label: l.name }))}
      onChange={(v) => {
        onChange(v);
      }}
    />
  );
}
