import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import '../../features/billing/billing.css';
import { useBillingError } from '../../features/billing/billing-error';
import { checkAmount } from '../../features/billing/components/amount-field';
import { amountToInput } from '../../features/billing/money';
import { groupTariffs } from '../../features/billing/tariffs';
import { useMoney } from '../../features/billing/use-money';
import { Choices } from '../../features/emergency/components/Choices';
import '../../features/emergency/emergency.css';
import { FormFailure } from '../../features/emergency/components/FormFailure';
import '../../features/pharmacy/pharmacy.css';
import { formatShortDate, hospitalToday, parseDayMonthYear } from '../../features/pharmacy/dates';
import { InputField } from '../../features/wards/components/fields';
import '../../features/wards/wards.css';
import {
  InsuranceCoveragesDocument,
  SetInsuranceCoverageDocument,
  SetTariffDocument,
  TariffsDocument,
  type ActKind,
} from '../../gql/graphql';

const KINDS: ActKind[] = [
  'CONSULTATION',
  'LAB_TEST',
  'BED_DAY',
  'MEDICATION',
  'PROCEDURE',
  'OTHER',
];

interface TariffValues {
  code: string;
  labelFr: string;
  labelEn: string;
  price: string;
  validFrom: string;
}

const EMPTY: TariffValues = { code: '', labelFr: '', labelEn: '', price: '', validFrom: '' };

/** A new price for an act of `kind` from a day on. */
function TariffForm({
  kind,
  initial,
  onDone,
}: {
  kind: ActKind;
  initial: TariffValues;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const billingError = useBillingError(money);
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetTariffDocument, {
    refetchQueries: ['Tariffs'],
    awaitRefetchQueries: true,
  });
  const set = (k: keyof TariffValues) => (value: string) => {
    setV((old) => ({ ...old, [k]: value }));
  };

  async function submit() {
    setFailure(null);
    const problems: Record<string, string> = {};
    for (const k of ['code', 'labelFr', 'labelEn'] as const)
      if (!v[k].trim()) problems[k] = t('billing.required');
    const price = checkAmount(v.price, money, t, { positive: false });
    if ('error' in price) problems.amountMinor = price.error;
    const from = parseDayMonthYear(v.validFrom);
    if (!from) problems.validFrom = t('billing.dateInvalid');
    if (Object.keys(problems).length > 0 || 'error' in price || !from) {
      setErrors(problems);
      return;
    }
    setErrors({});
    try {
      await save({
        variables: {
          input: {
            actKind: kind,
            code: v.code.trim(),
            labelFr: v.labelFr.trim(),
            labelEn: v.labelEn.trim(),
            amountMinor: price.minor,
            validFrom: from,
          },
        },
      });
      onDone(t('billing.tariffSet'));
    } catch (e) {
      const read = billingError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  return (
    <form
      className="cg-bill-inline cg-form"
      data-testid="tariff-form"
      aria-labelledby="tariff-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="tariff-form-title">{t('billing.newTariff')}</h3>
      <FormFailure text={failure} />
      <div className="cg-bill-grid-2">
        <InputField
          name="code"
          label={t('billing.code')}
          value={v.code}
          error={errors.code}
          hint={t('billing.codeHint')}
          onChange={set('code')}
        />
        <InputField
          name="price"
          label={t('billing.price', { currency: money.currency })}
          value={v.price}
          error={errors.amountMinor}
          onChange={set('price')}
        />
        <InputField
          name="labelFr"
          label={t('billing.labelFr')}
          value={v.labelFr}
          error={errors.labelFr}
          onChange={set('labelFr')}
        />
        <InputField
          name="labelEn"
          label={t('billing.labelEn')}
          value={v.labelEn}
          error={errors.labelEn}
          onChange={set('labelEn')}
        />
        <InputField
          name="validFrom"
          label={t('billing.validFrom')}
          inputMode="numeric"
          value={v.validFrom}
          error={errors.validFrom}
          onChange={set('validFrom')}
        />
      </div>
      <IonButton type="submit" disabled={loading} data-testid="tariff-submit">
        {t('billing.setTariff')}
      </IonButton>
    </form>
  );
}

/** How an insurer covers a kind of act: a percentage or a fixed amount per unit. */
function CoverageForm({ onDone }: { onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const billingError = useBillingError(money);
  const [payer, setPayer] = useState('');
  const [kind, setKind] = useState<ActKind | ''>('CONSULTATION');
  const [how, setHow] = useState<'percent' | 'fixed'>('percent');
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetInsuranceCoverageDocument, {
    refetchQueries: ['InsuranceCoverages'],
    awaitRefetchQueries: true,
  });

  async function submit() {
    setFailure(null);
    const problems: Record<string, string> = {};
    if (!payer.trim()) problems.payer = t('billing.required');
    let percent: number | null = null;
    let fixedMinor: number | null = null;
    if (how === 'percent') {
      percent = /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
      if (!(percent >= 0 && percent <= 100)) problems.value = t('billing.percentInvalid');
    } else {
      const checked = checkAmount(value, money, t, { positive: false });
      if ('error' in checked) problems.value = checked.error;
      else fixedMinor = checked.minor;
    }
    if (Object.keys(problems).length > 0 || !kind) {
      setErrors(problems);
      return;
    }
    setErrors({});
    try {
      await save({
        variables: { input: { payer: payer.trim(), actKind: kind, percent, fixedMinor } },
      });
      onDone(t('billing.coverSet'));
    } catch (e) {
      const read = billingError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  return (
    <form
      className="cg-bill-inline cg-form"
      data-testid="coverage-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormFailure text={failure} />
      <div className="cg-bill-grid-2">
        <InputField
          name="payer"
          label={t('billing.coverPayer')}
          value={payer}
          error={errors.payer}
          onChange={setPayer}
        />
        <SelectField<ActKind>
          name="coverKind"
          label={t('billing.coverKind')}
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: t(`billing.kinds.${k}`) }))}
          onChange={setKind}
        />
      </div>
      <Choices
        legend={t('billing.coverHow')}
        testId="cover-how"
        value={how}
        options={[
          { value: 'percent', label: t('billing.coverHowPercent') },
          { value: 'fixed', label: t('billing.coverHowFixed') },
        ]}
        onChange={setHow}
      />
      <InputField
        name="coverValue"
        label={
          how === 'percent'
            ? t('billing.coverPercentLabel')
            : t('billing.coverFixedLabel', { currency: money.currency })
        }
        inputMode={how === 'percent' ? 'numeric' : 'text'}
        value={value}
        error={errors.value ?? errors.percent ?? errors.fixedMinor}
        onChange={setValue}
      />
      <IonButton type="submit" disabled={loading} data-testid="coverage-submit">
        {t('billing.setCover')}
      </IonButton>
    </form>
  );
}

