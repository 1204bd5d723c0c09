import { describe, expect, it } from 'vitest';
import { formatShortDate, parseDayMonthYear } from './dates';
import {
  adjustInput,
  dispenseInput,
  emptyLine,
  lineInput,
  parseQuantity,
  receiveInput,
  writeOffInput,
  type DispenseValues,
  type LineValues,
} from './forms';

const TODAY = '2026-12-02';
const line = (over: Partial<LineValues> = {}): LineValues => ({
  ...emptyLine('k'),
  itemId: 'item-1',
  lotNumber: 'AB123',
  expiry: '31/12/2027',
  quantity: '100',
  unitCost: '0,29',
  ...over,
});

describe('parseQuantity', () => {
  it('takes whole numbers of units from 1', () => {
    expect(parseQuantity(' 12 ')).toBe(12);
    expect(parseQuantity('')).toBeNull();
    for (const bad of ['0', '-3', '1.5', '2,0', 'ten', '1000001']) {
      expect(parseQuantity(bad), bad).toBeNaN();
    }
  });

  it('takes zero for a count', () => {
    expect(parseQuantity('0', true)).toBe(0);
  });
});

describe('dates', () => {
  it('reads dd/mm/yyyy and ISO dates, refusing days that do not exist', () => {
    expect(parseDayMonthYear('31/12/2027')).toBe('2027-12-31');
    expect(parseDayMonthYear('1.3.2027')).toBe('2027-03-01');
    expect(parseDayMonthYear('2027-03-01')).toBe('2027-03-01');
    expect(parseDayMonthYear('')).toBeNull();
    expect(parseDayMonthYear('31/02/2027')).toBeUndefined();
    expect(parseDayMonthYear('12/2027')).toBeUndefined();
  });

  it('writes dd/MM/yyyy', () => {
    expect(formatShortDate('2027-03-01', 'fr')).toBe('01/03/2027');
    expect(formatShortDate('2027-03-01', 'en')).toBe('01/03/2027');
  });
});

describe('lineInput', () => {
  it('turns a typed line into the API input, the cost in integer cents', () => {
    expect(lineInput(line(), TODAY)).toEqual({
      ok: true,
      input: {
        itemId: 'item-1',
        lotNumber: 'AB123',
        expiryDate: '2027-12-31',
        quantity: 100,
        unitCostCents: 29,
      },
    });
  });

  it('says what is missing or wrong, field by field', () => {
    const r = lineInput(
      { ...emptyLine('k'), quantity: '1,5', unitCost: '1,234', expiry: '30/02/2027' },
      TODAY,
    );
    expect(r).toEqual({
      ok: false,
      problems: {
        itemId: 'pickItem',
        lotNumber: 'required',
        expiryDate: 'date',
        quantity: 'quantity',
        unitCostCents: 'money',
      },
    });
  });

  it('refuses a lot already expired', () => {
    const r = lineInput(line({ expiry: '01/12/2026' }), TODAY);
    expect(r.ok ? null : r.problems.expiryDate).toBe('datePast');
    expect(lineInput(line({ expiry: '02/12/2026' }), TODAY).ok).toBe(true);
  });
});

describe('receiveInput', () => {
  it('needs a supplier and at least one line', () => {
    expect(receiveInput('op', ' ', [], TODAY)).toEqual({
      ok: false,
      problems: { supplier: 'required', lines: 'noLines' },
    });
  });

  it('names each bad line by its index, as the API does', () => {
    const r = receiveInput('op', 'OCP', [line(), line({ quantity: '' })], TODAY);
    expect(r).toEqual({ ok: false, problems: { 'lines.1.quantity': 'required' } });
  });

  it('refuses the same lot of an item twice', () => {
    const r = receiveInput('op', 'OCP', [line(), line({ key: 'x' })], TODAY);
    expect(r).toEqual({ ok: false, problems: { 'lines.1.lotNumber': 'duplicateLot' } });
  });

  it('sends the delivery under the id the device made', () => {
    const r = receiveInput('op-1', ' OCP ', [line(), line({ lotNumber: 'CD9' })], TODAY);
    expect(r.ok && r.input.id).toBe('op-1');
    expect(r.ok && r.input.supplier).toBe('OCP');
    expect(r.ok && r.input.lines.map((l) => l.lotNumber)).toEqual(['AB123', 'CD9']);
  });
});

describe('dispenseInput', () => {
  const base: DispenseValues = {
    to: 'patient',
    patientId: 'p1',
    prescriptionId: 'rx1',
    wardLocationId: '',
    fromLocationId: 'central',
    itemId: 'item-1',
    lotId: '',
    proposedLotId: 'lot-a',
    lotChoiceReason: '',
    quantity: '6',
  };

  it('leaves the lot to the server by default', () => {
    expect(dispenseInput('op', base)).toEqual({
      ok: true,
      input: {
        id: 'op',
        itemId: 'item-1',
        fromLocationId: 'central',
        quantity: 6,
        patientId: 'p1',
        prescriptionId: 'rx1',
      },
    });
  });

  it('needs a reason for another lot than the one first to expire, not for that one', () => {
    const other = dispenseInput('op', { ...base, lotId: 'lot-b' });
    expect(other).toEqual({ ok: false, problems: { lotChoiceReason: 'lotReason' } });
    const same = dispenseInput('op', { ...base, lotId: 'lot-a' });
    expect(same.ok && same.input.lotChoiceReason).toBeUndefined();
    const reasoned = dispenseInput('op', {
      ...base,
      lotId: 'lot-b',
      lotChoiceReason: ' box open ',
    });
    expect(reasoned.ok && reasoned.input.lotChoiceReason).toBe('box open');
  });

  it('sends a ward dispensing without a patient', () => {
    const r = dispenseInput('op', { ...base, to: 'ward', wardLocationId: 'w1' });
    expect(r.ok && r.input.toLocationId).toBe('w1');
    expect(r.ok && r.input.patientId).toBeUndefined();
    expect(dispenseInput('op', { ...base, to: 'ward' })).toEqual({
      ok: false,
      problems: { toLocationId: 'pickWard' },
    });
  });
});

describe('adjustInput and writeOffInput', () => {
  it('takes a count of zero with a reason', () => {
    expect(adjustInput('op', 'loc', 'lot', '0', 'inventaire')).toEqual({
      ok: true,
      input: {
        id: 'op',
        locationId: 'loc',
        lotId: 'lot',
        countedQuantity: 0,
        reason: 'inventaire',
      },
    });
    expect(adjustInput('op', 'loc', 'lot', '', '')).toEqual({
      ok: false,
      problems: { countedQuantity: 'required', reason: 'required' },
    });
  });

  it('writes off no more than on hand, with a note for OTHER', () => {
    expect(writeOffInput('op', 'loc', 'lot', '30', 'EXPIRED', '', 24)).toEqual({
      ok: false,
      problems: { quantity: 'moreThanOnHand' },
    });
    expect(writeOffInput('op', 'loc', 'lot', '24', 'OTHER', '', 24)).toEqual({
      ok: false,
      problems: { note: 'required' },
    });
    const r = writeOffInput('op', 'loc', 'lot', '24', 'EXPIRED', '', 24);
    expect(r.ok && r.input).toEqual({
      id: 'op',
      locationId: 'loc',
      lotId: 'lot',
      quantity: 24,
      reason: 'EXPIRED',
    });
  });
});
