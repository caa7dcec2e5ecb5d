/**
 * Room in the code: lines per source file and per function, read with the
 * TypeScript parser. `npm run code-size` prints the largest; the unit test
 * `tests/unit/code-size.test.ts` holds the limits (files ≤ 400 lines outside
 * `src/catalog/data`; functions in `src/engine` and `src/url` ≤ 80 lines).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export type FunctionSize = {
  readonly file: string;
  readonly name: string;
  readonly lines: number;
};

export const FILE_LINE_LIMIT = 400;
export const FUNCTION_LINE_LIMIT = 80;

/** Every .ts/.tsx file under `dir`, as paths relative to `root`. */
export function sourceFiles(root: string, dir = 'src'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(join(root, d))) {
      const p = join(d, name);
      if (statSync(join(root, p)).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

export function fileLines(root: string, file: string): number {
  return readFileSync(join(root, file), 'utf8').split('\n').length;
}

function nameOf(node: ts.Node, sf: ts.SourceFile): string {
  if (
    (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) &&
    node.name
  )
    return node.name.getText(sf);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent))
    return parent.name.getText(sf);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(sf);
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return `(anonymous, line ${line + 1})`;
}

/** Lines of every function, arrow function and method in one file. */
export function functionSizes(root: string, file: string): FunctionSize[] {
  const text = readFileSync(join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: FunctionSize[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node)
    ) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ file, name: nameOf(node, sf), lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function main(): void {
  const root = process.cwd();
  const files = sourceFiles(root);
  const big = files
    .map((f) => ({ f, n: fileLines(root, f) }))
    .filter(({ f }) => !f.startsWith('src/catalog/data/'))
    .sort((a, b) => b.n - a.n)
    .slice(0, 15);
  console.log(
    `Largest files (limit ${FILE_LINE_LIMIT} lines outside src/catalog/data):`,
  );
  for (const { f, n } of big) console.log(`  ${String(n).padStart(5)}  ${f}`);
  const fns = files
    .flatMap((f) => functionSizes(root, f))
    .filter((s) => s.lines > FUNCTION_LINE_LIMIT / 2)
    .sort((a, b) => b.lines - a.lines)
    .slice(0, 30);
  console.log(
    `\nLongest functions (limit ${FUNCTION_LINE_LIMIT} lines in src/engine and src/url):`,
  );
  for (const s of fns)
    console.log(
      `  ${String(s.lines).padStart(5)}  ${relative('.', s.file)}  ${s.name}`,
    );
}

if (process.argv[1]?.endsWith('code-size.ts')) main();
