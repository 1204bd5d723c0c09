import { ChartView } from './ChartView';

export default function ChartPage() {
  return <ChartView />;
}
