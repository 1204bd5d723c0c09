import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { cashOutline, closeCircleOutline, returnDownBackOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import '../../features/billing/billing.css';
import { useBillingError } from '../../features/billing/billing-error';
import { checkAmount } from '../../features/billing/components/amount-field';
import { InvoiceLines } from '../../features/billing/components/InvoiceLines';
import { PaymentSheet } from '../../features/billing/components/PaymentSheet';
import { PdfButton } from '../../features/billing/components/PdfButton';
import { ReasonForm } from '../../features/billing/components/ReasonForm';
import { StatusChip } from '../../features/billing/components/StatusChip';
import { isPayable, owed, refundable } from '../../features/billing/invoice-state';
import { amountToInput } from '../../features/billing/money';
import { useMoney } from '../../features/billing/use-money';
import '../../features/emergency/emergency.css';
import '../../features/pharmacy/pharmacy.css';
import { deviceId } from '../../features/records/labels';
import { InputField } from '../../features/wards/components/fields';
import '../../features/wards/wards.css';
import {
  IssueCreditNoteDocument,
  InvoiceDocument,
  RefundPaymentDocument,
  type BillingPaymentFieldsFragment,
} from '../../gql/graphql';

const REFRESH = ['Invoice', 'PatientBilling', 'BillingWorklist', 'CashUpPreview'];

/** A refund on one payment: the amount (all that is left, prefilled) and why. */
function RefundForm({
  payment,
  max,
  onCancel,
  onDone,
}: {
  payment: BillingPaymentFieldsFragment;
  max: number;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { money, fmt } = useMoney();
  const billingError = useBillingError(money);
  const [id] = useState(deviceId);
  const [amount, setAmount] = useState(() => amountToInput(max, money, i18n.language));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [refund, { loading }] = useMutation(RefundPaymentDocument, {
    refetchQueries: REFRESH,
    awaitRefetchQueries: true,
  });
  return (
    <ReasonForm
      title={t('billing.refundTitle', { number: payment.receiptNumber })}
      reasonLabel={t('billing.refundReason')}
      submitLabel={t('billing.refundSubmit')}
      testId="refund-form"
      busy={loading}
      failure={failure}
      fieldErrors={errors}
      onCancel={onCancel}
      onSubmit={(reason) => {
        const checked = checkAmount(amount, money, t);
        if ('error' in checked) {
          setErrors({ amountMinor: checked.error });
          return;
        }
        setErrors({});
        setFailure(null);
        refund({
          variables: { input: { id, paymentId: payment.id, amountMinor: checked.minor, reason } },
        })
          .then(() => {
            onDone(t('billing.refunded', { amount: fmt(checked.minor) }));
          })
          .catch((e: unknown) => {
            const read = billingError(e);
            setErrors(read.fields);
            setFailure(read.message);
          });
      }}
    >
      <InputField
        name="refundAmount"
        label={t('billing.refundAmount', { currency: money.currency })}
        value={amount}
        error={errors.amountMinor}
        onChange={setAmount}
      />
    </ReasonForm>
  );
}

/**
 * One invoice or credit note: its number, status, lines, totals, shares, what was paid and what
 * remains; its PDF. For the cashier: "Encaisser" opens the payment sheet, a payment's receipt
 * downloads or prints, a payment is refunded, and the invoice is cancelled by a credit note. A
 * patient reads their own, with the PDFs and what remains to pay.
 */
export default function InvoicePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { invoiceId = '' } = useParams();
  const mine = useLocation().pathname.startsWith('/app/my-invoices');
  const { user } = useSession();
  const can = new Set(user?.capabilities ?? []);
  const cashier = can.has('TAKE_PAYMENTS') && !mine;
  const { money, fmt } = useMoney();
  const billingError = useBillingError(money);
  const errorText = useErrorText();
  const q = useQuery(InvoiceDocument, {
    variables: { id: invoiceId },
    fetchPolicy: 'cache-and-network',
  });
  const inv = q.data?.invoice;
  const [paying, setPaying] = useState(false);
  const [lastPayment, setLastPayment] = useState<BillingPaymentFieldsFragment | null>(null);
  const [refunding, setRefunding] = useState<string | null>(null);
  const [crediting, setCrediting] = useState(false);
  const [creditId, setCreditId] = useState(deviceId);
  const [creditFailure, setCreditFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [credit, creditState] = useMutation(IssueCreditNoteDocument, {
    refetchQueries: REFRESH,
    awaitRefetchQueries: true,
  });
  const title =
    inv?.kind === 'CREDIT_NOTE' ? t('billing.creditNoteTitle') : t('billing.invoiceTitle');
  const back = mine
    ? '/app/my-invoices'
    : inv
      ? `/app/billing/patients/${inv.patientId}`
      : '/app/billing';
  const left = inv ? owed(inv) : { patient: 0, insurer: 0 };

  return (
    <PageLayout title={inv?.number ? `${title} ${inv.number}` : title} backHref={back} wide>
      {q.error && <Notice kind="error">{errorText.message(errorText.info(q.error))}</Notice>}
      {q.loading && !inv && <IonSpinner aria-label={t('app.loading')} />}
      {done && <Notice kind="success">{done}</Notice>}
      {inv && (
        <>
          <section
            className="cg-card"
            aria-labelledby="inv-head"
            data-testid="invoice"
            data-invoice-id={inv.id}
            data-status={inv.status}
          >
            <div className="cg-bill-head">
              <h2 id="inv-head">
                {title} {inv.number}
              </h2>
              <StatusChip kind={inv.kind} status={inv.status} />
            </div>
            <dl className="cg-dl">
              <dt>{t('billing.patientLabel')}</dt>
              <dd>{inv.patientName}</dd>
              {inv.issuedAt && (
                <>
                  <dt>{t('billing.date')}</dt>
                  <dd>
                    {t('billing.issuedOn', {
                      when: formatDateTime(inv.issuedAt, lang),
                      name: inv.issuedByName ?? '',
                    })}
                  </dd>
                </>
              )}
              <dt>{t('billing.payer')}</dt>
              <dd>
                {inv.payer
                  ? `${inv.payer}${inv.memberNumber ? ` · ${inv.memberNumber}` : ''}`
                  : t('billing.noPayer')}
              </dd>
              {inv.reason && (
                <>
                  <dt>{t('billing.reasonLabel')}</dt>
                  <dd>{inv.reason}</dd>
                </>
              )}
              {inv.creditedInvoiceId && (
                <>
                  <dt>{t('billing.creditNoteOf')}</dt>
                  <dd>
                    <Link
                      className="cg-ph-link"
                      to={`${mine ? '/app/my-invoices' : '/app/billing/invoices'}/${inv.creditedInvoiceId}`}
                    >
                      {t('billing.invoiceTitle')}
                    </Link>
                  </dd>
                </>
              )}
            </dl>
            {inv.kind === 'INVOICE' && inv.status !== 'DRAFT' && (
              <dl className="cg-bill-owed" aria-label={t('billing.owedTitle')}>
                <div>
                  <dt>{mine ? t('billing.youOwe') : t('billing.leftPatient')}</dt>
                  <dd data-testid="owed-patient" data-value={left.patient}>
                    {fmt(left.patient)}
                  </dd>
                </div>
                <div>
                  <dt>{mine ? t('billing.insurerOwesYou') : t('billing.leftInsurer')}</dt>
                  <dd data-testid="owed-insurer" data-value={left.insurer}>
                    {fmt(left.insurer)}
                  </dd>
                </div>
              </dl>
            )}
            <div className="cg-actions">
              {cashier && isPayable(inv) && !paying && (
                <IonButton
                  size="large"
                  data-testid="collect"
                  onClick={() => {
                    setPaying(true);
                    setDone(null);
                    setLastPayment(null);
                  }}
                >
                  <IonIcon slot="start" icon={cashOutline} aria-hidden="true" />
                  {t('billing.collect')}
                </IonButton>
              )}
              {inv.number && (
                <PdfButton
                  of="invoice"
                  id={inv.id}
                  label={t('billing.downloadInvoice')}
                  testId="invoice-pdf"
                />
              )}
            </div>
            {mine && isPayable(inv) && <p className="cg-muted">{t('billing.readOnly')}</p>}
          </section>

          {paying && (
            <PaymentSheet
              invoice={inv}
              onCancel={() => {
                setPaying(false);
              }}
              onDone={(p) => {
                setPaying(false);
                setLastPayment(p);
                setDone(t('billing.paid', { amount: fmt(p.amountMinor), number: p.receiptNumber }));
              }}
            />
          )}
          {lastPayment && (
            <section
              className="cg-card"
              data-testid="last-payment"
              aria-label={t('billing.receipt', { number: lastPayment.receiptNumber })}
            >
              <h2>{t('billing.receipt', { number: lastPayment.receiptNumber })}</h2>
              <div className="cg-actions">
                <PdfButton
                  of="receipt"
                  id={lastPayment.id}
                  label={t('billing.downloadReceipt')}
                  testId="receipt-download"
                  fill="solid"
                />
                <PdfButton
                  of="receipt"
                  id={lastPayment.id}
                  label={t('billing.printReceipt')}
                  testId="receipt-print"
                  print
                />
              </div>
            </section>
          )}

          <section className="cg-card" aria-labelledby="inv-lines">
            <h2 id="inv-lines">{t('billing.linesTitle')}</h2>
            <InvoiceLines invoice={inv} lines={inv.lines} />
          </section>

          {inv.kind === 'INVOICE' && inv.status !== 'DRAFT' && (
            <section className="cg-card" aria-labelledby="inv-payments">
              <h2 id="inv-payments">{t('billing.paymentsTitle')}</h2>
              {inv.payments.length === 0 && (
                <p className="cg-muted">{t('billing.paymentsEmpty')}</p>
              )}
              <ul className="cg-bill-payments" data-testid="payments">
                {inv.payments.map((p) => {
                  const max = refundable(p, inv.payments);
                  return (
                    <li
                      key={p.id}
                      data-testid="payment"
                      data-amount={p.amountMinor}
                      data-method={p.method}
                    >
                      <div className="cg-bill-payment-head">
                        <span>
                          <span className="cg-bill-payment-amount">{fmt(p.amountMinor)}</span> ·{' '}
                          {t(`billing.methods.${p.method}`)}
                          {p.reference ? ` · ${t('billing.reference')} ${p.reference}` : ''}
                        </span>
                        <span className="cg-muted">
                          {formatDateTime(p.receivedAt, lang)} ·{' '}
                          {t('billing.by', { name: p.receivedByName })}
                        </span>
                      </div>
                      <div className="cg-muted">
                        {t('billing.receipt', { number: p.receiptNumber })}
                        {p.amountMinor < 0 && p.reason
                          ? ` · ${t('billing.refundLine', { reason: p.reason })}`
                          : ''}
                      </div>
                      <div className="cg-actions">
                        <PdfButton
                          of="receipt"
                          id={p.id}
                          label={t('billing.downloadReceiptOf', { number: p.receiptNumber })}
                          testId="payment-receipt"
                          fill="clear"
                        />
                        {cashier && max > 0 && refunding !== p.id && (
                          <IonButton
                            fill="clear"
                            color="danger"
                            aria-label={t('billing.refundOf', { number: p.receiptNumber })}
                            onClick={() => {
                              setRefunding(p.id);
                              setDone(null);
                            }}
                          >
                            <IonIcon slot="start" icon={returnDownBackOutline} aria-hidden="true" />
                            {t('billing.refund')}
                          </IonButton>
                        )}
                      </div>
                      {refunding === p.id && (
                        <RefundForm
                          payment={p}
                          max={max}
                          onCancel={() => {
                            setRefunding(null);
                          }}
                          onDone={(message) => {
                            setRefunding(null);
                            setDone(message);
                          }}
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}

          {cashier &&
            inv.kind === 'INVOICE' &&
            (inv.status === 'ISSUED' ||
              inv.status === 'PARTIALLY_PAID' ||
              inv.status === 'PAID') && (
              <section className="cg-card" aria-label={t('billing.creditTitle')}>
                {!crediting ? (
                  <IonButton
                    fill="outline"
                    color="danger"
                    data-testid="credit-open"
                    onClick={() => {
                      setCrediting(true);
                      setCreditFailure(null);
                    }}
                  >
                    <IonIcon slot="start" icon={closeCircleOutline} aria-hidden="true" />
                    {t('billing.credit')}
                  </IonButton>
                ) : (
                  <ReasonForm
                    title={t('billing.creditTitle')}
                    intro={t('billing.creditIntro')}
                    reasonLabel={t('billing.creditReason')}
                    submitLabel={t('billing.creditSubmit')}
                    confirm={t('billing.creditConfirm', { number: inv.number ?? '' })}
                    testId="credit-form"
                    busy={creditState.loading}
                    failure={creditFailure}
                    onCancel={() => {
                      setCrediting(false);
                    }}
                    onSubmit={(reason) => {
                      setCreditFailure(null);
                      credit({ variables: { input: { id: creditId, invoiceId: inv.id, reason } } })
                        .then(({ data }) => {
                          setCrediting(false);
                          setCreditId(deviceId());
                          setDone(
                            t('billing.credited', { number: data?.issueCreditNote.number ?? '' }),
                          );
                        })
                        .catch((e: unknown) => {
                          setCreditFailure(billingError(e).message);
                        });
                    }}
                  />
                )}
              </section>
            )}
        </>
      )}
    </PageLayout>
  );
}
