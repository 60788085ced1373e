// What the pane loads with the Excel adapter, after the first render: turning a result into the view,
// and building the sheets it hands in.
export { toView, toViews } from './toView';
export { conclusionSheet, detailSheet } from './exports';
