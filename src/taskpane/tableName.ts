// How the pane names a table of a sheet that holds several (a page holding two projects).
import type { Strings } from './strings';
import type { ResultView } from './view';

/** A table's heading where the sheet holds several: its name as it gives it, else its place on the sheet. */
export function tableName(s: Strings, view: ResultView, i: number): string {
  return view.table?.title ?? s.tableNumber(i + 1);
}
