import { useMutation } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { addOutline, trashOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Notice } from '../../../app/components/Notice';
import { TextField } from '../../../app/components/TextField';
import {
  ReceiveStockDocument,
  type PharmacyItemFieldsFragment,
  type PharmacyOperationFieldsFragment,
} from '../../../gql/graphql';
import { FormFailure } from '../../emergency/components/FormFailure';
import { deviceId } from '../../records/labels';
import { InputField } from '../../wards/components/fields';
import { formatCount, formatShortDate, hospitalToday } from '../dates';
import { emptyLine, receiveInput, type LineValues } from '../forms';
import { formatCents } from '../money';
import { usePharmacyError } from '../pharmacy-error';
import { itemName } from '../stock-list';
import { ItemPicker } from './ItemPicker';

/**
 * A delivery from a supplier: its lines (item, lot, expiry, quantity, unit cost in euros sent as
 * integer cents), added and removed at will. The delivery carries an id made on the device when
 * the form opens: sent again after a lost answer, it is recorded once.
 */
export function ReceiveForm() {
  const { t, i18n } = useTranslation();
  const pharmacyError = usePharmacyError();
  const [opId, setOpId] = useState(deviceId);
  const [supplier, setSupplier] = useState('');
  const [lines, setLines] = useState<LineValues[]>(() => [emptyLine(deviceId())]);
  const [items, setItems] = useState<Record<string, PharmacyItemFieldsFragment>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<{
    op: PharmacyOperationFieldsFragment;
    supplier: string;
  } | null>(null);
  const [receive, { loading }] = useMutation(ReceiveStockDocument, {
    refetchQueries: ['StockLevels', 'StockItemLevel', 'StockItemMovements'],
  });

  const setLine = (i: number, patch: Partial<LineValues>) => {
    setLines((old) => old.map((l, n) => (n === i ? { ...l, ...patch } : l)));
    setErrors((old) => {
      const keys = Object.keys(patch).map(
        (k) =>
          `lines.${String(i)}.${k === 'expiry' ? 'expiryDate' : k === 'unitCost' ? 'unitCostCents' : k}`,
      );
      return Object.fromEntries(Object.entries(old).filter(([k]) => !keys.includes(k)));
    });
  };

  async function submit() {
    setFailure(null);
    const checked = receiveInput(opId, supplier, lines, hospitalToday());
    if (!checked.ok) {
      setErrors(
        Object.fromEntries(
          Object.entries(checked.problems).map(([k, v]) => [k, t(`pharmacy.errors.${v}`)]),
        ),
      );
      setFailure(t('pharmacy.errors.fix'));
      return;
    }
    setErrors({});
    try {
      const { data } = await receive({ variables: { input: checked.input } });
      if (data) setDone({ op: data.receiveStock, supplier: checked.input.supplier });
    } catch (e) {
      const read = pharmacyError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  if (done) {
    const total = done.op.movements.reduce((s, m) => s + m.quantity * (m.unitCostCents ?? 0), 0);
    return (
      <section className="cg-card" data-testid="received" data-operation-id={done.op.id}>
        <Notice kind="success">
          {t('pharmacy.received', { supplier: done.supplier, count: done.op.movements.length })}
        </Notice>
        <ul className="cg-ph-received">
          {done.op.movements.map((m) => (
            <li key={m.id} data-testid="received-line" data-lot={m.lot.lotNumber}>
              <Link to={`/app/pharmacy/items/${m.item.id}`}>{itemName(m.item, i18n.language)}</Link>
              <span>
                {t('pharmacy.lotNumber')} {m.lot.lotNumber} ·{' '}
                {t('pharmacy.expiresOn', {
                  date: formatShortDate(m.lot.expiryDate, i18n.language),
                })}
              </span>
              <span className="cg-ph-received-figures">
                {formatCount(m.quantity, i18n.language)} {m.item.unitOfIssue} ×{' '}
                {formatCents(m.unitCostCents ?? 0, i18n.language)}
              </span>
            </li>
          ))}
        </ul>
        <p className="cg-ph-total">
          <span>{t('pharmacy.receivedTotal')}</span>
          <strong data-testid="received-total">{formatCents(total, i18n.language)}</strong>
        </p>
        <div className="cg-actions">
          <IonButton
            fill="outline"
            data-testid="receive-another"
            onClick={() => {
              setDone(null);
              setSupplier('');
              setLines([emptyLine(deviceId())]);
              setItems({});
              setOpId(deviceId());
            }}
          >
            {t('pharmacy.receiveAnother')}
          </IonButton>
        </div>
      </section>
    );
  }

  return (
    <form
      className="cg-form"
      data-testid="receive-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormFailure text={failure} />
      <section className="cg-card cg-form">
        <TextField
          name="supplier"
          label={t('pharmacy.supplierLabel')}
          value={supplier}
          error={errors.supplier}
          autocomplete="organization"
          onChange={(v) => {
            setSupplier(v);
            setErrors((old) =>
              Object.fromEntries(Object.entries(old).filter(([k]) => k !== 'supplier')),
            );
          }}
        />
      </section>
      <h2 className="cg-section-title">{t('pharmacy.linesTitle')}</h2>
      {errors.lines && <p className="cg-field-error">{errors.lines}</p>}
      {lines.map((line, i) => {
        const n = i + 1;
        const err = (k: string) => errors[`lines.${String(i)}.${k}`];
        const item = line.itemId ? (items[line.key] ?? null) : null;
        return (
          <fieldset key={line.key} className="cg-card cg-ph-line" data-testid="receive-line">
            <legend className="cg-ph-line-title">{t('pharmacy.lineTitle', { n })}</legend>
            <ItemPicker
              name={`item-${String(n)}`}
              picked={item}
              error={err('itemId')}
              onPick={(picked) => {
                setItems((old) => {
                  const rest = Object.fromEntries(
                    Object.entries(old).filter(([k]) => k !== line.key),
                  );
                  return picked ? { ...rest, [line.key]: picked } : rest;
                });
                setLine(i, { itemId: picked?.id ?? null });
              }}
            />
            <div className="cg-ph-line-grid">
              <InputField
                name={`lotNumber-${String(n)}`}
                label={t('pharmacy.lotNumberLabel')}
                value={line.lotNumber}
                error={err('lotNumber')}
                onChange={(v) => {
                  setLine(i, { lotNumber: v });
                }}
              />
              <InputField
                name={`expiry-${String(n)}`}
                label={t('pharmacy.expiryLabel')}
                inputMode="numeric"
                placeholder={i18n.language.startsWith('fr') ? 'jj/mm/aaaa' : 'dd/mm/yyyy'}
                value={line.expiry}
                error={err('expiryDate')}
                onChange={(v) => {
                  setLine(i, { expiry: v });
                }}
              />
              <InputField
                name={`quantity-${String(n)}`}
                label={
                  item
                    ? t('pharmacy.quantityLabel', { unit: item.unitOfIssue })
                    : t('pharmacy.quantityPlain')
                }
                inputMode="numeric"
                value={line.quantity}
                error={err('quantity')}
                onChange={(v) => {
                  setLine(i, { quantity: v });
                }}
              />
              <InputField
                name={`unitCost-${String(n)}`}
                label={t('pharmacy.unitCostLabel')}
                placeholder={i18n.language.startsWith('fr') ? '0,00' : '0.00'}
                inputMode="text"
                value={line.unitCost}
                error={err('unitCostCents')}
                onChange={(v) => {
                  setLine(i, { unitCost: v });
                }}
              />
            </div>
            {lines.length > 1 && (
              <IonButton
                fill="clear"
                color="danger"
                data-testid="remove-line"
                onClick={() => {
                  setLines((old) => old.filter((_, k) => k !== i));
                  setErrors({});
                }}
              >
                <IonIcon slot="start" icon={trashOutline} aria-hidden="true" />
                {t('pharmacy.removeLine', { n })}
              </IonButton>
            )}
          </fieldset>
        );
      })}
      <div className="cg-actions">
        <IonButton
          fill="outline"
          data-testid="add-line"
          onClick={() => {
            setLines((old) => [...old, emptyLine(deviceId())]);
          }}
        >
          <IonIcon slot="start" icon={addOutline} aria-hidden="true" />
          {t('pharmacy.addLine')}
        </IonButton>
        <IonButton type="submit" size="large" disabled={loading} data-testid="receive-submit">
          {loading ? t('pharmacy.receiving') : t('pharmacy.receive')}
        </IonButton>
      </div>
    </form>
  );
}
