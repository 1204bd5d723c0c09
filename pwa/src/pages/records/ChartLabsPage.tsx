import { ChartView } from './ChartView';

/** A lab notification's target: the chart, opened on its Labs section. */
export default function ChartLabsPage() {
  return <ChartView initial="labs" />;
}
