// How the pane was opened. Both ribbon buttons share one task pane (one TaskpaneId, which reuses the
// same task pane container: [MS-OWEMXML] ShowTaskpane); 评分's URL carries `run=score`. The flag is
// consumed once: the address loses it as the pane scores, so reloading the pane shows the last result
// instead of scoring again, while 评分 clicked on an open pane loads its URL (with the flag) anew.

export function consumeRunFlag(location: Pick<Location, 'href'>, history: Pick<History, 'replaceState'>): boolean {
  const url = new URL(location.href);
  if (url.searchParams.get('run') !== 'score') return false;
  url.searchParams.delete('run');
  history.replaceState(null, '', url.toString());
  return true;
}
