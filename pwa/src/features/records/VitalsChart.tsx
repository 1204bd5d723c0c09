import { useTranslation } from 'react-i18next';
import type { RecordsVitalsFragment } from '../../gql/graphql';
import { num } from './labels';

type Key = 'news2Score' | 'heartRate' | 'systolicBp' | 'temperatureC' | 'respiratoryRate' | 'spo2';

/** Usual adult range drawn as a band behind each line (NEWS2's zero-point zone). */
const SERIES: { key: Key; label: string; unit: string; band: [number, number]; digits: number }[] =
  [
    { key: 'news2Score', label: 'records.news2.label', unit: '', band: [0, 4], digits: 0 },
    {
      key: 'heartRate',
      label: 'records.vitals.heartRate',
      unit: '/min',
      band: [51, 90],
      digits: 0,
    },
    {
      key: 'systolicBp',
      label: 'records.vitals.systolicBp',
      unit: 'mmHg',
      band: [111, 219],
      digits: 0,
    },
    {
      key: 'temperatureC',
      label: 'records.vitals.temperatureC',
      unit: '°C',
      band: [36.1, 38],
      digits: 1,
    },
    {
      key: 'respiratoryRate',
      label: 'records.vitals.respiratoryRate',
      unit: '/min',
      band: [12, 20],
      digits: 0,
    },
    { key: 'spo2', label: 'records.vitals.spo2', unit: '%', band: [96, 100], digits: 0 },
  ];

const W = 300;
const H = 64;
const PAD = 6;

function Spark({
  points,
  band,
  title,
}: {
  points: number[];
  band: [number, number];
  title: string;
}) {
  const lo = Math.min(...points, band[0]);
  const hi = Math.max(...points, band[1]);
  const span = hi - lo || 1;
  const x = (i: number) =>
    PAD + (points.length === 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => H - PAD - ((v - lo) / span) * (H - 2 * PAD);
  const path = points.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const outside = (v: number) => v < band[0] || v > band[1];
  return (
    <svg
      viewBox={`0 0 ${String(W)} ${String(H)}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={title}
    >
      <rect
        x={0}
        width={W}
        y={y(band[1])}
        height={Math.max(1, y(band[0]) - y(band[1]))}
        fill="#dcefe1"
      />
      <polyline
        points={path}
        fill="none"
        stroke="#0b5394"
        strokeWidth={2.5}
        vectorEffect="non-scaling-stroke"
      />
      {points.map((v, i) => (
        <circle
          key={String(i)}
          cx={x(i)}
          cy={y(v)}
          r={outside(v) ? 4.5 : 3}
          fill={outside(v) ? '#b3261e' : '#0b5394'}
        />
      ))}
    </svg>
  );
}

/**
 * The trend of the main vitals, oldest to newest, as small multiples: one line per sign with
 * the usual range shaded and out-of-range points in red. Each chart has a text alternative.
 */
export function VitalsChart({ trend }: { trend: readonly RecordsVitalsFragment[] }) {
  const { t, i18n } = useTranslation();
  const ordered = [...trend]
    .filter((v) => !v.enteredInError)
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  return (
    <div className="cg-spark-grid" data-testid="vitals-chart">
      {SERIES.map((s) => {
        const values = ordered
          .map((v) => v[s.key])
          .filter((v): v is number => typeof v === 'number');
        if (values.length === 0) return null;
        const last = values[values.length - 1] ?? 0;
        const name = t(s.label as 'records.vitals.spo2');
        const latest = `${num(last, i18n.language, s.digits)}${s.unit ? ` ${s.unit}` : ''}`;
        return (
          <section key={s.key} className="cg-spark">
            <h3>
              <span>{name}</span>
              <span>{latest}</span>
            </h3>
            <Spark
              points={values}
              band={s.band}
              title={t('records.vitals.trendLabel', { name, count: values.length, value: latest })}
            />
          </section>
        );
      })}
    </div>
  );
}
