import { ChartView } from '../../features/records/ChartView';

export default function ChartPage() {
  return <ChartView />;
}
