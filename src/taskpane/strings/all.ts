// Both languages at once, for the tests and the tools: the pane itself loads one (loadStrings).
import type { Lang } from '../../core/types';
import type { Strings } from './index';
import { en } from './en';
import { zh } from './zh';

export const STRINGS: Readonly<Record<Lang, Strings>> = { zh, en };
