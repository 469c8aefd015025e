import { describe, expect, it } from 'vitest';
import { checkQuantifiers } from '../../../../src/core/phrasing/checkQuantifiers';
import { figureText, findingSentence } from '../../../../src/core/phrasing/findingSentence';
import { phraseProportion } from '../../../../src/core/phrasing/phraseProportion';

const words = (n: number, b: number, vocabulary: 'fractions' | 'bands' = 'fractions') =>
  phraseProportion(n, b, vocabulary, 'cy')?.words;

describe('Welsh fractions, by the same rules as the English', () => {
  it('gives the worked examples over a base of 60', () => {
    expect(words(0, 60)).toBe('dim un');
    expect(words(1, 60)).toBe('ychydig iawn'); // 1.7%
    expect(words(6, 60)).toBe('un o bob deg'); // 10%
    expect(words(20, 60)).toBe('traean'); // exactly one-third
    expect(words(23, 60)).toBe('dros draean'); // 38%: soft mutation after "dros"
    expect(words(29, 60)).toBe('llai na hanner'); // 48%
    expect(words(31, 60)).toBe('ychydig dros hanner'); // 52%
    expect(words(38, 60)).toBe('bron i ddwy ran o dair'); // 63%: soft mutation after "i"
    expect(words(45, 60)).toBe('tri chwarter'); // 75%
    expect(words(47, 60)).toBe('bron i bedair rhan o bump'); // 78%
    expect(words(58, 60)).toBe('bron y cyfan'); // 97%
    expect(words(60, 60)).toBe('pob un');
  });

  it('says the same fraction as the English at every count', () => {
    const english = new Map([
      ['over one-third', 'dros draean'],
      ['nearly two-thirds', 'bron i ddwy ran o dair'],
      ['just over half', 'ychydig dros hanner'],
      ['less than half', 'llai na hanner'],
      ['almost all', 'bron y cyfan'],
      ['nearly three-quarters', 'bron i dri chwarter'],
    ]);
    for (let n = 0; n <= 60; n++) {
      const en = phraseProportion(n, 60, 'fractions')?.words ?? '';
      if (english.has(en)) expect(words(n, 60)).toBe(english.get(en));
    }
  });

  it('uses the Welsh bands', () => {
    expect(words(5, 60, 'bands')).toBe('ychydig'); // 8%
    expect(words(23, 60, 'bands')).toBe('llai na hanner'); // 38%
    expect(words(38, 60, 'bands')).toBe('y mwyafrif'); // 63%
    expect(words(48, 60, 'bands')).toBe('y rhan fwyaf'); // 80%
    expect(words(57, 60, 'bands')).toBe('bron pob un'); // 95%
    expect(words(60, 60, 'bands')).toBe('pob un');
  });
});

describe('Welsh finding sentences', () => {
  it('writes the sentence with its figure, "mewn" changed as Welsh changes it', () => {
    expect(
      findingSentence(23, 60, 'nid oedd yr achos wedi’i ddyrannu’n brydlon', 'fractions', 'cy'),
    ).toBe(
      'Mewn dros draean o achosion (38%, 23 o 60) nid oedd yr achos wedi’i ddyrannu’n brydlon.',
    );
    expect(findingSentence(48, 60, 'adolygwyd y cynllun', 'bands', 'cy')).toBe(
      'Yn y rhan fwyaf o’r achosion (80%, 48 o 60) adolygwyd y cynllun.',
    );
    expect(findingSentence(60, 60, 'roedd cynllun ar ffeil', 'fractions', 'cy')).toBe(
      'Ym mhob achos (100%, 60 o 60) roedd cynllun ar ffeil.',
    );
    expect(findingSentence(0, 60, 'roedd cynllun ar ffeil', 'fractions', 'cy')).toBe(
      'Mewn dim un o’r achosion (0%, 0 o 60) roedd cynllun ar ffeil.',
    );
    expect(findingSentence(6, 60, 'roedd cynllun ar ffeil', 'fractions', 'cy')).toBe(
      'Mewn un o bob deg achos (10%, 6 o 60) roedd cynllun ar ffeil.',
    );
  });

  it('prints a small base in Welsh, with the singular noun after the numeral', () => {
    expect(figureText(1, 1, 'cy')).toBe('100%, 1 o 1 achos; sylfaen fach');
    expect(figureText(3, 8, 'cy')).toBe('38%, 3 o 8 achos; sylfaen fach');
    expect(figureText(23, 60, 'cy')).toBe('38%, 23 o 60');
  });

  it('leaves English as it was', () => {
    expect(findingSentence(23, 60, 'the case was not allocated promptly', 'fractions')).toBe(
      'In over one-third of cases (38%, 23 of 60) the case was not allocated promptly.',
    );
  });
});

describe('checking Welsh written by a lead', () => {
  it('passes "dros draean" beside 38% and flags it beside 24%', () => {
    expect(
      checkQuantifiers('Mewn dros draean o achosion (38%, 23 o 60) roedd oedi.', 'fractions'),
    ).toEqual([]);
    const issues = checkQuantifiers('Mewn dros draean o achosion (24%) roedd oedi.', 'fractions');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.kind).toBe('words-contradict-figure');
    expect(issues[0]!.excerpt).toContain('dros draean');
  });

  it('reads "ychydig dros" as just over, not as "ychydig" (few)', () => {
    expect(
      checkQuantifiers('Mewn ychydig dros hanner yr achosion (52%, 31 o 60).', 'fractions'),
    ).toEqual([]);
    expect(checkQuantifiers('Mewn ychydig o achosion (52%).', 'fractions')).toHaveLength(1);
  });

  it('checks the bands and a percentage against its Welsh counts', () => {
    expect(checkQuantifiers('Yn y rhan fwyaf o’r achosion (80%, 48 o 60).', 'bands')).toEqual([]);
    expect(checkQuantifiers('Yn y rhan fwyaf o’r achosion (63%, 38 o 60).', 'bands')).toHaveLength(
      1,
    );
    const counts = checkQuantifiers('Roedd oedi mewn 38% (24 o 60) o achosion.', 'fractions');
    expect(counts.map((i) => i.kind)).toEqual(['percent-contradicts-counts']);
  });

  it('passes every Welsh sentence the phrasing writes, 0 to 60 of 60, in both vocabularies', () => {
    for (const vocabulary of ['fractions', 'bands'] as const) {
      for (let n = 0; n <= 60; n++) {
        const sentence = findingSentence(n, 60, 'roedd cynllun', vocabulary, 'cy')!;
        expect(checkQuantifiers(sentence, vocabulary), sentence).toEqual([]);
      }
    }
  });
});
