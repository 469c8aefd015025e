/**
 * Every message the app says, read from the source: each call `t(context, message)`,
 * `tx(context, message, …)` of the screens (src/ui/i18n/translate.ts) and each translator's
 * `.t(context, message)` or `.parts(context, message, …)` elsewhere (core's Translator). The
 * context and the message must be written out as strings where they are used, so that this
 * finds them all; a screen's `t` or `tx` given anything else is a problem named by its place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export type ExtractedMessage = {
  readonly context: string;
  readonly message: string;
  /** The files it is used in, from the repository's root. */
  readonly files: readonly string[];
};

export type Extraction = {
  readonly messages: readonly ExtractedMessage[];
  /** Calls whose context or message is not written out: "src/ui/x.tsx:12: …". */
  readonly problems: readonly string[];
};

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name)) found.push(path);
  }
  return found;
}

function literal(node: ts.Expression | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return null;
}

/** Whether the file takes `t` or `tx` from the screens' translate module. */
function importsScreenTranslate(source: ts.SourceFile): boolean {
  return source.statements.some(
    (statement) =>
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      /i18n\/translate$/.test(statement.moduleSpecifier.text),
  );
}

export function extractMessages(root = ROOT): Extraction {
  const byKey = new Map<string, { context: string; message: string; files: string[] }>();
  const problems: string[] = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    if (!/\b(t|tx|parts)\(/.test(text)) continue;
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const screenTranslate = importsScreenTranslate(source);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const screenCall =
          screenTranslate && ts.isIdentifier(callee) && ['t', 'tx'].includes(callee.text);
        const translatorCall =
          ts.isPropertyAccessExpression(callee) && ['t', 'parts'].includes(callee.name.text);
        if (screenCall || translatorCall) {
          const context = literal(node.arguments[0]);
          const message = literal(node.arguments[1]);
          if (context !== null && message !== null) {
            const key = `${context}\u0004${message}`;
            const known = byKey.get(key) ?? { context, message, files: [] };
            if (!known.files.includes(file)) known.files.push(file);
            byKey.set(key, known);
          } else if (screenCall) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            problems.push(
              `${file}:${line + 1}: the context and the message must be written out as strings`,
            );
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages: [...byKey.values()], problems };
}
