import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { isNetworkFailure, isReachable } from '../../app/connectivity';
import { useErrorText } from '../../app/use-error-text';
import { canQueueOffline, queueOffline } from '../../features/offline/outbox-status';
import { PatientHeader } from '../../features/patients';
import { BigNumberField, parseNumber } from '../../features/records/fields';
import { deviceId } from '../../features/records/labels';
import { News2Badge } from '../../features/records/News2Badge';
import '../../features/records/records.css';
import { VitalsSummary } from '../../features/records/VitalsSummary';
import {
  RecordVitalsDocument,
  type Consciousness,
  type RecordsVitalsFragment,
} from '../../gql/graphql';

const NUMBERS = [
  ['temperatureC', true],
  ['heartRate', false],
  ['systolicBp', false],
  ['diastolicBp', false],
  ['respiratoryRate', false],
  ['spo2', false],
  ['painScore', false],
  ['glucoseMmolL', true],
  ['weightKg', true],
] as const;
type NumberKey = (typeof NUMBERS)[number][0];
const ACVPU: Consciousness[] = ['ALERT', 'CONFUSION', 'VOICE', 'PAIN', 'UNRESPONSIVE'];
const EMPTY: Record<NumberKey, string> = {
  temperatureC: '',
  heartRate: '',
  systolicBp: '',
  diastolicBp: '',
  respiratoryRate: '',
  spo2: '',
  painScore: '',
  glucoseMmolL: '',
  weightKg: '',
};

/**
 * The bedside vitals form: one screen, big numeric inputs, ACVPU and oxygen in one tap. The set
 * carries an id made on the device, so resending after a network failure records it once; the
 * NEWS2 score shows as soon as it is saved.
 */
