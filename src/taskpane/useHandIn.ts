// Handing the result in to the reviewer: the 扣分明细 and 评价结论 sheets written into the workbook, and
// the 评价结论 saved as a Word document. Each runs as the pane's task, so the buttons wait meanwhile.
import * as React from 'react';
import type { PaneActions } from './actions';
import { loadScoring } from './scoringChunk';
import type { Strings } from './strings';
import type { PaneTask } from './usePaneTask';
import type { ResultView } from './view';

/** The Word document's builder and the docx package: a chunk loaded when the button is pressed. */
const wordReport = () => import(/* webpackChunkName: "docx" */ './wordReport');

export interface HandInSetup {
  readonly strings: Strings;
  readonly actions: PaneActions;
  /** The pane's task (useScoring's): one thing at a time against Excel. */
  readonly task: PaneTask;
  /** The document's address, whose name the Word document takes. */
  readonly documentKey: string;
}

export interface HandIn {
  /** Writes the view's 扣分明细 or 评价结论 into a new sheet. */
  exportSheet(view: ResultView, what: 'details' | 'conclusion'): Promise<void>;
  /** Saves the view's 评价结论 as `<workbook>.自评报告.docx`. */
  saveDocx(view: ResultView): Promise<void>;
}

export function useHandIn({ strings: s, actions, task, documentKey }: HandInSetup): HandIn {
  const exportSheet = React.useCallback(
    (view: ResultView, what: 'details' | 'conclusion') =>
      task.run('write', s.writing, async () => {
        const { detailSheet, conclusionSheet } = await loadScoring();
        const { name, leftOut } = await actions.addSheet(what === 'details' ? detailSheet(view, s) : conclusionSheet(view, s));
        const without = { links: s.writtenWithoutLinks, print: s.writtenWithoutPrint };
        return [s.written(name), ...leftOut.map((l) => without[l])].join(s.sentenceGap);
      }),
    [actions, s, task],
  );

  const saveDocx = React.useCallback(
    (view: ResultView) =>
      task.run('write', s.savingDocx, async () => {
        if (!view.report) return '';
        const { reportFileName, saveReportDocx } = await wordReport();
        const file = reportFileName(documentKey, view.sheet);
        const bytes = await saveReportDocx(view.report, view.sheet, file, new Date());
        return s.savedDocx(file, (bytes.length / 1024).toFixed(1));
      }),
    [documentKey, s, task],
  );

  return { exportSheet, saveDocx };
}
