// The numbering of a list in a rule text: `①…②…`, `1、…2、…`, `(1)…(2)…`, `一、…二、…`, `A、…B、…`. One
// reading for every family: a checklist's criteria are its items, and cases in words are never list items.
import { BEFORE_MARKER, CHINESE_ORDINALS, CIRCLED, LETTER_ORDINALS, MARKER_CLOSE } from './phrases';

export type MarkerKind = 'circled' | 'bracketed' | 'digit' | 'chinese' | 'bracketed-chinese' | 'letter';

export interface Marker {
  /** As the criterion is named in explanations: `①`, `(1)`, `1、`, `一、`, `A、`. */
  readonly shown: string;
  /** 1-based. */
  readonly number: number;
  readonly kind: MarkerKind;
  readonly start: number;
  readonly end: number;
}

const MARKER = new RegExp(
  [
    `([${CIRCLED}])`,
    String.raw`\((\d{1,2})\)`,
    String.raw`\(([${CHINESE_ORDINALS}])\)`,
    `${BEFORE_MARKER}(\\d{1,2})${MARKER_CLOSE}`,
    `${BEFORE_MARKER}([${CHINESE_ORDINALS}])、`,
    `${BEFORE_MARKER}([${LETTER_ORDINALS}])${MARKER_CLOSE}`,
  ].join('|'),
  'g',
);

function markerOf(m: RegExpMatchArray): Marker {
  const start = m.index!;
  const end = start + m[0].length;
  if (m[1]) return { shown: m[1], number: CIRCLED.indexOf(m[1]) + 1, kind: 'circled', start, end };
  if (m[2]) return { shown: `(${m[2]})`, number: Number(m[2]), kind: 'bracketed', start, end };
  if (m[3]) return { shown: `(${m[3]})`, number: CHINESE_ORDINALS.indexOf(m[3]) + 1, kind: 'bracketed-chinese', start, end };
  if (m[4]) return { shown: `${m[4]}、`, number: Number(m[4]), kind: 'digit', start, end };
  if (m[5]) return { shown: `${m[5]}、`, number: CHINESE_ORDINALS.indexOf(m[5]) + 1, kind: 'chinese', start, end };
  return { shown: `${m[6]}、`, number: LETTER_ORDINALS.indexOf(m[6]) + 1, kind: 'letter', start, end };
}

/**
 * The markers that number a list 1, 2, 3 … in order, all of the kind the list starts with (a list inside
 * an item, `1、…(1)…(2)…2、…`, belongs to that item); fewer than two is not a list.
 */
export function numbering(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const marker = markerOf(m);
    if (marker.number !== out.length + 1 || (out.length > 0 && marker.kind !== out[0].kind)) continue;
    out.push(marker);
  }
  return out.length >= 2 ? out : [];
}

const LEADING = new RegExp(`^\\s*(?:${MARKER.source})\\s*`);

/** The text without the list marker it opens with (`1、设置年度绩效目标` → `设置年度绩效目标`). */
export const withoutMarker = (text: string): string => text.replace(LEADING, '');
