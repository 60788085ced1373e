// The --json document is written a piece at a time; its text must be exactly JSON.stringify's.
import { indentedJson, JsonDocumentWriter, type JsonFile } from '../../src/cli/json';

const asOneString = (value: object, indent: string) => `${JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)}`;

test.each([
  ['an empty object', {}],
  ['empty arrays and nulls', { rows: [], issues: [], total: null, sheet: '指标体系' }],
  ['fields left undefined are left out, as JSON.stringify does', { a: undefined, b: 1, c: [undefined, 2] }],
  ['nested objects and arrays in the items', { rows: [{ cell: 'H5', parts: [1, { x: '扣1分' }], empty: {} }, { cell: 'H6', parts: [] }] }],
  ['text that needs escaping', { file: 'a"b\\c\n.xlsx', rows: ['\u202e', 'tab\there'] }],
])('%s: the same text as JSON.stringify', (_name, value) => {
  for (const indent of ['', '    ']) expect([...indentedJson(value, indent)].join('')).toBe(asOneString(value, indent));
});

test('a document of two files parses back to what was given, and a large sheet is written in pieces', async () => {
  const file = (name: string, rows: number): JsonFile => ({
    file: name,
    sheet: '指标体系',
    output: null,
    total: 99.25,
    maxTotal: 100,
    gradedOn: null,
    grade: '优',
    complete: true,
    rowsComputed: rows,
    rowsKept: 0,
    rows: Array.from({ length: rows }, (_, i) => ({ cell: `H${i + 5}`, indicator: `指标${i}`, explanation: '按完成比例计算得分：96%，得4.8分' })) as unknown as JsonFile['rows'],
    issues: [],
    conclusion: '一、评价结论\n根据评分标准，…',
  });
  const writes: string[] = [];
  const writer = new JsonDocumentWriter({ write: (t: string) => writes.push(t) });
  const files = [file('a.xlsx', 3), file('b.xlsx', 20_000)];
  for (const f of files) await writer.file(f);
  writer.end('/tmp/汇总.xlsx');
  const text = writes.join('');
  expect(JSON.parse(text)).toEqual({ files, summary: '/tmp/汇总.xlsx' });
  expect(text).toBe(`${JSON.stringify({ files, summary: '/tmp/汇总.xlsx' }, null, 2)}\n`);
  expect(writes.length).toBeGreaterThan(10);
  expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(70_000);
});

test('a reader slower than the scorer: each piece waits for the stream to drain', async () => {
  // A pipe's stream says false once its buffer passes the mark; nothing more is written until 'drain'.
  let buffered = 0;
  let most = 0;
  let drain: (() => void) | null = null;
  const out = {
    write(text: string) {
      buffered += text.length;
      most = Math.max(most, buffered);
      return buffered < 100_000;
    },
    once(_event: 'drain', listener: () => void) {
      drain = listener;
    },
  };
  const reader = setInterval(() => {
    buffered = 0;
    const d = drain;
    drain = null;
    d?.();
  }, 1);
  try {
    const writer = new JsonDocumentWriter(out);
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ cell: `H${i + 5}`, explanation: '按完成比例计算得分：96%，得4.8分' }));
    await writer.file({ file: 'a.xlsx', sheet: null, output: null, total: null, maxTotal: null, gradedOn: null, grade: null, complete: false, rowsComputed: null, rowsKept: null, rows: rows as unknown as JsonFile['rows'], issues: [], conclusion: null });
  } finally {
    clearInterval(reader);
  }
  expect(most).toBeLessThan(100_000 + 70_000);
});
