import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../../src/core/framework/checkFramework';
import { diffFrameworks } from '../../../../src/core/framework/diffFrameworks';
import {
  frameworkLanguages,
  frameworkTexts,
  localiseFramework,
  missingTranslations,
  translationErrors,
} from '../../../../src/core/framework/frameworkLanguages';
import type { Framework } from '../../../../src/core/framework/frameworkSchema';
import { suggestVersion } from '../../../../src/core/framework/frameworkVersions';
import { checkFrameworkValue } from '../../../../src/core/framework/loadFramework';
import { frameworkToSheets } from '../../../../src/core/framework/workbook/frameworkToSheets';
import { sheetsToFramework } from '../../../../src/core/framework/workbook/sheetsToFramework';
import { hmipRating, judgement, minimalFramework } from '../../../fixtures/frameworkBuilder';

/** One of each kind of text: a question with guidance, a prompt and finding wording. */
function smallFramework(overrides: Partial<Framework> = {}): Framework {
  return minimalFramework({
    sections: [
      {
        id: 's1',
        title: 'Planning',
        standards: [
          {
            id: 'st1',
            title: 'Care plans',
            questions: [
              judgement('q1', {
                text: 'Was there a care plan?',
                guidance: 'Look in the file.',
                prompts: ['Is it signed?'],
                finding: { positive: 'there was a plan', negative: 'there was no plan' },
              }),
            ],
          },
        ],
      },
    ],
    ...overrides,
  });
}

const WELSH = {
  title: 'Fframwaith prawf',
  'questions.q1.text': 'A oedd cynllun gofal?',
  'scales.yes-no.options.yes.label': 'Ie',
  'scales.yes-no.options.no.label': 'Na',
};

describe('frameworkTexts', () => {
  it('lists every text in file order with its translation path, JSON path and English', () => {
    const texts = frameworkTexts(smallFramework());
    expect(texts.map((t) => t.key)).toEqual([
      'title',
      'licence',
      'source.citation',
      'publishers.0',
      'scales.yes-no.options.yes.label',
      'scales.yes-no.options.no.label',
      'sections.s1.title',
      'standards.st1.title',
      'questions.q1.text',
      'questions.q1.guidance',
      'questions.q1.prompts.0',
      'questions.q1.finding.positive',
      'questions.q1.finding.negative',
    ]);
    expect(texts.find((t) => t.key === 'questions.q1.prompts.0')).toEqual({
      key: 'questions.q1.prompts.0',
      path: 'sections[0].standards[0].questions[0].prompts[0]',
      english: 'Is it signed?',
    });
  });

  it('names profile fields, thresholds, lists, rating bands and the glossary by their paths', () => {
    const framework = minimalFramework({
      profile: [
        {
          id: 'moves',
          text: 'Number of moves',
          kind: 'number',
          unit: 'moves',
          thresholds: [{ above: 3, label: 'more than three moves' }],
        },
      ],
      areas: [{ id: 'north', name: 'North', description: 'The north' }],
      strata: [{ id: 'home', name: 'Home' }],
      rating: hmipRating(1),
      glossary: [{ term: 'LAC', definition: 'Looked after child' }],
    });
    const keys = frameworkTexts(framework).map((t) => t.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'profile.moves.text',
        'profile.moves.unit',
        'profile.moves.thresholds.0.label',
        'areas.north.name',
        'areas.north.description',
        'strata.home.name',
        'rating.bands.0.label',
        'rating.bands.3.rating',
        'rating.overall.bands.0.rating',
        'glossary.0.term',
        'glossary.0.definition',
      ]),
    );
    expect(keys).not.toContain('strata.home.description');
  });
});

describe('localiseFramework', () => {
  const framework = smallFramework({ translations: { cy: WELSH } });

  it('gives the framework itself in English, and when it has no Welsh', () => {
    expect(localiseFramework(framework, 'en')).toBe(framework);
    const english = smallFramework();
    expect(localiseFramework(english, 'cy')).toBe(english);
  });

  it('puts the Welsh in place and keeps English where there is none, leaving the original alone', () => {
    const welsh = localiseFramework(framework, 'cy');
    expect(welsh.title).toBe('Fframwaith prawf');
    expect(welsh.scales[0]!.options.map((o) => o.label)).toEqual(['Ie', 'Na']);
    const question = welsh.sections[0]!.standards[0]!.questions[0]!;
    expect(question.text).toBe('A oedd cynllun gofal?');
    expect(question.guidance).toBe('Look in the file.');
    expect(framework.title).toBe('Test framework');
    expect(welsh.scales[0]!.options.map((o) => o.value)).toEqual(['yes', 'no']);
  });

  it('keeps the ratings English when asked, as they are values, but not the band labels', () => {
    const rated = minimalFramework({
      rating: hmipRating(1),
      translations: {
        cy: { 'rating.bands.0.label': 'Lleiafrif', 'rating.bands.0.rating': 'Annigonol' },
      },
    });
    const shown = localiseFramework(rated, 'cy');
    expect(shown.rating!.bands[0]).toMatchObject({ label: 'Lleiafrif', rating: 'Annigonol' });
    const computed = localiseFramework(rated, 'cy', { keepRatings: true });
    expect(computed.rating!.bands[0]).toMatchObject({ label: 'Lleiafrif', rating: 'Inadequate' });
  });
});

