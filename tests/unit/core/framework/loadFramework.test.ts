import { describe, expect, it } from 'vitest';
import { FRAMEWORK_MAX_BYTES, loadFramework } from '../../../../src/core';
import { IMG_LABEL, richFramework } from './richFramework';

function errorsOf(text: string) {
  const result = loadFramework(text);
  return result.status === 'invalid' ? result.errors : [];
}

const WHOLE = '(the whole file)';

describe('loadFramework on bad input', () => {
  it.each([
    ['{\n  "id": "x",\n  oops\n}', 'line 3, column 3: Expected double-quoted property name'],
    ['{"title": "A",\n "year": }', "line 2, column 10: Unexpected token '}'"],
    ['{"year": 2024,\n\n  "status": tru}', "line 3, column 16: Unexpected token '}'"],
    ['[1, 2,]', "line 1, column 7: Unexpected token ']'"],
    ['{"a" 1}', "line 1, column 6: Expected ':' after property name"],
    ['{"a": 1} trailing', 'line 1, column 10: Unexpected non-whitespace character after JSON'],
  ])('names the line and column of a JSON syntax error in %j', (text, where) => {
    expect(errorsOf(text)).toEqual([{ path: WHOLE, message: `is not valid JSON at ${where}` }]);
  });

  it('refuses a 5 MB file before parsing it', () => {
    const text = `{"title": "${'x'.repeat(5 * 1024 * 1024)}"}`;
    expect(text.length).toBeGreaterThan(FRAMEWORK_MAX_BYTES);
    expect(errorsOf(text)).toEqual([
      { path: WHOLE, message: 'is 5.0 MB; a framework file can be at most 4.0 MB' },
    ]);
  });

  it('survives 100,000 levels of nesting, closed or not, without overflowing the stack', () => {
    expect(errorsOf('['.repeat(100_000))).toEqual([
      {
        path: WHOLE,
        message: 'is not valid JSON at line 1, column 100001: Unexpected end of JSON input',
      },
    ]);
    expect(errorsOf(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual([
      {
        path: WHOLE,
        message: 'is nested 100000 levels deep; a framework file is never deeper than 40',
      },
    ]);
  });

  it('names binary junk without printing invisible characters', () => {
    expect(errorsOf('\u0000\u0001PNG\r\n\u001a\n')).toEqual([
      { path: WHOLE, message: "is not valid JSON at line 1, column 1: Unexpected token 'U+0000'" },
    ]);
  });

  it('refuses an empty file, and JSON that is not an object', () => {
    expect(errorsOf('')).toEqual([
      { path: WHOLE, message: 'is empty; expected a framework file in JSON' },
    ]);
    expect(errorsOf(' \n ')).toEqual([
      { path: WHOLE, message: 'is empty; expected a framework file in JSON' },
    ]);
    for (const text of ['[]', 'null', '"a framework"', '42', 'true']) {
      expect(errorsOf(text)).toEqual([
        { path: WHOLE, message: 'must be a JSON object describing a framework' },
      ]);
    }
  });

  it('names an unknown kind, wrong types, a missing field and an unknown field', () => {
    const framework = richFramework() as unknown as Record<string, unknown> & {
      sections: { standards: unknown }[];
    };
    const file = JSON.parse(JSON.stringify(framework));
    file.sections[0].standards[0].questions[0].kind = 'essay';
    file.year = '2024';
    file.sections[1].standards = {};
    file.colour = 'blue';
    delete file.licence;
    expect(errorsOf(JSON.stringify(file))).toEqual([
      { path: 'year', message: 'expected a number, found text' },
      { path: 'licence', message: 'is missing (expected text)' },
      {
        path: 'sections[0].standards[0].questions[0].kind',
        message:
          'must be one of: "judgement", "rating", "choice", "multichoice", "number", "date", "text", found "essay"',
      },
      { path: 'sections[1].standards', message: 'expected a list, found an object' },
      { path: 'colour', message: 'is not a field this format knows (check the spelling)' },
    ]);
  });

  it('lists at most 100 problems, then says how many more there are', () => {
    const file = richFramework({
      glossary: Array.from({ length: 150 }, () => ({ term: ' ', definition: 'Something.' })),
    });
    const errors = errorsOf(JSON.stringify(file));
    expect(errors).toHaveLength(101);
    expect(errors[0]).toEqual({ path: 'glossary[0].term', message: 'must not be empty' });
    expect(errors[100]).toEqual({ path: WHOLE, message: 'and 50 more problems not listed' });
  });

  it('reads a file with a byte-order mark', () => {
    expect(loadFramework(`\ufeff${JSON.stringify(richFramework())}`).status).toBe('ok');
  });

  it('gives back exactly the file it read: nothing trimmed, defaulted or reordered away', () => {
    const file = richFramework({ title: '  Spaced title  ', publishers: ['Body\u00a0 '] });
    const result = loadFramework(JSON.stringify(file));
    expect(result.status === 'ok' ? result.value : result.errors).toEqual(file);
    // Script-like text is data, kept as it is: screens render it as text.
    expect(JSON.stringify(result)).toContain(JSON.stringify(IMG_LABEL).slice(1, -1));
  });
});
