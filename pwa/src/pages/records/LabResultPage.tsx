import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { BigNumberField, parseNumber, TextArea } from '../../features/records/fields';
import { LabResultLine } from '../../features/records/LabResultLine';
import { num, testName } from '../../features/records/labels';
import { WORKLIST_STATUSES } from '../../features/records/lab-worklist';
import '../../features/records/records.css';
import {
  CollectLabSpecimensDocument,
  EnterLabResultDocument,
  LabTestsDocument,
  LabWorklistDocument,
  ValidateLabResultDocument,
} from '../../gql/graphql';

/**
 * Result entry for one order: the value (flagged by the server against the reference range for
 * the patient's sex and age), then validation, after which the patient sees it.
 */
export default function LabResultPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const errorText = useErrorText();
  const lang = i18n.language;
  const { data, loading } = useQuery(LabWorklistDocument, {
    variables: { statuses: [...WORKLIST_STATUSES], first: 50 },
  });
  const order = data?.labOrders.nodes.find((o) => o.id === id);
  const { data: tests } = useQuery(
    LabTestsDocument,
    order ? { variables: { search: order.testCode } } : skipToken,
  );
  const test = tests?.labTests.find((x) => x.code === order?.testCode);
  const [value, setValue] = useState('');
  const [abnormal, setAbnormal] = useState(false);
  const [comment, setComment] = useState('');
  const [correctionReason, setCorrectionReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const refetchQueries = ['LabWorklist'];
  const [enter, { loading: saving }] = useMutation(EnterLabResultDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [validate, { loading: validating }] = useMutation(ValidateLabResultDocument, {
    refetchQueries,
  });
  const [collect] = useMutation(CollectLabSpecimensDocument, { refetchQueries });
  const [result, setResult] = useState(order?.result ?? null);
  const current = result ?? order?.result ?? null;
  const numeric = test?.numeric ?? true;

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!order) return;
    setMessage(null);
    const n = parseNumber(value);
    const local: Record<string, string> = {};
    if (numeric && n === null) local.value = t('records.required');
    else if (numeric && Number.isNaN(n)) local.value = t('records.notANumber');
    if (!numeric && !value.trim()) local.value = t('records.required');
    if (current && !correctionReason.trim()) local.correctionReason = t('records.required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      const res = await enter({
        variables: {
          input: {
            orderId: order.id,
            valueNumeric: numeric ? n : null,
            valueText: numeric ? null : value.trim(),
            abnormal: numeric ? null : abnormal,
            comment: comment.trim() || null,
            correctionReason: current ? correctionReason.trim() : null,
          },
        },
      });
      if (res.data) setResult(res.data.enterLabResult);
      setValue('');
      setCorrectionReason('');
      setMessage({ kind: 'success', text: t('records.lab.saved') });
    } catch (e) {
      const info = errorText.info(e);
      setErrors(errorText.fields(info));
      setMessage({ kind: 'error', text: errorText.message(info) });
    }
  }

  const range = test?.referenceRanges.find((r) => r.low != null || r.high != null);
  return (
    <PageLayout title={t('records.lab.resultTitle')} backHref="/app/lab">
      {loading && !data && <IonSpinner aria-label={t('app.loading')} />}
      {data && !order && !current && <Notice kind="error">{t('records.lab.notFound')}</Notice>}
      {order && (
        <section className="cg-card" aria-labelledby="order-title">
          <h2 id="order-title">{testName(order, lang)}</h2>
          <p>
            <strong>{order.patient.displayName}</strong> · {order.patient.mrn} ·{' '}
            {t('patients.age', { count: order.patient.age })} · {t(`sex.${order.patient.sex}`)}
          </p>
          <p className="cg-rec-sub">
            {t('records.lab.specimen', { specimen: order.specimen })} ·{' '}
            {t('records.labs.orderedBy', { name: order.orderedByName })}
          </p>
          <p>
            {order.priority === 'URGENT' && (
              <span className="cg-badge cg-badge-danger">{t('records.labs.priority.URGENT')}</span>
            )}{' '}
            <span className="cg-badge">{t(`records.labs.status.${order.status}`)}</span>
          </p>
          {order.clinicalInfo && (
            <p>
              <strong>{t('records.lab.clinicalInfo')} :</strong> {order.clinicalInfo}
            </p>
          )}
          {range && range.low != null && range.high != null && (
            <p className="cg-rec-sub">
              {t('records.labs.reference', {
                low: num(range.low, lang, 2),
                high: num(range.high, lang, 2),
              })}{' '}
              {test?.unit ?? ''}
            </p>
          )}
          {order.status === 'ORDERED' && (
            <IonButton
              fill="outline"
              onClick={() => void collect({ variables: { input: { orderIds: [order.id] } } })}
            >
              {t('records.lab.collect')}
            </IonButton>
          )}
        </section>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {current && (
        <section className="cg-card" aria-labelledby="result-title" data-testid="entered-result">
          <h2 id="result-title">{t('records.labs.results')}</h2>
          <ul className="cg-rec-list">
            <LabResultLine result={current} />
          </ul>
          {!current.validatedAt && (
            <IonButton
              expand="block"
              color="success"
              disabled={validating}
              data-testid="validate-result"
              onClick={() => {
                void validate({ variables: { input: { id: current.id } } }).then((res) => {
                  if (res.data) setResult(res.data.validateLabResult);
                  setMessage({ kind: 'success', text: t('records.lab.validated') });
                });
              }}
            >
              {t('records.lab.validate')}
            </IonButton>
          )}
        </section>
      )}
      {order && (
        <form className="cg-card cg-form" onSubmit={(e) => void submit(e)} noValidate>
          {numeric ? (
            <BigNumberField
              name="value"
              label={t('records.lab.value', { unit: test?.unit ?? '' })}
              decimal
              value={value}
              onChange={setValue}
              error={errors.value ?? errors.valueNumeric}
            />
          ) : (
            <>
              <TextField
                name="value"
                label={t('records.lab.valueText')}
                value={value}
                onChange={setValue}
                error={errors.value ?? errors.valueText}
              />
              <label className="cg-check">
                <input
                  type="checkbox"
                  checked={abnormal}
                  onChange={(e) => {
                    setAbnormal(e.target.checked);
                  }}
                />
                {t('records.lab.abnormal')}
              </label>
            </>
          )}
          <TextArea
            name="comment"
            label={t('records.lab.comment')}
            value={comment}
            onChange={setComment}
            rows={2}
          />
          {current && (
            <TextField
              name="correctionReason"
              label={t('records.lab.correctionReason')}
              value={correctionReason}
              onChange={setCorrectionReason}
              error={errors.correctionReason}
            />
          )}
          <IonButton type="submit" expand="block" disabled={saving} data-testid="save-result">
            {t('records.lab.save')}
          </IonButton>
        </form>
      )}
    </PageLayout>
  );
}
