// The pane's strings in one language: Chinese at hand, as most panes are Chinese; English a chunk of its
// own, fetched when it is shown. Apart from index.ts, which zh.ts takes its Strings type from.
import type { Lang } from '../../core/types';
import type { Strings } from './index';
import { zh } from './zh';

export async function loadStrings(lang: Lang): Promise<Strings> {
  return lang === 'en' ? (await import(/* webpackChunkName: "strings-en" */ './en')).en : zh;
}
