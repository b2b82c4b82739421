import { GeneratedChartResource } from './generated/chart.js';

/** The clinical chart: allergies, problems, medications, vitals, vaccines, histories, lab results. athena needs `departmentid` on every chart call: it picks the chart. */
export class ChartResource extends GeneratedChartResource {}
