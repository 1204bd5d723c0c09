import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface BarSeries {
  label: string;
  data: number[];
}

/** Colours told apart in grey too (blue, orange, green, purple, red): contrast ≥ 3:1 on white. */
const COLOURS = ['#1d5fa7', '#c2410c', '#15803d', '#7c3aed', '#b91c1c'];

/**
 * Chart.js, fetched only when the first chart of the dashboard mounts (a chunk of its own), so
 * no other screen pays for it.
 */
let chartModule: Promise<typeof import('./chart-setup')> | undefined;
function loadChartJs() {
  chartModule ??= import('./chart-setup');
  return chartModule;
}

/**
 * A bar chart drawn on a canvas; for screen readers the canvas is an image named by `summary`,
 * and the section's table beside it carries every number.
 */
export function BarChart({
  labels,
  series,
  summary,
  stacked = false,
  horizontal = false,
  testId,
}: {
  labels: string[];
  series: BarSeries[];
  summary: string;
  stacked?: boolean;
  horizontal?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const empty = series.every((s) => s.data.every((v) => v === 0));
  const key = JSON.stringify({ labels, series, stacked, horizontal });
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    if (empty) return undefined;
    void loadChartJs().then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: {
          labels,
          datasets: series.map((s, i) => ({
            label: s.label,
            data: s.data,
            backgroundColor: COLOURS[i % COLOURS.length],
            borderRadius: 3,
          })),
        },
        options: {
          indexAxis: horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: series.length > 1, position: 'bottom' } },
          scales: {
            x: { stacked, ticks: { precision: 0 } },
            y: { stacked, beginAtZero: true, ticks: { precision: 0 } },
          },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
    // The chart is redrawn when its content changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // Nothing to draw: an empty grid says less than these words.
  if (empty) {
    return (
      <p className="cg-muted cg-report-empty" data-testid={testId}>
        {t('reports.none')}
      </p>
    );
  }
  return (
    <div className="cg-report-chart">
      <canvas ref={canvas} role="img" aria-label={summary} data-testid={testId} />
    </div>
  );
}
