// How the pane was opened. Both ribbon buttons share one task pane (one TaskpaneId, which reuses the
// same task pane container: [MS-OWEMXML] ShowTaskpane); 评分's URL carries `run=score`. The flag is
// consumed once: the address loses it as the pane scores, so reloading the pane shows the last result
// instead of scoring again, while 评分 clicked on an open pane loads its URL (with the flag) anew.

/**
 * The page's history, for consumeRunFlag. office.js sets `window.history.replaceState` (and pushState) to
 * null when it loads, in Excel as in every host but Outlook on Android (@microsoft/office-js 1.1.110,
 * office.debug.js, OfficeAppFactory's initialize; "Office.js-specific web API behavior",
 * https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn):
 * History's own method, which that property only hides, still changes the address.
 */
export function pageHistory(): Pick<History, 'replaceState'> {
  return { replaceState: (...args: Parameters<History['replaceState']>) => History.prototype.replaceState.apply(window.history, args) };
}

export function consumeRunFlag(location: Pick<Location, 'href'>, history: Pick<History, 'replaceState'>): boolean {
  const url = new URL(location.href);
  if (url.searchParams.get('run') !== 'score') return false;
  url.searchParams.delete('run');
  history.replaceState(null, '', url.toString());
  return true;
}
