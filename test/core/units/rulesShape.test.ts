// The shape of src/core/rules (issue 25): every word a rule is written in lives in phrases.ts, so a new
// phrasing is one edit there; and no family imports another — families share only the vocabulary and the
// readings made for several of them (condition, targetFigure, cases, deductions …), and PRECEDENCE alone
// decides between them. Read from the sources themselves, so a new file or family is held to it too.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';

const RULES = join(__dirname, '../../../src/core/rules');
/** A word: a CJK ideograph, or a circled figure that numbers a list. */
const WORD = /[\u4e00-\u9fff①-⑳]/;

const source = (file: string) => ts.createSourceFile(file, readFileSync(join(RULES, file), 'utf8'), ts.ScriptTarget.Latest, true);
const ruleFiles = () => readdirSync(RULES).filter((f) => f.endsWith('.ts'));

/** The literals of a file that hold a word — patterns and word lists — with where they stand. */
function wordsIn(file: string): string[] {
  const src = source(file);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    // PRECEDENCE's reasons are prose about the families, not words a rule is read by.
    if (ts.isPropertyAssignment(node) && node.name.getText(src) === 'why') return;
    const literal =
      ts.isRegularExpressionLiteral(node) ||
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node);
    if (literal && WORD.test(node.getText(src))) {
      const { line } = src.getLineAndCharacterOfPosition(node.getStart(src));
      found.push(`${file}:${line + 1} ${node.getText(src)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

/** The rules modules a file imports, by file name (`./tiers` → `tiers.ts`). */
function importsOf(file: string): string[] {
  return source(file)
    .statements.filter(ts.isImportDeclaration)
    .map((d) => (d.moduleSpecifier as ts.StringLiteral).text)
    .filter((m) => m.startsWith('./'))
    .map((m) => `${m.slice(2)}.ts`);
}

/** The files that hold a family: each exports a `Family` (`export const steps: Family<StepsRule>`). */
function familyFiles(): string[] {
  return ruleFiles().filter((file) =>
    source(file).statements.some(
      (s) =>
        ts.isVariableStatement(s) &&
        s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
        s.declarationList.declarations.some((d) => d.type !== undefined && ts.isTypeReferenceNode(d.type) && d.type.typeName.getText() === 'Family'),
    ),
  );
}

test('no rules file but phrases.ts holds a word a rule is read by', () => {
  const files = ruleFiles();
  expect(files).toContain('phrases.ts');
  expect(files.filter((f) => f !== 'phrases.ts').flatMap(wordsIn)).toEqual([]);
  // The check sees words where they are: phrases.ts is full of them.
  expect(wordsIn('phrases.ts').length).toBeGreaterThan(100);
});

test('no family imports another family', () => {
  const families = familyFiles();
  // Every family, in its file (tiers.ts holds two).
  expect(families.length).toBeGreaterThanOrEqual(13);
  expect(families).toEqual(expect.arrayContaining(['target.ts', 'tiers.ts', 'steps.ts', 'proportional.ts', 'perItem.ts', 'composite.ts']));
  const crossings = families.flatMap((f) => importsOf(f).filter((m) => m !== f && families.includes(m)).map((m) => `${f} imports ${m}`));
  expect(crossings).toEqual([]);
});
