import { skipToken, useQuery } from '@apollo/client/react';
import { IonButton, IonItem, IonLabel, IonList } from '@ionic/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../app/components/TextField';
import { StockItemSearchDocument, type PharmacyItemFieldsFragment } from '../../../gql/graphql';
import { itemName } from '../stock-list';

/** "Paracétamol · comprimé · 500 mg": what tells two items of one name apart. */
export function itemDetails(item: PharmacyItemFieldsFragment): string {
  return [item.inn, item.form, item.strength].filter(Boolean).join(' · ');
}

/**
 * Finds a catalogue item by name or DCI (two letters at least), or shows the one picked with a
 * way to change it. `name` tells the inputs of several pickers apart (one per delivery line).
 */
export function ItemPicker({
  name,
  picked,
  onPick,
  error,
  initialSearch = '',
}: {
  name: string;
  picked: PharmacyItemFieldsFragment | null;
  onPick: (item: PharmacyItemFieldsFragment | null) => void;
  error?: string | undefined;
  initialSearch?: string;
}) {
  const { t, i18n } = useTranslation();
  const [searchInput, setSearchInput] = useState(initialSearch);
  const [search, setSearch] = useState(initialSearch.trim());

  useEffect(() => {
    const id = window.setTimeout(() => {
      setSearch(searchInput.trim());
    }, 250);
    return () => {
      window.clearTimeout(id);
    };
  }, [searchInput]);

  const hits = useQuery(
    StockItemSearchDocument,
    search.length >= 2 && !picked ? { variables: { search, first: 8 } } : skipToken,
  );

  if (picked) {
    return (
      <div className="cg-picked cg-ph-picked" data-testid="picked-item" data-item-id={picked.id}>
        <p>
          <span className="cg-ph-picked-label">{t('pharmacy.item')}</span>
          <strong>{itemName(picked, i18n.language)}</strong>
          <span className="cg-muted"> · {picked.unitOfIssue}</span>
        </p>
        <IonButton
          fill="outline"
          onClick={() => {
            onPick(null);
          }}
        >
          {t('pharmacy.change')}
        </IonButton>
      </div>
    );
  }
  const nodes = hits.data?.stockItems.nodes ?? [];
  return (
    <div className="cg-ph-item-picker">
      <TextField
        name={name}
        type="search"
        label={t('pharmacy.itemSearch')}
        helper={t('pharmacy.itemSearchHint')}
        error={error}
        value={searchInput}
        onChange={setSearchInput}
      />
      {hits.data && nodes.length === 0 && <p className="cg-muted">{t('pharmacy.noItem')}</p>}
      {nodes.length > 0 && (
        <IonList lines="full" data-testid="item-hits">
          {nodes.map((item) => (
            <IonItem
              key={item.id}
              button
              detail={false}
              data-testid="item-hit"
              data-item-id={item.id}
              onClick={() => {
                onPick(item);
              }}
            >
              <IonLabel>
                <h3>{itemName(item, i18n.language)}</h3>
                <p>
                  {itemDetails(item)} · {item.unitOfIssue}
                </p>
              </IonLabel>
            </IonItem>
          ))}
        </IonList>
      )}
    </div>
  );
}
