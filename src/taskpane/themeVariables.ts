// A Fluent theme as the CSS variables FluentProvider would set (tokens.colorNeutralBackground1 is
// var(--colorNeutralBackground1)): the pane's frame sets them itself, so pane.css styles it in the Office
// theme before Fluent is loaded. Set through the CSSOM (React's style), which the page's CSP allows.
import type { CSSProperties } from 'react';
import type { Theme } from '@fluentui/react-components';

export function themeVariables(theme: Theme): CSSProperties {
  return Object.fromEntries(Object.entries(theme).map(([name, value]) => [`--${name}`, String(value)])) as CSSProperties;
}
