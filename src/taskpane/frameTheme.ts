// The theme the pane's frame is drawn in: the Fluent tokens pane.css reads (var(--colorNeutralBackground1)
// is tokens.colorNeutralBackground1), with web light's and web dark's values, set on the frame as
// FluentProvider sets them on its own subtree. Fluent's two themes, which its package builds whole when it
// loads, were 28 KB of the entry's 267 for these 32 values; they now come with the parts loaded later
// (Fluent.tsx). test/taskpane/frameTheme.test.ts holds each value equal to Fluent's and each variable
// pane.css reads to one named here.
import type { CSSProperties } from 'react';

/** The type ramp, corners and strokes: the same in both themes. */
const SHAPES = {
  borderRadiusMedium: '4px',
  fontFamilyBase: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
  fontSizeBase200: '12px',
  fontSizeBase300: '14px',
  fontSizeBase400: '16px',
  fontSizeBase500: '20px',
  fontWeightSemibold: '600',
  lineHeightBase300: '20px',
  lineHeightBase400: '22px',
  lineHeightBase500: '28px',
  strokeWidthThick: '2px',
  strokeWidthThin: '1px',
};

const LIGHT = {
  colorBrandBackground: '#0f6cbd',
  colorBrandBackgroundHover: '#115ea3',
  colorBrandBackgroundPressed: '#0c3b5e',
  colorBrandStroke1: '#0f6cbd',
  colorNeutralBackground1: '#ffffff',
  colorNeutralBackground1Hover: '#f5f5f5',
  colorNeutralBackground1Pressed: '#e0e0e0',
  colorNeutralBackgroundDisabled: '#f0f0f0',
  colorNeutralForeground1: '#242424',
  colorNeutralForeground2: '#424242',
  colorNeutralForeground3: '#616161',
  colorNeutralForegroundDisabled: '#bdbdbd',
  colorNeutralForegroundOnBrand: '#ffffff',
  colorNeutralStroke1: '#d1d1d1',
  colorNeutralStroke1Hover: '#c7c7c7',
  colorNeutralStroke1Pressed: '#b3b3b3',
  colorNeutralStrokeDisabled: '#e0e0e0',
  colorStatusDangerBackground1: '#fdf3f4',
  colorStatusDangerBorder1: '#eeacb2',
  colorStrokeFocus2: '#000000',
};

const DARK: Record<keyof typeof LIGHT, string> = {
  colorBrandBackground: '#115ea3',
  colorBrandBackgroundHover: '#0f6cbd',
  colorBrandBackgroundPressed: '#0c3b5e',
  colorBrandStroke1: '#479ef5',
  colorNeutralBackground1: '#292929',
  colorNeutralBackground1Hover: '#3d3d3d',
  colorNeutralBackground1Pressed: '#1f1f1f',
  colorNeutralBackgroundDisabled: '#141414',
  colorNeutralForeground1: '#ffffff',
  colorNeutralForeground2: '#d6d6d6',
  colorNeutralForeground3: '#adadad',
  colorNeutralForegroundDisabled: '#5c5c5c',
  colorNeutralForegroundOnBrand: '#ffffff',
  colorNeutralStroke1: '#666666',
  colorNeutralStroke1Hover: '#757575',
  colorNeutralStroke1Pressed: '#6b6b6b',
  colorNeutralStrokeDisabled: '#424242',
  colorStatusDangerBackground1: '#3b0509',
  colorStatusDangerBorder1: '#c50f1f',
  colorStrokeFocus2: '#ffffff',
};

/** The frame's tokens in a light or a dark Office theme, by Fluent's name. */
export function frameTokens(dark: boolean): Readonly<Record<string, string>> {
  return { ...SHAPES, ...(dark ? DARK : LIGHT) };
}

/** The same as the CSS variables the frame sets (React's style, through the CSSOM: the page's CSP allows it). */
export function frameVariables(dark: boolean): CSSProperties {
  return Object.fromEntries(Object.entries(frameTokens(dark)).map(([name, value]) => [`--${name}`, value])) as CSSProperties;
}
