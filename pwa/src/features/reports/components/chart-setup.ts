import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

/**
 * The pieces of Chart.js a bar chart needs, and only those: named imports let the bundler drop
 * the rest. Loaded by `BarChart` with a dynamic import, so it is a chunk of the dashboard alone.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