export default function VitalsFormPage() {
  const { t } = useTranslation();
  const { id: patientId = '' } = useParams();
  const errorText = useErrorText();
  const [values, setValues] = useState(EMPTY);
  const [onOxygen, setOnOxygen] = useState(false);
  const [consciousness, setConsciousness] = useState<Consciousness | null>('ALERT');
  const [setId, setSetId] = useState(deviceId);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<RecordsVitalsFragment | null>(null);
  /** Saved on the device (no network): waits in the outbox, sent when the network returns. */
  const [queued, setQueued] = useState(false);
  const [record, { loading }] = useMutation(RecordVitalsDocument, {
    refetchQueries: ['PatientChart'],
  });
  const chartHref = `/app/patients/${patientId}/chart`;

  const unit = (k: string) => t(`records.vitals.units.${k}` as 'records.vitals.units.spo2');
  const label = (k: string) => t(`records.vitals.${k}` as 'records.vitals.spo2');

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const local: Record<string, string> = {};
    const parsed: Partial<Record<NumberKey, number | null>> = {};
    for (const [key] of NUMBERS) {
      const n = parseNumber(values[key]);
      if (Number.isNaN(n)) local[key] = t('records.notANumber');
      else parsed[key] = n;
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    if (Object.values(parsed).every((v) => v === null)) {
      setFailure(t('records.vitals.empty'));
      return;
    }
    const int = (v: number | null | undefined) =>
      v === null || v === undefined ? null : Math.round(v);
    const measures = {
      temperatureC: parsed.temperatureC ?? null,
      heartRate: int(parsed.heartRate),
      systolicBp: int(parsed.systolicBp),
      diastolicBp: int(parsed.diastolicBp),
      respiratoryRate: int(parsed.respiratoryRate),
      spo2: int(parsed.spo2),
      painScore: int(parsed.painScore),
      glucoseMmolL: parsed.glucoseMmolL ?? null,
      weightKg: parsed.weightKg ?? null,
      onOxygen,
      consciousness,
    };
    // No network: the set goes to the outbox under the same id, taken now.
    const queue = async () => {
      const summary = NUMBERS.flatMap(([key]) => {
        const v = measures[key];
        return v === null ? [] : [`${label(key)} ${String(v)}`];
      }).join(' · ');
      const entry = await queueOffline({
        id: setId,
        kind: 'vitals',
        patientId,
        input: { ...measures, takenAt: new Date().toISOString() },
        summary,
      });
      if (entry) setQueued(true);
      return entry !== null;
    };
    if ((!navigator.onLine || !isReachable()) && canQueueOffline()) {
      if (await queue()) return;
    }
    try {
      const { data } = await record({
        variables: { input: { id: setId, patientId, ...measures } },
      });
      if (data) setSaved(data.recordVitals);
    } catch (error) {
      if (isNetworkFailure(error) && canQueueOffline() && (await queue())) return;
      const info = errorText.info(error);
      if (info.code === 'BAD_USER_INPUT') setErrors(errorText.fields(info));
      setFailure(errorText.message(info));
    }
  }

  return (
    <PageLayout title={t('records.vitals.formTitle')} backHref={chartHref}>
      <PatientHeader patientId={patientId} />
      {queued ? (
        <section className="cg-card" data-testid="vitals-pending">
          <Notice kind="success">{t('offline.outbox.savedPending')}</Notice>
          <div className="cg-actions">
            <IonButton routerLink={chartHref} routerDirection="back" data-testid="back-to-chart">
              {t('records.vitals.backToChart')}
            </IonButton>
            <IonButton
              fill="outline"
              onClick={() => {
                setQueued(false);
                setValues(EMPTY);
                setSetId(deviceId());
              }}
            >
              {t('records.vitals.another')}
            </IonButton>
          </div>
        </section>
      ) : saved ? (
        <section className="cg-card" data-testid="vitals-saved">
          <Notice kind="success">{t('records.vitals.saved')}</Notice>
          <p>
            <News2Badge score={saved.news2Score} risk={saved.news2Risk} large />
          </p>
          {saved.news2Score === null && (
            <p className="cg-muted">{t('records.vitals.incomplete')}</p>
          )}
          <VitalsSummary vitals={saved} showScore={false} />
          <div className="cg-actions">
            <IonButton routerLink={chartHref} routerDirection="back" data-testid="back-to-chart">
              {t('records.vitals.backToChart')}
            </IonButton>
            <IonButton
              fill="outline"
              onClick={() => {
                setSaved(null);
                setValues(EMPTY);
                setSetId(deviceId());
              }}
            >
              {t('records.vitals.another')}
            </IonButton>
          </div>
        </section>
      ) : (
        <form className="cg-card cg-form" onSubmit={(e) => void submit(e)} noValidate>
          {failure && <Notice kind="error">{failure}</Notice>}
          <div className="cg-vitals-form">
            {NUMBERS.map(([key, decimal]) => (
              <BigNumberField
                key={key}
                name={key}
                label={label(key)}
                unit={
                  key === 'systolicBp' || key === 'diastolicBp'
                    ? 'mmHg'
                    : key === 'painScore'
                      ? undefined
                      : unit(key)
                }
                decimal={decimal}
                value={values[key]}
                error={errors[key]}
                onChange={(v) => {
                  setValues((old) => ({ ...old, [key]: v }));
                }}
              />
            ))}
            <fieldset className="cg-fieldset-plain cg-span-3">
              <legend>{t('records.vitals.spo2')}</legend>
              <div className="cg-choice-row">
                <button
                  type="button"
                  aria-pressed={!onOxygen}
                  onClick={() => {
                    setOnOxygen(false);
                  }}
                >
                  {t('records.vitals.onAir')}
                </button>
                <button
                  type="button"
                  aria-pressed={onOxygen}
                  data-testid="on-oxygen"
                  onClick={() => {
                    setOnOxygen(true);
                  }}
                >
                  {t('records.vitals.onOxygen')}
                </button>
              </div>
            </fieldset>
            <fieldset className="cg-fieldset-plain cg-wide">
              <legend>{t('records.vitals.consciousness')}</legend>
              <div className="cg-choice-row">
                {ACVPU.map((c) => (
                  <button
                    key={c}
                    type="button"
                    aria-pressed={consciousness === c}
                    data-value={c}
                    onClick={() => {
                      setConsciousness(c);
                    }}
                  >
                    {t(`records.vitals.acvpu.${c}`)}
                  </button>
                ))}
              </div>
            </fieldset>
          </div>
          <IonButton
            type="submit"
            expand="block"
            size="large"
            disabled={loading}
            data-testid="save-vitals"
          >
            {loading ? t('records.vitals.saving') : t('records.vitals.save')}
          </IonButton>
        </form>
      )}
    </PageLayout>
  );
}
