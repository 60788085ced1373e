// The page's styles (Fluent's tokens: light and dark alike; no inline style, which the CSP forbids).
import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

export const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

export const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: '16px 24px 32px',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  header: { display: 'flex', alignItems: 'center', gap: '16px', flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, margin: 0, flexGrow: 1 },
  intro: { color: tokens.colorNeutralForeground2, margin: '8px 0 4px', maxWidth: '70em' },
  offline: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '0 0 12px' },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: '16px',
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    flexWrap: 'wrap',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  dropText: { fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  hidden: { display: 'none' },
  options: { display: 'flex', gap: '16px', flexWrap: 'wrap', margin: '8px 0' },
  progress: { display: 'flex', alignItems: 'center', gap: '12px', margin: '12px 0' },
  bar: { flexGrow: 1 },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(300px, 420px) minmax(0, 1fr)', gap: '16px', alignItems: 'start', '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  card: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, padding: '12px 16px', boxShadow: tokens.shadow4 },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '0 0 8px' },
  table: { width: '100%', borderCollapse: 'collapse' },
  th: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, padding: '4px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  td: { padding: '4px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, overflowWrap: 'anywhere' },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  row: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  fileButton: { border: 'none', padding: 0, background: 'none', color: 'inherit', font: 'inherit', textAlign: 'start', cursor: 'pointer', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  failed: { color: tokens.colorPaletteRedForeground1 },
  downloads: { display: 'flex', gap: '8px', flexWrap: 'wrap', margin: '0 0 12px' },
  messages: { margin: '0 0 12px', paddingInlineStart: '20px', color: tokens.colorNeutralForeground2 },
  sheet: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '8px', marginTop: '8px' },
});

export type PageStyles = ReturnType<typeof useStyles>;
