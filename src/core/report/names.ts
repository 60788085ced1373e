// Names as a report writes them: without their points (`(10分) 预算管理` → `预算管理`), without the
// template's numbering (`指标1工程资金金额` → `工程资金金额`, `任务1:门诊住院人次` → `门诊住院人次`), a
// key task by the task it names (`重点任务一 (市民云服务平台专项工作)` → `市民云服务平台专项工作`), and
// spaced-out characters closed up (`投 入` → `投入`).

/** `(10分)` / `（10分）` wherever it stands. */
const POINTS = /[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]/g;
/** The template's numbering before a name: `指标1`, `指标1：`, `任务2:`, `1、`, and a core indicator's `★`. */
const NUMBERING = /^(?:[★☆*]\s*|(?:指标|任务)\s*\d+\s*[:：]?|\d+\s*[、.．]\s*(?=\D))\s*/;
/** A key task's label with the task's own name after it: `重点任务一 (…)`, `重点工作2（…）`, `重点任务1：…`, `重点工作一 …`. */
const TASK = /^重点(?:任务|工作)\s*[一二三四五六七八九十\d]+\s*(?:[(（]\s*(.+?)\s*[)）]|[:：、.．]\s*(.+)|\s(.+))$/;

/** `(10分) 预算管理` / `预算管理（10分）` / `投 入` → `预算管理`, `投入`: a level's name as a report uses it. */
export function plainName(name: string): string {
  return name
    .replace(POINTS, '')
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '') // `投 入` as spaced out on the page
    .trim();
}

/** A name as the report writes it: plain, without the template's numbering, a key task by its own name. */
export function reportName(name: string): string {
  const plain = plainName(name);
  const task = TASK.exec(name.replace(POINTS, '').replace(/\s+/g, ' ').trim());
  if (task) return (task[1] ?? task[2] ?? task[3]).trim();
  const bare = plain.replace(NUMBERING, '');
  return bare === '' ? plain : bare;
}

/**
 * Names told apart: where two groups would read the same, each is written as the table writes it, with
 * its number (`重点任务一 (专项工作)`, `重点任务二 (专项工作)`); where even that is the same, with its
 * place in the list (`重点任务一（1）`) — a reader must not take two tasks for one.
 */
export function distinctNames(names: readonly string[], nth: (name: string, n: number) => string, written: readonly string[] = names): string[] {
  const counted = (list: readonly string[]) => {
    const times = new Map<string, number>();
    for (const n of list) times.set(n, (times.get(n) ?? 0) + 1);
    return (n: string) => times.get(n) === 1;
  };
  const once = counted(names);
  const first = names.map((n, i) => (n === '' || once(n) ? n : plainName(written[i])));
  const onceNow = counted(first);
  if (first.every((n) => n === '' || onceNow(n))) return first;
  names = first;
  const count = new Map<string, number>();
  for (const n of names) if (n !== '') count.set(n, (count.get(n) ?? 0) + 1);
  const seen = new Map<string, number>();
  return names.map((n) => {
    if ((count.get(n) ?? 0) < 2) return n;
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return nth(n, k);
  });
}
