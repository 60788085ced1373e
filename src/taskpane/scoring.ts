// What the pane loads with the Excel adapter, after the first render: turning a result into the view,
// and building the sheets it hands in.
export { toView } from './toView';
export { conclusionSheet, detailSheet } from './exports';
