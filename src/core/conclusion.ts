// The 评价结论及措施 as text: what the pane copies and the sheet and the --json document carry. Built
// in ./report/build; '' for a sheet with no indicator read.
import { buildReport, reportText } from './report/build';
import type { ScoreResult } from './types';

export { buildReport, reportText, WORDS, type Report, type ReportSection } from './report/build';

export function conclusion(result: ScoreResult): string {
  const report = buildReport(result);
  return report ? reportText(report) : '';
}
