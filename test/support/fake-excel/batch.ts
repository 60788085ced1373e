// A batch on the wire: its commands, what a request weighs (README.md: the shape is not documented), the
// requirement-set versions a command needs, and what a batch cost (BatchStat).

export interface BatchStat {
  requestBytes: number;
  responseBytes: number;
  commands: number;
  /** The code Excel refused the batch with, if it did. */
  error?: string;
  /** Excel held the batch until the person left cell edit mode (delayForCellEdit). */
  waited?: boolean;
}

export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}
export const maxVersion = (a: string, b: string) => (versionAtLeast(a, b) ? a : b);

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export interface Command {
  readonly desc: unknown;
  readonly version: string;
  /** The office.js request action this command serves (its response is that action's result). */
  readonly action?: number;
  /** Runs against the workbook; returns what goes back to the add-in (for the response size) and a commit. */
  run(): { response?: unknown; commit?: () => void } | void;
}

/**
 * What a batch weighs on the wire. office-js sends each object a command reaches as an object path
 * (with an Instantiate action) and each command as an action with its arguments; the shape is not
 * documented (README.md), so each command's own JSON is counted, plus OBJECT_BYTES for every object
 * path it names that the batch has not named yet and ACTION_BYTES for the command's action — sizes
 * of office-js requests as they are seen in a browser's network panel.
 */
export const OBJECT_BYTES = 150;
export const ACTION_BYTES = 60;

export function requestSize(commands: readonly Command[]): number {
  const paths = new Set<string>();
  let bytes = 2;
  for (const c of commands) {
    bytes += utf8Length(JSON.stringify(c.desc)) + 1 + ACTION_BYTES;
    const path = (c.desc as { o?: string }).o ?? '';
    // `ws(S).range(A1).format.fill` names ws(S), ws(S).range(A1), ….format and ….format.fill.
    let depth = 0;
    for (let i = 0; i <= path.length; i++) {
      const ch = path[i];
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if ((ch === '.' && depth === 0) || i === path.length) {
        const prefix = path.slice(0, i);
        if (!paths.has(prefix)) {
          paths.add(prefix);
          bytes += OBJECT_BYTES;
        }
      }
    }
  }
  return bytes;
}
