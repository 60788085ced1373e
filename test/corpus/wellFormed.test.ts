// Every part we write is well formed, namespaces included (issue 20), over the real corpus: each
// published table written as an .xlsx (and the Chengdu sample) is scored and restored by the command
// line, and every XML part of both files is read by a namespace-aware parser. The fidelity corpus
// (test/xlsx/fidelity.test.ts) and the hostile corpus (test/hard/hostile.test.ts) are held to the same.
import { promises as fs } from 'fs';
import path from 'path';
import { json, runInProcess } from '../hard/support/cli';
import { TABLES, writeTable } from '../fixtures/real';
import { malformedParts } from '../support/wellFormed';
import { SAMPLE, tempDir } from '../fixtures/xlsx';

jest.setTimeout(120_000);

test('every table of the real corpus and the sample: scored and restored files are well formed, part by part', async () => {
  const dir = await tempDir('jixiao-corpus-xml-');
  const inputs = [SAMPLE];
  for (const table of TABLES) inputs.push(await writeTable(table, dir));
  const checked: string[] = [];
  for (const input of inputs) {
    const r = await runInProcess([input, '--out', path.join(dir, 'scored'), '--json']);
    const output = json(r).files[0].output;
    // A table refused (no header) writes nothing: nothing to check.
    if (!output) continue;
    expect({ input: path.basename(input), parts: malformedParts(await fs.readFile(output)) }).toEqual({ input: path.basename(input), parts: [] });
    const back = await runInProcess(['restore', output]);
    expect(back.code).toBe(0);
    const restored = output.replace(/\.scored\.xlsx$/, '.restored.xlsx');
    expect({ input: path.basename(input), parts: malformedParts(await fs.readFile(restored)) }).toEqual({ input: path.basename(input), parts: [] });
    checked.push(path.basename(input));
  }
  expect(checked.length).toBeGreaterThanOrEqual(TABLES.length);
});
