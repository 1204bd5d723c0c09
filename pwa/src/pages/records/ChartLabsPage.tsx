import { ChartView } from '../../features/records/ChartView';

/** A lab notification's target: the chart, opened on its Labs section. */
export default function ChartLabsPage() {
  return <ChartView initial="labs" />;
}
