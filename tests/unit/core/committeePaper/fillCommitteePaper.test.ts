/** "Fill from the audit": first words for the empty fields only, and the files' names. */
import { describe, expect, it } from 'vitest';
import { emptyCommitteePaperDraft } from '../../../../src/core';
import {
  committeePaperFileName,
  fillCommitteePaper,
} from '../../../../src/core/committeePaper/fillCommitteePaper';
import { lacFramework } from '../../../fixtures/lacFramework';

const framework = lacFramework();
const inspection = {
  title: 'Self-audit of looked after children, 2013',
  organisations: ['Nottinghamshire County Council'],
};

describe('fillCommitteePaper', () => {
  it('fills an empty paper from the inspection and framework, naming the source report', () => {
    const filled = fillCommitteePaper(emptyCommitteePaperDraft(), { inspection, framework });
    const publishers = 'HM Inspectorate of Probation, Ofsted and Estyn';
    expect(filled.purpose).toBe(
      `To outline to the Committee the local position in relation to the recommendations made by ${publishers} in their report ‘${framework.title}’ (2012).`,
    );
    expect(filled.background.split('\n\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${publishers} published ‘Looked After Children: an inspection .*’ in 2012\\. The case criteria of the 2012 joint thematic inspection`,
        ),
      ),
      'This audit (Self-audit of looked after children, 2013) read cases against the same criteria, using the framework Looked after children placed away from home (2012), version 1.0.1.',
      `Source: ${framework.source.citation}`,
    ]);
    expect(filled.committeeRecommendations).toBe(
      `That the Committee notes the local position against the recommendations made by ${publishers} in their report ‘${framework.title}’.`,
    );
    expect(filled.title).toBe('Self-audit of looked after children, 2013');
    expect(filled.reportOf).toBe('Report of Nottinghamshire County Council');
    // What only the lead knows stays empty.
    expect(filled).toMatchObject({
      committee: '',
      meetingDate: null,
      agendaItem: '',
      inspectorateSummary: '',
      contact: '',
    });
  });

  it('never changes a field the lead has written', () => {
    const draft = {
      ...emptyCommitteePaperDraft(),
      purpose: 'Our own purpose.',
      title: 'Our title',
    };
    const filled = fillCommitteePaper(draft, { inspection, framework });
    expect(filled.purpose).toBe('Our own purpose.');
    expect(filled.title).toBe('Our title');
    expect(filled.otherOptions).toMatch(/^This report has been provided as an appraisal/);
  });
});

describe('committeePaperFileName', () => {
  it('names the file from the title', () => {
    expect(
      committeePaperFileName(
        'Youth offending work and looked after children placed away from home',
        'pdf',
      ),
    ).toBe('youth-offending-work-and-looked-after-children-placed-away-from-home.pdf');
    expect(committeePaperFileName('Children’s Services: Café review', 'docx')).toBe(
      'children-s-services-cafe-review.docx',
    );
    expect(committeePaperFileName('  ', 'pdf')).toBe('committee-paper.pdf');
  });
});
