// What the pane loads with the Excel adapter, after the first render (scoring.ts): one loader for the
// hooks that need it, so the pane names the chunk once.
export const loadScoring = () => import(/* webpackChunkName: "excel" */ './scoring');