describe('frameworkLanguages', () => {
  it('offers Welsh once the framework has any Welsh text', () => {
    expect(frameworkLanguages(smallFramework())).toEqual(['en']);
    expect(frameworkLanguages(smallFramework({ translations: { cy: {} } }))).toEqual(['en']);
    expect(frameworkLanguages(smallFramework({ translations: { cy: WELSH } }))).toEqual([
      'en',
      'cy',
    ]);
  });
});

describe('translation checks', () => {
  it('refuses a translation path that names nothing, naming the path', () => {
    const framework = smallFramework({
      translations: { cy: { ...WELSH, 'questions.q9.text': 'Dim', 'questions.q1.unit': 'x' } },
    });
    expect(translationErrors(framework)).toEqual([
      {
        path: 'translations.cy',
        message:
          '"questions.q9.text" names no text of this framework (Welsh for a text that is not there)',
      },
      {
        path: 'translations.cy',
        message:
          '"questions.q1.unit" names no text of this framework (Welsh for a text that is not there)',
      },
    ]);
    expect(checkFramework(framework)).toHaveLength(2);
    expect(checkFrameworkValue(framework).status).toBe('invalid');
    expect(checkFrameworkValue(smallFramework({ translations: { cy: WELSH } })).status).toBe('ok');
  });

  it('refuses other languages and blank Welsh by the schema', () => {
    const other = { ...smallFramework(), translations: { cy: {}, fr: { title: 'Cadre' } } };
    expect(checkFrameworkValue(other).status).toBe('invalid');
    const blank = smallFramework({ translations: { cy: { title: '  ' } } });
    expect(checkFrameworkValue(blank).status).toBe('invalid');
  });

  it('reports each text without Welsh once the framework has some Welsh', () => {
    expect(missingTranslations(smallFramework())).toEqual([]);
    const missing = missingTranslations(smallFramework({ translations: { cy: WELSH } }));
    // 13 texts, 4 in Welsh: 9 missing.
    expect(missing.map((m) => `${m.key}: ${m.message}`)).toEqual([
      'licence: no Welsh text',
      'source.citation: no Welsh text',
      'publishers.0: no Welsh text',
      'sections.s1.title: no Welsh text',
      'standards.st1.title: no Welsh text',
      'questions.q1.guidance: no Welsh text',
      'questions.q1.prompts.0: no Welsh text',
      'questions.q1.finding.positive: no Welsh text',
      'questions.q1.finding.negative: no Welsh text',
    ]);
    expect(missing[5]!.path).toBe('sections[0].standards[0].questions[0].guidance');
  });
});

describe('versions', () => {
  it('counts Welsh as content: added is a minor version, changed a patch', () => {
    const english = smallFramework();
    const welsh = smallFramework({ translations: { cy: WELSH } });
    const diff = diffFrameworks(english, welsh);
    expect(diff.changed).toEqual([
      {
        id: 'cy',
        kind: 'translations',
        changes: ['reworded'],
        details: ['Welsh added for 4 texts'],
        impact: 'minor',
        unfit: false,
      },
    ]);
    expect(suggestVersion(english, welsh).version).toBe('1.1.0');
    const corrected = smallFramework({ translations: { cy: { ...WELSH, title: 'Fframwaith' } } });
    expect(diffFrameworks(welsh, corrected).changed[0]!.details).toEqual([
      'Welsh changed for 1 text',
    ]);
    expect(suggestVersion(welsh, corrected).version).toBe('1.0.1');
  });
});

describe('a framework workbook', () => {
  it('carries the Welsh on a sheet of its own, and reads it back', () => {
    const framework = smallFramework({ translations: { cy: WELSH } });
    const sheets = frameworkToSheets(framework);
    const welsh = sheets.sheets.find((s) => s.name === 'Welsh')!;
    expect(welsh.rows[0]).toEqual(['path', 'english', 'welsh']);
    expect(welsh.rows).toContainEqual(['title', 'Test framework', 'Fframwaith prawf']);
    expect(welsh.rows).toContainEqual(['licence', 'Open Government Licence v3.0', null]);
    expect(sheetsToFramework(sheets)).toEqual({ status: 'ok', value: framework });
  });

  it('has no Welsh sheet for an English-only framework', () => {
    const sheets = frameworkToSheets(smallFramework());
    expect(sheets.sheets.map((s) => s.name)).not.toContain('Welsh');
  });
});
