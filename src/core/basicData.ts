// The 基础数据 sheet: label | value (| unit | note) pairs that rules name by label.
import { toA1 } from './address';
import { readCell, type CellReading } from './numbers';
import { Grid } from './sheet/grid';
import { labelKey, normalizeText } from './text';
import type { SheetGrid } from './types';

export interface BasicEntry {
  /** The label as written, for explanations (`因公出国（境）经费决算数`). */
  readonly label: string;
  readonly key: string;
  readonly reading: CellReading;
  /** The unit column's text (万元), when there is one. */
  readonly unit: string | null;
  /** A1 address of the value cell on the basic-data sheet. */
  readonly cell: string;
}

const HEADER_LABELS = new Set(['项目', '指标', '名称', '数据项', '项目名称']);

export class BasicData {
  readonly sheet: string | null;
  private readonly byKey = new Map<string, BasicEntry>();
  readonly entries: readonly BasicEntry[];

  constructor(sheet: SheetGrid | undefined) {
    this.sheet = sheet?.name ?? null;
    const entries: BasicEntry[] = [];
    if (sheet) {
      const grid = new Grid(sheet);
      const labelCol = grid.left;
      for (let row = grid.top; row < grid.bottom; row++) {
        const label = normalizeText(grid.text(row, labelCol)).trim();
        if (label === '' || HEADER_LABELS.has(labelKey(label))) continue;
        const reading = readCell(grid.value(row, labelCol + 1), grid.numberFormat(row, labelCol + 1));
        const unitText = grid.text(row, labelCol + 2);
        const entry: BasicEntry = {
          label: grid.text(row, labelCol),
          key: labelKey(label),
          reading,
          unit: unitText === '' || readCell(unitText).kind === 'number' ? null : unitText,
          cell: toA1(row, labelCol + 1),
        };
        entries.push(entry);
        if (!this.byKey.has(entry.key)) this.byKey.set(entry.key, entry);
      }
    }
    this.entries = entries;
  }

  /** The entry a rule names, matched after normalising width, spaces, brackets and quotes. */
  find(name: string): BasicEntry | undefined {
    const key = labelKey(name);
    return this.byKey.get(key) ?? this.byKey.get(key.replace(/数$/, '')) ?? this.byKey.get(`${key}数`);
  }

  /** Every label's key, longest first: formulas match the longest label at each position. */
  keysLongestFirst(): string[] {
    return [...this.byKey.keys()].sort((a, b) => b.length - a.length);
  }

  /** Entries whose label contains all the given parts (after normalising). */
  findContaining(...parts: string[]): BasicEntry[] {
    const keys = parts.map(labelKey);
    return this.entries.filter((e) => keys.every((k) => e.key.includes(k)));
  }

  /**
   * The same data for one row, noting in `used` each entry the row's rule looks up, in order: the
   * report states those figures in words where the explanation shows only arithmetic.
   */
  recording(used: BasicEntry[]): BasicData {
    const note = (e: BasicEntry | undefined) => {
      if (e && !used.includes(e)) used.push(e);
      return e;
    };
    const view = Object.create(this) as BasicData;
    view.find = (name) => note(this.find(name));
    view.findContaining = (...parts) => this.findContaining(...parts).map((e) => note(e)!);
    return view;
  }
}
