/**
 * `case-audit validate` refuses the text a framework may not hold — a NUL in a standard's
 * title, two options of one scale labelled "Yes" and "yes" — and accepts a framework using
 * every addition to the format.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { minimalFramework } from '../fixtures/frameworkBuilder';
import { schemaAdditionsFramework } from '../fixtures/schemaAdditionsFramework';

async function validate(framework: unknown) {
  const run = fakeCliIo({ 'framework.json': JSON.stringify(framework) });
  const code = await main(['validate', 'framework.json'], run.io);
  return { code, out: [...run.out, ...run.err].join('\n') };
}

describe('case-audit validate, on text', () => {
  it('refuses a NUL in a standard title', async () => {
    const framework = structuredClone(minimalFramework());
    framework.sections[0]!.standards[0]!.title = 'Standard\u0000one';
    const { code, out } = await validate(framework);
    expect(code).toBe(1);
    expect(out).toContain(
      'sections[0].standards[0].title: must not contain control characters (this field is one line: no tabs or line breaks): found U+0000 at character 9',
    );
  });

  it('refuses "Yes" and "yes" on one scale', async () => {
    const framework = structuredClone(minimalFramework());
    framework.scales[0]!.options[1]!.label = 'yes';
    const { code, out } = await validate(framework);
    expect(code).toBe(1);
    expect(out).toContain(
      'scales[0].options[1].label: the label "yes" is the same as option "yes"',
    );
  });

  it('accepts a framework using every addition', async () => {
    const { code, out } = await validate(schemaAdditionsFramework());
    expect({ code, out }).toEqual({
      code: 0,
      out: 'framework.json: valid — schema-additions-test@1.0.0: 7 questions (4 key), 4 profile fields, 4 standards in 2 sections',
    });
  });
});
