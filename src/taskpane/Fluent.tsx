// Fluent UI's provider for the parts of the pane loaded after its first render (the result, the other
// sheets, the formula dialog): its components take their theme and language from it. The pane's frame
// is drawn without it (App, pane.css), so that the first render waits for no UI library.
import type { ReactNode } from 'react';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core/types';

export default function Fluent({ dark, lang, children }: { readonly dark: boolean; readonly lang: Lang; readonly children: ReactNode }) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en-US'}>
      {children}
    </FluentProvider>
  );
}
