import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { addOutline, documentTextOutline, trashOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import '../../features/billing/billing.css';
import { useBillingError } from '../../features/billing/billing-error';
import { InvoiceLines, labelOf } from '../../features/billing/components/InvoiceLines';
import { ManualChargeForm } from '../../features/billing/components/ManualChargeForm';
import { PriceChargeForm } from '../../features/billing/components/PriceChargeForm';
import { StatusChip } from '../../features/billing/components/StatusChip';
import { selection } from '../../features/billing/charges';
import { InvoiceRow } from '../../features/billing/components/InvoiceRow';
import { useMoney } from '../../features/billing/use-money';
import '../../features/emergency/emergency.css';
import '../../features/pharmacy/pharmacy.css';
import { deviceId } from '../../features/records/labels';
import '../../features/wards/wards.css';
import {
  BillingPatientDocument,
  CreateInvoiceDocument,
  DiscardDraftInvoiceDocument,
  IssueInvoiceDocument,
  PatientBillingDocument,
} from '../../gql/graphql';

const REFRESH = ['PatientBilling', 'BillingWorklist'];

/**
 * A patient's billing at the cash desk: what they and their insurer still owe, the charges to
 * invoice (all ticked, the unpriced ones to price first), the draft made of them to issue or
 * abandon, a charge added by hand, and every invoice with its status and balance.
 */
export default function PatientBillingPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { patientId = '' } = useParams();
  const { money, fmt } = useMoney();
  const billingError = useBillingError(money);
  const errorText = useErrorText();
  const patient = useQuery(BillingPatientDocument, { variables: { id: patientId } });
  const billing = useQuery(PatientBillingDocument, {
    variables: { patientId },
    fetchPolicy: 'cache-and-network',
  });
  const b = billing.data?.patientBilling;
  const charges = b?.unbilledCharges ?? [];
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [pricing, setPricing] = useState<string | null>(null);
  const [manual, setManual] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The draft's id: made with the selection, kept until the server has answered.
  const [draftId, setDraftId] = useState(deviceId);
  const [create, creating] = useMutation(CreateInvoiceDocument, {
    refetchQueries: REFRESH,
    awaitRefetchQueries: true,
  });
  const [issue, issuing] = useMutation(IssueInvoiceDocument, {
    refetchQueries: REFRESH,
    awaitRefetchQueries: true,
  });
  const [discard, discarding] = useMutation(DiscardDraftInvoiceDocument, {
    refetchQueries: REFRESH,
    awaitRefetchQueries: true,
  });
  const sel = selection(charges, unticked);
  const draft = b?.invoices.find((i) => i.status === 'DRAFT' && i.kind === 'INVOICE');
  const invoices = (b?.invoices ?? []).filter(
    (i) => i.status !== 'DRAFT' && i.status !== 'DISCARDED',
  );
  const name = patient.data?.patient.displayName ?? '';

  function toggle(id: string, on: boolean) {
    setUnticked((old) => {
      const next = new Set(old);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function run(action: () => Promise<string | null>) {
    setFailure(null);
    setDone(null);
    try {
      setDone(await action());
    } catch (e) {
      setFailure(billingError(e).message);
    }
  }

  return (
    <PageLayout title={t('billing.patientTitle')} backHref="/app/billing" wide>
      {patient.data && (
        <section className="cg-card" aria-labelledby="bill-patient" data-testid="billing-patient">
          <h2 id="bill-patient">{name}</h2>
          <p className="cg-muted">
            {t('billing.mrn', { mrn: patient.data.patient.mrn })} ·{' '}
            {patient.data.patient.insurance?.payer
              ? `${t('billing.payer')} : ${patient.data.patient.insurance.payer}`
              : t('billing.noPayer')}
          </p>
          {b && (
            <dl className="cg-bill-owed" aria-label={t('billing.owedTitle')}>
              <div>
                <dt>{t('billing.patientDue')}</dt>
                <dd data-testid="patient-due" data-value={b.patientDueMinor}>
                  {fmt(b.patientDueMinor)}
                </dd>
              </div>
              <div>
                <dt>{t('billing.insurerDue')}</dt>
                <dd data-testid="insurer-due" data-value={b.insurerDueMinor}>
                  {fmt(b.insurerDueMinor)}
                </dd>
              </div>
            </dl>
          )}
        </section>
      )}
      {(billing.error ?? patient.error) && (
        <Notice kind="error">
          {errorText.message(errorText.info(billing.error ?? patient.error))}
        </Notice>
      )}
      {failure && <Notice kind="error">{failure}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
      {billing.loading && !b && <IonSpinner aria-label={t('app.loading')} />}

      {draft && (
        <section
          className="cg-card"
          aria-labelledby="bill-draft"
          data-testid="draft-invoice"
          data-invoice-id={draft.id}
        >
          <div className="cg-bill-head">
            <h2 id="bill-draft">{t('billing.draftTitle')}</h2>
            <StatusChip kind={draft.kind} status={draft.status} />
          </div>
          <p className="cg-muted">{t('billing.draftIntro')}</p>
          <InvoiceLines invoice={draft} lines={draft.lines} />
          <div className="cg-actions">
            <IonButton
              size="large"
              data-testid="issue-invoice"
              disabled={issuing.loading}
              onClick={() => {
                void run(async () => {
                  const { data } = await issue({ variables: { invoiceId: draft.id } });
                  return t('billing.issued', { number: data?.issueInvoice.number ?? '' });
                });
              }}
            >
              <IonIcon slot="start" icon={documentTextOutline} aria-hidden="true" />
              {issuing.loading ? t('billing.issuing') : t('billing.issue')}
            </IonButton>
            <IonButton
              fill="outline"
              color="danger"
              size="large"
              data-testid="discard-draft"
              disabled={discarding.loading}
              onClick={() => {
                void run(async () => {
                  await discard({ variables: { invoiceId: draft.id } });
                  return t('billing.discarded');
                });
              }}
            >
              <IonIcon slot="start" icon={trashOutline} aria-hidden="true" />
              {t('billing.discard')}
            </IonButton>
          </div>
        </section>
      )}

      {b && (
        <section className="cg-card" aria-labelledby="bill-unbilled" data-testid="unbilled">
          <div className="cg-bill-head">
            <h2 id="bill-unbilled">{t('billing.unbilledTitle')}</h2>
          </div>
          {charges.length === 0 && <p className="cg-muted">{t('billing.unbilledEmpty')}</p>}
          {charges.length > 0 && (
            <>
              <ul className="cg-bill-charges">
                {charges.map((c) => {
                  const label = labelOf(c, lang);
                  return (
                    <li
                      key={c.id}
                      data-testid="charge"
                      data-charge-id={c.id}
                      data-priced={c.amountMinor !== null}
                    >
                      <div className="cg-bill-charge">
                        <label className="cg-bill-check">
                          <input
                            type="checkbox"
                            checked={!unticked.has(c.id)}
                            aria-label={t('billing.selectCharge', { label })}
                            onChange={(e) => {
                              toggle(c.id, e.target.checked);
                            }}
                          />
                          <span className="cg-bill-charge-text">
                            <strong>{label}</strong>
                            <span className="cg-muted">
                              {formatDateTime(c.occurredAt, lang)} ·{' '}
                              {t(`billing.kinds.${c.actKind}`)} · {t('billing.quantity')}{' '}
                              {c.quantity}
                              {c.unitMinor !== null && c.quantity > 1
                                ? ` × ${fmt(c.unitMinor)}`
                                : ''}
                            </span>
                          </span>
                        </label>
                        {c.amountMinor !== null ? (
                          <span className="cg-bill-charge-amount">{fmt(c.amountMinor)}</span>
                        ) : (
                          <>
                            <span className="cg-bill-chip cg-bill-chip-warn" data-testid="to-price">
                              {t('billing.toPrice')}
                            </span>
                            {pricing !== c.id && (
                              <IonButton
                                fill="outline"
                                aria-label={t('billing.priceLabel', { label })}
                                onClick={() => {
                                  setPricing(c.id);
                                }}
                              >
                                {t('billing.priceAction')}
                              </IonButton>
                            )}
                          </>
                        )}
                      </div>
                      {pricing === c.id && (
                        <PriceChargeForm
                          chargeId={c.id}
                          label={label}
                          onCancel={() => {
                            setPricing(null);
                          }}
                          onDone={() => {
                            setPricing(null);
                            setDone(t('billing.priced'));
                          }}
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
              <p className="cg-ph-total" data-testid="selected-total" data-value={sel.totalMinor}>
                <span>
                  {t('billing.selectedTotal', {
                    count: sel.ids.length,
                    amount: fmt(sel.totalMinor),
                  })}
                </span>
              </p>
              {sel.unpriced > 0 && (
                <p className="cg-field-error">{t('billing.unpricedSelected')}</p>
              )}
              <div className="cg-actions">
                <IonButton
                  size="large"
                  data-testid="create-invoice"
                  disabled={
                    creating.loading ||
                    sel.ids.length === 0 ||
                    sel.unpriced > 0 ||
                    draft !== undefined
                  }
                  onClick={() => {
                    void run(async () => {
                      await create({
                        variables: { input: { id: draftId, patientId, chargeIds: sel.ids } },
                      });
                      setDraftId(deviceId());
                      setUnticked(new Set());
                      return null;
                    });
                  }}
                >
                  <IonIcon slot="start" icon={documentTextOutline} aria-hidden="true" />
                  {creating.loading ? t('billing.creating') : t('billing.createInvoice')}
                </IonButton>
              </div>
            </>
          )}
          {!manual ? (
            <IonButton
              fill="outline"
              data-testid="manual-open"
              onClick={() => {
                setManual(true);
              }}
            >
              <IonIcon slot="start" icon={addOutline} aria-hidden="true" />
              {t('billing.manualOpen')}
            </IonButton>
          ) : (
            <ManualChargeForm
              patientId={patientId}
              onCancel={() => {
                setManual(false);
              }}
              onDone={() => {
                setManual(false);
                setDone(t('billing.manualAdded'));
              }}
            />
          )}
        </section>
      )}

      {b && (
        <section className="cg-card" aria-labelledby="bill-invoices">
          <h2 id="bill-invoices">{t('billing.invoicesTitle')}</h2>
          {invoices.length === 0 && <p className="cg-muted">{t('billing.invoicesEmpty')}</p>}
          <ul className="cg-bill-invoices" data-testid="invoice-list">
            {invoices.map((i) => (
              <li key={i.id}>
                <InvoiceRow
                  invoice={i}
                  to={`/app/billing/invoices/${i.id}`}
                  remainingMinor={i.balanceMinor}
                  testId="invoice-row"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </PageLayout>
  );
}
