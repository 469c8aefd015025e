/**
 * A Welsh report says its figures' words in Welsh: a question with no applicable cases, the key
 * to the small-base mark (under tables and charts), a chart's bar for all cases and the names of
 * a two-way table's dimensions — none of them left in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  catalogueFromEntries,
  createTranslator,
  emptyReportDraft,
  SMALL_BASE_KEY,
} from '../../../src/core';
import { poEntries } from '../../../src/i18n/poEntries';
import { makeReportDocument } from '../../../src/report/reportModel';
import { lacExample, lacFramework } from '../../fixtures/reportFixture';

const WELSH_DIR = 'src/i18n/locales/cy';
const welsh = createTranslator(
  'cy',
  catalogueFromEntries(
    readdirSync(WELSH_DIR)
      .filter((name) => name.endsWith('.po'))
      .flatMap((name) => poEntries(readFileSync(`${WELSH_DIR}/${name}`, 'utf8'))),
  ),
);

const framework = lacFramework();
const example = lacExample(framework);
// Five cases: every base is small, and some questions apply to none of them.
const source = {
  inspection: example.inspection,
  framework,
  cases: example.cases.slice(0, 5),
  draft: emptyReportDraft(),
};
const options = { completeOnly: false, date: '2026-11-22', twoWay: ['area', 'stratum'] } as const;

const WELSH_KEY =
  '† Sylfaen fach: llai na 10 achos. Nid yw ffigur ar gyn lleied o achosion yn dweud llawer ar ei ben ei hun.';

describe('the figures of a Welsh report', () => {
  const english = JSON.stringify(makeReportDocument(source, options));
  const cymraeg = JSON.stringify(makeReportDocument(source, options, welsh));

  it('say English in the English report', () => {
    expect(english).toContain('no applicable cases');
    expect(english).toContain(SMALL_BASE_KEY);
    expect(english).toContain('Such bars are hatched.');
  });

  it('say Welsh in the Welsh report', () => {
    expect(cymraeg).toContain('dim achosion perthnasol');
    expect(cymraeg).toContain(WELSH_KEY);
    expect(cymraeg).toContain('Mae barrau o’r fath wedi’u croeslinellu.');
    expect(cymraeg).not.toContain('no applicable cases');
    expect(cymraeg).not.toContain('Small base');
    expect(cymraeg).not.toContain('Such bars are hatched');
  });

  it('give a chart’s heading in Welsh', () => {
    expect(cymraeg).toContain('"heading":"Siart: ');
    expect(cymraeg).toContain('"question":"Cwestiwn"');
    expect(cymraeg).not.toContain('"Chart: ');
  });

  it('name a two-way table’s dimensions in Welsh', () => {
    expect(english).toContain('"Area"');
    expect(cymraeg).toContain('"Ardal"');
    expect(cymraeg).not.toContain('"Area"');
  });
});
