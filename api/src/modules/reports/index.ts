export { ReportsResolver } from './reports.resolver.js';
export { reportsRules } from './reports.rules.js';