/**
 * The price list by kind of act: each act's price in force with the ones to come and its history,
 * a new price from a chosen day; and how each insurer covers each kind. Managers and
 * administrators change them; a cashier reads them.
 */
export default function TariffsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { money, fmt } = useMoney();
  const { user } = useSession();
  const canSet = (user?.capabilities ?? []).includes('SET_TARIFFS');
  const errorText = useErrorText();
  const [kind, setKind] = useState<ActKind>('CONSULTATION');
  const [editing, setEditing] = useState<{ key: string; values: TariffValues } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const tariffs = useQuery(TariffsDocument, {
    variables: { actKind: kind },
    fetchPolicy: 'cache-and-network',
  });
  const coverages = useQuery(InsuranceCoveragesDocument, { fetchPolicy: 'cache-and-network' });
  const today = hospitalToday();
  const groups = groupTariffs(tariffs.data?.tariffs ?? [], today);
  const byPayer = new Map<string, NonNullable<typeof coverages.data>['insuranceCoverages']>();
  for (const c of coverages.data?.insuranceCoverages ?? [])
    byPayer.set(c.payer, [...(byPayer.get(c.payer) ?? []), c]);
  const error = tariffs.error ?? coverages.error;
  const period = (r: { validFrom: string; validTo?: string | null }) =>
    r.validTo
      ? t('billing.fromTo', {
          from: formatShortDate(r.validFrom, lang),
          to: formatShortDate(r.validTo, lang),
        })
      : t('billing.from', { date: formatShortDate(r.validFrom, lang) });

  return (
    <PageLayout title={t('billing.tariffsTitle')} wide>
      <p className="cg-muted">{t('billing.tariffsIntro')}</p>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
      <section className="cg-card cg-ph-filters" aria-label={t('billing.tariffsOf')}>
        <SelectField<ActKind>
          name="tariffKind"
          label={t('billing.tariffsOf')}
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: t(`billing.kinds.${k}`) }))}
          onChange={(k) => {
            if (k) setKind(k);
            setEditing(null);
          }}
        />
      </section>
      {tariffs.loading && !tariffs.data && <IonSpinner aria-label={t('app.loading')} />}
      <section className="cg-card" aria-labelledby="tariff-list">
        <h2 id="tariff-list">{t(`billing.kinds.${kind}`)}</h2>
        {tariffs.data && groups.length === 0 && (
          <p className="cg-muted">{t('billing.tariffsEmpty')}</p>
        )}
        <ul className="cg-bill-payments" data-testid="tariffs">
          {groups.map((g) => {
            const shown = g.current ?? g.upcoming[0] ?? g.history[0];
            return (
              <li
                key={g.code}
                data-testid="tariff"
                data-code={g.code}
                data-amount={g.current?.amountMinor ?? ''}
              >
                <div className="cg-bill-payment-head">
                  <strong>
                    {shown ? (lang.startsWith('fr') ? shown.labelFr : shown.labelEn) : g.code}{' '}
                    <span className="cg-muted">({g.code})</span>
                  </strong>
                  {g.current && (
                    <span>
                      <span className="cg-bill-chip cg-bill-chip-ok">{t('billing.current')}</span>{' '}
                      <span className="cg-bill-payment-amount">{fmt(g.current.amountMinor)}</span>{' '}
                      <span className="cg-muted">{period(g.current)}</span>
                    </span>
                  )}
                </div>
                {[...g.upcoming, ...g.history].length > 0 && (
                  <details>
                    <summary className="cg-ph-link">{t('billing.history')}</summary>
                    <ul className="cg-ph-movements">
                      {[...g.upcoming, ...g.history].map((r) => (
                        <li key={r.id}>
                          {fmt(r.amountMinor)} · {period(r)}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
                {canSet && editing?.key !== g.code && shown && (
                  <IonButton
                    fill="clear"
                    onClick={() => {
                      setDone(null);
                      setEditing({
                        key: g.code,
                        values: {
                          code: g.code,
                          labelFr: shown.labelFr,
                          labelEn: shown.labelEn,
                          price: amountToInput(shown.amountMinor, money, lang),
                          validFrom: '',
                        },
                      });
                    }}
                  >
                    {t('billing.newTariff')}
                  </IonButton>
                )}
                {editing?.key === g.code && (
                  <TariffForm
                    kind={kind}
                    initial={editing.values}
                    onDone={(m) => {
                      setEditing(null);
                      setDone(m);
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
        {canSet && editing?.key !== '' && (
          <IonButton
            fill="outline"
            data-testid="tariff-new"
            onClick={() => {
              setDone(null);
              setEditing({ key: '', values: EMPTY });
            }}
          >
            {t('billing.newTariff')}
          </IonButton>
        )}
        {editing?.key === '' && (
          <TariffForm
            kind={kind}
            initial={EMPTY}
            onDone={(m) => {
              setEditing(null);
              setDone(m);
            }}
          />
        )}
      </section>
      <section className="cg-card" aria-labelledby="coverages">
        <h2 id="coverages">{t('billing.coveragesTitle')}</h2>
        {coverages.data && byPayer.size === 0 && (
          <p className="cg-muted">{t('billing.coveragesEmpty')}</p>
        )}
        <ul className="cg-bill-payments" data-testid="coverages">
          {[...byPayer.entries()].map(([payer, list]) => (
            <li key={payer} data-testid="coverage" data-payer={payer}>
              <strong>{payer}</strong>
              <div className="cg-muted">
                {list
                  .map(
                    (c) =>
                      `${t(`billing.kinds.${c.actKind}`)} : ${
                        c.fixedMinor != null
                          ? t('billing.coverFixed', { amount: fmt(c.fixedMinor) })
                          : t('billing.coverPercent', { percent: c.percent ?? 0 })
                      }`,
                  )
                  .join(' · ')}
              </div>
            </li>
          ))}
        </ul>
        {canSet && <CoverageForm onDone={setDone} />}
      </section>
    </PageLayout>
  );
}
