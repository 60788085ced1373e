// Styles shared by the result's parts (no inline styles: the page's Content-Security-Policy forbids them).
import { makeStyles, tokens } from '@fluentui/react-components';

export const useResultStyles = makeStyles({
  section: { marginTop: '16px' },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '0 0 8px' },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '0 0 4px' },
  muted: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  lost: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});
