import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeFindings,
  emptyReportDraft,
  findingsCasesOf,
  moderationFigures,
  moderationSentence,
} from '../../../../src/core';
import { lacExample, lacFramework } from '../../../fixtures/reportFixture';

const framework = lacFramework();
const example = lacExample(framework);

describe('the methodology’s moderation paragraph', () => {
  it('states the cases read twice, the agreement with its base and kappa, and the changes', () => {
    // Two of the 60 cases read again; the second reading copies the first but for one answer.
    const [a, b] = example.cases;
    const values = (kase: typeof a) =>
      Object.fromEntries(Object.entries(kase!.answers).map(([id, answer]) => [id, answer.value]));
    const firstA = values(a);
    const changedId = framework.sections[0]!.standards[0]!.questions[0]!.id;
    const secondA = { ...firstA, [changedId]: firstA[changedId] === 'yes' ? 'no' : 'yes' };
    const figures = moderationFigures(
      framework,
      [
        {
          caseId: a!.id,
          status: 'decided',
          first: firstA,
          second: secondA,
          decisions: { [changedId]: { value: secondA[changedId]!, first: firstA[changedId]! } },
        },
        { caseId: b!.id, status: 'read', first: values(b), second: values(b), decisions: {} },
      ],
      example.cases.length,
    );
    const text = moderationSentence(figures)!;
    expect(text).toMatch(
      /^2 cases \(3%\) were read a second time by another inspector, without sight of the first reading\. The two readings agreed on \d+% of answers \(kappa \d\.\d\d, \d+ paired answers\); 1 answer was changed after review\. So few cases were read twice that these figures say little on their own\.$/,
    );
    const findings = computeFindings(framework, findingsCasesOf(example.cases), {});
    const doc = buildReport<string>({
      inspection: example.inspection,
      framework,
      findings,
      byArea: null,
      draft: emptyReportDraft(),
      date: '2026-11-22',
      moderation: { text },
    });
    const methodology = doc.chapters.find((c) => c.id === 'scope-and-methodology')!.blocks;
    const at = methodology.findIndex((b) => b.type === 'subheading' && b.text === 'Moderation');
    // A thematic inspection's report numbers its paragraphs, as HMIP's do.
    expect(methodology[at + 1]).toEqual({
      type: 'paragraph',
      text,
      number: expect.stringMatching(/^1\.\d+$/),
    });
  });
});
