import { describe, expect, it } from 'vitest';
import { StockAlertKind } from './pharmacy-enums.js';
import { computeStockAlerts, type AlertBalance } from './stock-alerts.js';

const CENTRAL = 'central';
const TODAY = '2026-06-01';
const bal = (over: Partial<AlertBalance>): AlertBalance => ({
  itemId: 'i1',
  lotId: 'l1',
  locationId: CENTRAL,
  expiryDate: '2027-01-01',
  recalled: false,
  quantity: 10,
  ...over,
});

describe('stock alerts', () => {
  it('raises below reorder level on the central pharmacy’s usable units only', () => {
    const alerts = computeStockAlerts({
      items: [
        { id: 'i1', reorderLevel: 20, active: true },
        { id: 'i2', reorderLevel: 5, active: true },
        { id: 'i3', reorderLevel: 5, active: false },
        { id: 'i4', reorderLevel: 0, active: true },
      ],
      balances: [
        bal({ lotId: 'a', quantity: 12 }),
        // In a ward, expired or recalled: not usable at the central pharmacy.
        bal({ lotId: 'b', quantity: 50, locationId: 'ward' }),
        bal({ lotId: 'c', quantity: 50, expiryDate: '2026-05-31' }),
        bal({ lotId: 'd', quantity: 50, recalled: true }),
        bal({ itemId: 'i2', lotId: 'e', quantity: 5 }),
      ],
      centralId: CENTRAL,
      today: TODAY,
      expiryDays: 30,
    });
    const reorder = alerts.filter((a) => a.kind === StockAlertKind.BELOW_REORDER_LEVEL);
    expect(reorder).toEqual([
      {
        key: 'BELOW_REORDER_LEVEL:i1',
        kind: StockAlertKind.BELOW_REORDER_LEVEL,
        itemId: 'i1',
        lotId: null,
        locationId: CENTRAL,
        quantity: 12,
        expiryDate: null,
        reorderLevel: 20,
      },
    ]);
  });

  it('raises expiring within N days (the last day included) and expired still on hand, anywhere', () => {
    const alerts = computeStockAlerts({
      items: [],
      balances: [
        bal({ lotId: 'last-day', expiryDate: '2026-07-01' }),
        bal({ lotId: 'one-day-after', expiryDate: '2026-07-02' }),
        bal({ lotId: 'today', expiryDate: '2026-06-01', locationId: 'ward' }),
        bal({ lotId: 'yesterday', expiryDate: '2026-05-31', locationId: 'ward' }),
        bal({ lotId: 'recalled', expiryDate: '2026-06-10', recalled: true }),
        bal({ lotId: 'empty', expiryDate: '2026-05-01', quantity: 0 }),
      ],
      centralId: CENTRAL,
      today: TODAY,
      expiryDays: 30,
    });
    expect(alerts.map((a) => a.key)).toEqual([
      'EXPIRED_ON_HAND:yesterday:ward',
      `EXPIRING:last-day:${CENTRAL}`,
      'EXPIRING:today:ward',
    ]);
  });
});
