// A row's result in the words of a report: names without their points, scores with two decimals, and
// the cause of a deduction without the arithmetic — the explanation's clauses that say what happened
// (`因公出国（境）经费决算8.68万元超预算6万元`), else the 基础数据 figures the rule read, in words
// (`中期评估调整取消资金73.69万元`).
import type Decimal from 'decimal.js';
import type { Figure, Lang, RowResult, ScoredRow } from '../types';

/** Scores as the pane and the sheet show them: two decimals (4.75, 5.00, 0.50). */
export const two = (d: Decimal): string => d.toFixed(2);

/** `(10分) 预算管理` / `预算管理（10分）` → `预算管理`: the name a report uses. */
export function plainName(name: string): string {
  return name
    .replace(/[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '') // `投 入` as spaced out on the page
    .trim();
}

/** The explanation without its leading `扣0.25分：` / `−0.25: ` (the report states the deduction itself). */
function body(explanation: string): string {
  return explanation
    .replace(/^\s*扣\s*[\d.]+\s*分\s*[：:]\s*/, '')
    .replace(/^\s*[-−]\s*[\d.]+\s*[：:]\s*/, '')
    .replace(/[。.;；\s]+$/, '')
    .trim();
}

/** A clause that is arithmetic (`(3184.21-73.69-83.46)/3184.21×5=4.75`), not a statement. */
const CALCULATION = /=|\d\s*[/÷]\s*[\d(]|\)\s*[/÷×]/;
/** A clause that only restates the rule or the outcome (`每5个百分点扣1分`, `共扣1分`, `计1档`, `计4分`). */
const RESTATES = /^(?:共扣[\d.]+分|扣[\d.]+分|计[\d.]+[档分]|每.*扣[\d.]+分|不扣分|[\d.]+ in all|\d+ step\(s\)|[\d.]+ points|[\d.]+ off per .*)$/;
/** A checklist's criteria: the ones met say nothing about the loss (`①是（1分）`); one missed is named. */
const CRITERION_MET = /^\S{1,4}\s*(?:是（[\d.]+分）|yes \([\d.]+\))$/;
const CRITERION_MISSED = /^(\S{1,4}?)\s*(?:否（0分）|no \(0\))$/;
/** `发现2个×0.5分` → `发现2个`: the count stays, the rate goes. */
const TIMES_RATE = /\s*×\s*[\d.]+%?\s*(?:分|points?)?/g;

function statements(text: string, lang: Lang): { said: string[]; dropped: boolean } {
  const said: string[] = [];
  let dropped = false;
  for (const clause of text.split(/[，；;：]|[,:]\s/)) {
    const c = clause.trim();
    if (c === '') continue;
    if (CALCULATION.test(c) || RESTATES.test(c) || CRITERION_MET.test(c)) {
      dropped = true;
      continue;
    }
    const missed = CRITERION_MISSED.exec(c);
    if (missed) {
      said.push(lang === 'en' ? `criterion ${missed[1]} not met` : `第${missed[1]}项未达到`);
      continue;
    }
    const plain = c.replace(TIMES_RATE, '').trim();
    if (plain !== c) dropped = true;
    if (plain !== '') said.push(plain);
  }
  return { said, dropped };
}

function figuresInWords(figures: readonly Figure[], lang: Lang): string {
  const one = (f: Figure) => (lang === 'en' ? `${f.label} ${f.value}${f.unit ? ` ${f.unit}` : ''}` : `${f.label}${f.value}${f.unit ?? ''}`);
  return figures.filter((f) => f.value !== '').map(one).join(lang === 'en' ? ', ' : '、');
}

/** Why a row lost points, in words; '' when nothing more than the deduction can be said. */
export function causeOf(row: ScoredRow, lang: Lang): string {
  if (row.kept) return lang === 'en' ? `typed score ${two(row.score)} kept, not checked` : `保留填写得分${two(row.score)}分，未核算`;
  const { said, dropped } = statements(body(row.explanation), lang);
  const sep = lang === 'en' ? ', ' : '，';
  const figures = dropped ? figuresInWords(row.figures, lang) : '';
  if (said.length === 0) return figures;
  return figures === '' ? said.join(sep) : lang === 'en' ? `${said.join(sep)} (${figures})` : `${said.join(sep)}（${figures}）`;
}

export const isDeducted = (r: RowResult): r is ScoredRow => r.status === 'deducted';
