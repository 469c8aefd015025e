/**
 * English written straight into a screen rather than through `t`: words between JSX tags, and
 * words given as a string to a prop that is shown or read out (a label, a hint, an
 * aria-label…). Each is named by its place, so the catalogue test can say what is left.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '../..');

/** Props whose string is shown on screen or read out by a screen reader. */
const SHOWN_PROPS = new Set([
  'alt',
  'aria-label',
  'aria-description',
  'caption',
  'confirmLabel',
  'description',
  'emptyText',
  'heading',
  'hint',
  'label',
  'legend',
  'placeholder',
  'summary',
  'text',
  'title',
]);

const WORDS = /[A-Za-z]{2,}/;

function screenFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...screenFiles(path));
    else if (entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx')) found.push(path);
  }
  return found;
}

/** "src/ui/x.tsx:12: Save and continue" for each piece of English written into a screen. */
export function englishInScreens(root = ROOT): string[] {
  const found: string[] = [];
  for (const path of screenFiles(join(root, 'src/ui'))) {
    const file = relative(root, path);
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const report = (node: ts.Node, text: string) => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}: ${text.trim().replace(/\s+/g, ' ')}`);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
      if (
        ts.isJsxAttribute(node) &&
        SHOWN_PROPS.has(node.name.getText(source)) &&
        node.initializer &&
        ts.isStringLiteral(node.initializer) &&
        WORDS.test(node.initializer.text)
      ) {
        report(node, node.initializer.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
