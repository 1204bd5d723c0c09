import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { RecordsVitalsFragment } from '../../gql/graphql';
import { num } from './labels';
import { News2Badge } from './News2Badge';

interface Cell {
  key: string;
  label: string;
  value: string;
  abnormal: boolean;
}

/** One set of vitals as a grid of values, abnormal ones outlined and marked in words. */
export function VitalsSummary({
  vitals,
  showScore = true,
}: {
  vitals: RecordsVitalsFragment;
  /** False where the score is already shown larger. */
  showScore?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ab = new Set(vitals.abnormal);
  const unit = (k: string) => t(`records.vitals.units.${k}` as 'records.vitals.units.spo2');
  const cells: Cell[] = [];
  const add = (key: string, value: number | null | undefined, digits = 0, u = unit(key)) => {
    if (value === null || value === undefined) return;
    cells.push({
      key,
      label: t(`records.vitals.${key}` as 'records.vitals.spo2'),
      value: `${num(value, lang, digits)} ${u}`,
      abnormal: ab.has(key),
    });
  };
  add('temperatureC', vitals.temperatureC, 1);
  add('heartRate', vitals.heartRate);
  if (vitals.systolicBp !== null) {
    cells.push({
      key: 'bloodPressure',
      label: t('records.vitals.bloodPressure'),
      value: `${String(vitals.systolicBp)}/${String(vitals.diastolicBp ?? '–')} ${unit('bloodPressure')}`,
      abnormal: ab.has('systolicBp') || ab.has('diastolicBp'),
    });
  }
  add('respiratoryRate', vitals.respiratoryRate);
  if (vitals.spo2 !== null) {
    cells.push({
      key: 'spo2',
      label: t('records.vitals.spo2'),
      value: `${String(vitals.spo2)} % ${vitals.onOxygen ? `(${t('records.vitals.onOxygen')})` : ''}`,
      abnormal: ab.has('spo2'),
    });
  }
  if (vitals.consciousness) {
    cells.push({
      key: 'consciousness',
      label: t('records.vitals.consciousness'),
      value: t(`records.vitals.acvpu.${vitals.consciousness}`),
      abnormal: vitals.consciousness !== 'ALERT',
    });
  }
  add('painScore', vitals.painScore, 0, '/10');
  add('glucoseMmolL', vitals.glucoseMmolL, 1);
  add('weightKg', vitals.weightKg, 1);

  return (
    <div data-testid="vitals-summary">
      <p className="cg-rec-row">
        {showScore && <News2Badge score={vitals.news2Score} risk={vitals.news2Risk} />}
        <span className="cg-rec-sub">
          {t('records.vitals.takenAt')} {formatDateTime(vitals.takenAt, lang)}{' '}
          {t('records.vitals.by', { name: vitals.recordedByName })}
        </span>
      </p>
      <dl className="cg-vitals-grid">
        {cells.map((c) => (
          <div key={c.key} className={c.abnormal ? 'cg-abnormal' : undefined}>
            <dt>{c.label}</dt>
            <dd>
              {c.value}
              {c.abnormal && (
                <span className="cg-abnormal-mark">{t('records.vitals.abnormal')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
