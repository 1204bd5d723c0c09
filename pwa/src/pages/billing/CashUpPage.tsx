import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime, formatTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import '../../features/billing/billing.css';
import { useBillingError } from '../../features/billing/billing-error';
import { checkAmount } from '../../features/billing/components/amount-field';
import { cashDifference } from '../../features/billing/invoice-state';
import { parseAmount } from '../../features/billing/money';
import { useMoney } from '../../features/billing/use-money';
import { FormFailure } from '../../features/emergency/components/FormFailure';
import '../../features/pharmacy/pharmacy.css';
import { hospitalToday } from '../../features/pharmacy/dates';
import { deviceId } from '../../features/records/labels';
import { InputField, TextArea } from '../../features/wards/components/fields';
import '../../features/wards/wards.css';
import {
  CashUpPreviewDocument,
  CashUpsDocument,
  CloseCashDayDocument,
  type BillingPaymentTotalsFragment,
  type PaymentMethod,
} from '../../gql/graphql';

const METHODS: PaymentMethod[] = ['CASH', 'CARD', 'MOBILE_MONEY', 'BANK_TRANSFER', 'INSURANCE'];

/** `YYYY-MM-DD` so many days before `date`. */
function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

function Totals({ totals }: { totals: BillingPaymentTotalsFragment }) {
  const { t } = useTranslation();
  const { fmt } = useMoney();
  return (
    <dl className="cg-bill-totals cg-bill-totals-left">
      {METHODS.map((m) => (
        <div key={m} data-testid={`total-${m}`} data-value={totals[m]}>
          <dt>{t(`billing.methods.${m}`)}</dt>
          <dd>{fmt(totals[m])}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The cashier's cash-up: what the drawer took since the last one, per method, the cash expected,
 * the cash counted with the difference shown as it is typed (a note required when there is one),
 * and the cashier's cash-ups of the last 30 days.
 */
export default function CashUpPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { money, fmt } = useMoney();
  const billingError = useBillingError(money);
  const errorText = useErrorText();
  const preview = useQuery(CashUpPreviewDocument, { fetchPolicy: 'cache-and-network' });
  const today = hospitalToday();
  const history = useQuery(CashUpsDocument, {
    variables: { from: daysBefore(today, 30), to: today },
    fetchPolicy: 'cache-and-network',
  });
  const [id, setId] = useState(deviceId);
  const [counted, setCounted] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [close, { loading }] = useMutation(CloseCashDayDocument, {
    refetchQueries: ['CashUpPreview', 'CashUps'],
    awaitRefetchQueries: true,
  });
  const p = preview.data?.cashUpPreview;
  // A cashier closes a day once; the list is their own drawer's.
  const closedToday = history.data?.cashUps.find((c) => c.day === today);
  const parsed = parseAmount(counted, money.minorDigits);
  const diff = p ? cashDifference(p.expectedCashMinor, parsed) : null;

  async function submit() {
    setFailure(null);
    setDone(null);
    const checked = checkAmount(counted, money, t, { positive: false });
    const problems: Record<string, string> = {};
    if ('error' in checked) problems.countedCashMinor = checked.error;
    if (diff !== null && diff !== 0 && !note.trim())
      problems.note = t('billing.errors.noteRequired');
    if (Object.keys(problems).length > 0 || 'error' in checked) {
      setErrors(problems);
      return;
    }
    setErrors({});
    try {
      const { data } = await close({
        variables: { input: { id, countedCashMinor: checked.minor, note: note.trim() || null } },
      });
      setId(deviceId());
      setCounted('');
      setNote('');
      setDone(t('billing.closed', { count: data?.closeCashDay.paymentCount ?? 0 }));
    } catch (e) {
      const read = billingError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  return (
    <PageLayout title={t('billing.cashUpTitle')} backHref="/app/billing">
      <p className="cg-muted">{t('billing.cashUpIntro')}</p>
      {preview.error && (
        <Notice kind="error">{errorText.message(errorText.info(preview.error))}</Notice>
      )}
      {done && <Notice kind="success">{done}</Notice>}
      {preview.loading && !p && <IonSpinner aria-label={t('app.loading')} />}
      {closedToday && (
        <div data-testid="cash-day-closed">
          <Notice kind="success">
            {t('billing.cashDayClosed', { time: formatTime(closedToday.closedAt, lang) })}
          </Notice>
        </div>
      )}
      {p && !closedToday && (
        <form
          className="cg-card cg-form"
          data-testid="cash-up-form"
          aria-labelledby="cashup-title"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <h2 id="cashup-title">{t('billing.cashUpCount', { count: p.paymentCount })}</h2>
          <Totals totals={p.totals} />
          <p className="cg-ph-total">
            <span>{t('billing.expectedCash')}</span>
            <strong data-testid="expected-cash" data-value={p.expectedCashMinor}>
              {fmt(p.expectedCashMinor)}
            </strong>
          </p>
          <FormFailure text={failure} />
          <InputField
            name="countedCash"
            label={t('billing.countedCash', { currency: money.currency })}
            value={counted}
            error={errors.countedCashMinor}
            onChange={setCounted}
          />
          <p
            className="cg-ph-total"
            aria-live="polite"
            data-testid="cash-difference"
            data-value={diff ?? ''}
          >
            <span>{t('billing.difference')}</span>
            {diff === null ? (
              <span className="cg-muted">—</span>
            ) : diff === 0 ? (
              <span className="cg-bill-diff-none">{t('billing.differenceNone')}</span>
            ) : diff < 0 ? (
              <span className="cg-bill-diff-missing">
                {t('billing.differenceMissing', { amount: fmt(-diff) })}
              </span>
            ) : (
              <span className="cg-bill-diff-over">
                {t('billing.differenceOver', { amount: fmt(diff) })}
              </span>
            )}
          </p>
          <TextArea
            name="note"
            label={t('billing.cashUpNote')}
            value={note}
            rows={2}
            error={errors.note}
            onChange={setNote}
          />
          <IonButton
            type="submit"
            expand="block"
            size="large"
            disabled={loading}
            data-testid="close-cash-up"
          >
            {loading ? t('billing.closing') : t('billing.closeCashDay')}
          </IonButton>
        </form>
      )}
      <section className="cg-card" aria-labelledby="cashup-history">
        <h2 id="cashup-history">{t('billing.historyTitle')}</h2>
        {history.data && history.data.cashUps.length === 0 && (
          <p className="cg-muted">{t('billing.historyEmpty')}</p>
        )}
        <ul className="cg-bill-payments" data-testid="cash-up-history">
          {(history.data?.cashUps ?? []).map((c) => (
            <li key={c.id} data-testid="cash-up" data-difference={c.differenceMinor}>
              <div className="cg-bill-payment-head">
                <strong>{t('billing.closedAt', { when: formatDateTime(c.closedAt, lang) })}</strong>
                <span>{t('billing.cashUpCount', { count: c.paymentCount })}</span>
              </div>
              <div className="cg-muted">
                {t('billing.expectedCash')} {fmt(c.expectedCashMinor)} ·{' '}
                {t('billing.countedCash', { currency: money.currency })} {fmt(c.countedCashMinor)} ·{' '}
                {t('billing.difference')}{' '}
                {c.differenceMinor === 0
                  ? t('billing.differenceNone')
                  : c.differenceMinor < 0
                    ? t('billing.differenceMissing', { amount: fmt(-c.differenceMinor) })
                    : t('billing.differenceOver', { amount: fmt(c.differenceMinor) })}
              </div>
              {c.note && <div className="cg-ph-why">{c.note}</div>}
            </li>
          ))}
        </ul>
      </section>
    </PageLayout>
  );
}
