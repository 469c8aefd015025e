/**
 * The rules in words said in Welsh: each comparison verb-first, so it follows "os" ("if") in the
 * sentences that hold it, and conditions joined by "ac os" / "neu os". English stays as it was
 * (tests/unit/core/framework/schemaAdditionsRules.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  createTranslator,
  describeApplicability,
  describeCondition,
  describeScopeApplicability,
  indexFramework,
} from '../../../../src/core';
import { loadCatalogue } from '../../../../src/i18n/catalogues';
import { schemaAdditionsFramework } from '../../../fixtures/schemaAdditionsFramework';

const framework = schemaAdditionsFramework();
const index = indexFramework(framework);
const cy = createTranslator('cy', await loadCatalogue('cy'));

describe('the rules in words, in Welsh', () => {
  it("reads back the case's area and stratum by name", () => {
    expect(describeCondition({ case: 'area', equals: 'blackpool' }, index, cy)).toBe(
      'yw ardal yr achos yn Blackpool',
    );
    expect(describeCondition({ case: 'stratum', in: ['host', 'home'] }, index, cy)).toBe(
      'yw haen yr achos yn Host neu Home',
    );
  });

  it('reads back days between two dates, the noun singular after the number', () => {
    const e4 = index.itemById.get('e4')!.item;
    expect(describeApplicability(e4.showWhen!, index, cy)).toBe(
      'Gofynnir dim ond os yw “Date of the first meeting” fwy na 10 diwrnod gwaith ar ôl “Start of the order”.',
    );
    expect(
      describeCondition(
        { question: 'e3', daysAfter: { profile: 'order-start', lt: 2 } },
        index,
        cy,
      ),
    ).toBe('yw “Date of the first meeting” lai na 2 ddiwrnod ar ôl “Start of the order”');
  });

  it('joins conditions with "ac os" and "neu os", and says not answered and N/A', () => {
    expect(
      describeCondition(
        {
          any: [
            { case: 'area', equals: 'blackpool' },
            { question: 'e3', answered: false },
          ],
        },
        index,
        cy,
      ),
    ).toBe('yw ardal yr achos yn Blackpool neu os nad yw “Date of the first meeting” wedi’i ateb');
    expect(describeCondition({ question: 'e3', equals: 'na' }, index, cy)).toBe(
      'yw’r ateb i “Date of the first meeting” yn Amherthnasol',
    );
  });

  it('says what a rule on a standard or section governs', () => {
    const [work, host] = framework.sections;
    expect(describeScopeApplicability(work!.standards[2]!.showWhen!, index, 'standard', cy)).toBe(
      'Gofynnir y cwestiynau yn y safon hon dim ond os yw ardal yr achos yn Blackpool.',
    );
    expect(describeScopeApplicability(host!.showWhen!, index, 'section', cy)).toBe(
      'Gofynnir y cwestiynau yn yr adran hon dim ond os yw haen yr achos yn Host.',
    );
  });
});
