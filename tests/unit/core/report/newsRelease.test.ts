import { describe, expect, it } from 'vitest';
import {
  buildNewsRelease,
  computeFindings,
  emptyNewsRelease,
  emptyReportDraft,
  findingsCasesOf,
} from '../../../../src/core';
import { embargoLine, sampleNote } from '../../../../src/core/report/newsRelease';
import { newsReleaseDraftSchema } from '../../../../src/core/report/newsReleaseDraft';
import { lacExample, lacFramework } from '../../../fixtures/reportFixture';

const framework = lacFramework();
const example = lacExample(framework);
const findings = computeFindings(framework, findingsCasesOf(example.cases), {
  completeOnly: false,
  names: { areas: example.inspection.areas, strata: example.inspection.strata },
  ratingOverrides: [],
});
const wrexhamHostRefs = example.cases
  .filter((c) => c.areaId === 'wrexham' && c.stratumId === 'host')
  .map((c) => c.ref);

describe('the news release', () => {
  it('writes the embargo as releases do: time, weekday, date, in capitals', () => {
    expect(embargoLine('2012-12-18', '00:01')).toBe(
      'EMBARGOED: NOT FOR USE UNTIL 00:01, TUESDAY, 18 DECEMBER 2012',
    );
    expect(embargoLine('2012-12-18', '')).toBe(
      'EMBARGOED: NOT FOR USE UNTIL TUESDAY, 18 DECEMBER 2012',
    );
    expect(embargoLine('', '00:01')).toBeNull();
  });

  it('describes the sample from the data, as seed 003’s second note does', () => {
    // 60 cases: six areas, ten in each, five of each kind.
    expect(sampleNote(example.inspection, example.cases)).toBe(
      'Inspectors visited six areas and assessed 60 cases, ten in each area: five Host cases and five Home cases. The six areas visited were: Blackpool, Halton & Warrington, Shropshire, Telford & Wrekin, Somerset, West London and Wrexham. Fieldwork was undertaken in March 2026.',
    );
    const uneven = example.cases.slice(1);
    expect(sampleNote(example.inspection, uneven)).toContain(
      'assessed 59 cases, between nine and ten in each area.',
    );
    const noAreas = { ...example.inspection, areas: [], fieldwork: { start: null, end: null } };
    expect(sampleNote(noAreas, example.cases)).toBe('Inspectors assessed 60 cases.');
  });

  it('counts and names only the areas with cases in the sample', () => {
    // Blackpool and Somerset keep their ten cases, Wrexham four of its ten (its host cases
    // and none of its home cases); the other three areas have none in this sample: 24 cases.
    const kept = example.cases.filter(
      (c) =>
        c.areaId === 'blackpool' ||
        c.areaId === 'somerset' ||
        (c.areaId === 'wrexham' && c.stratumId === 'host' && c.ref !== wrexhamHostRefs[4]),
    );
    expect(kept).toHaveLength(24);
    expect(sampleNote(example.inspection, kept)).toBe(
      'Inspectors visited three areas and assessed 24 cases, between four and ten in each area. The three areas visited were: Blackpool, Somerset and Wrexham. Fieldwork was undertaken in March 2026.',
    );
    // Two areas with ten each: "ten in each area" and the strata again, over those two only.
    const two = example.cases.filter((c) => c.areaId === 'blackpool' || c.areaId === 'wrexham');
    expect(sampleNote(example.inspection, two)).toBe(
      'Inspectors visited two areas and assessed twenty cases, ten in each area: five Host cases and five Home cases. The two areas visited were: Blackpool and Wrexham. Fieldwork was undertaken in March 2026.',
    );
    // No case in any area: no area was visited.
    expect(sampleNote({ ...example.inspection, fieldwork: { start: null, end: null } }, [])).toBe(
      'Inspectors assessed no cases.',
    );
  });

  it('lists the key findings chosen for the summary, checked against the data', () => {
    const [first] = findings.questions.filter(
      (q) => q.type === 'proportion' && q.sentence !== null,
    );
    if (first?.type !== 'proportion' || !first.sentence) throw new Error('no sentence');
    const draft = emptyReportDraft();
    draft.keyFindings = [
      {
        id: 'k1',
        text: first.sentence,
        source: { itemId: first.itemId, side: first.sentenceSide ?? 'positive' },
      },
      { id: 'k2', text: 'Nearly all plans were late (12%, 7 of 60).', source: null },
    ];
    const release = {
      ...emptyNewsRelease(),
      issuedOn: '2012-12-17',
      embargoDate: '2012-12-18',
      embargoTime: '00:01',
      headline: 'Looked after children and youth offending: moves can hamper rehabilitation',
      opening: 'Children in care placed away from home fared badly.\n\nInspectors say so today.',
      quoteBy: 'Chief Inspector of Probation, A. Example',
      quote: 'This very specific group needs both protection and help.',
      contact: 'For further information, please contact the press office.',
      notes: 'A copy of the full report can be found on the inspectorate’s website.',
    };
    expect(newsReleaseDraftSchema.safeParse(release).success).toBe(true);
    const doc = buildNewsRelease({
      inspection: example.inspection,
      cases: example.cases,
      findings,
      draft: { ...draft, release },
      release,
      organisations: ['HM Inspectorate of Probation', 'Ofsted', 'Estyn'],
    });
    expect(doc.headline).toBe(
      'LOOKED AFTER CHILDREN AND YOUTH OFFENDING: MOVES CAN HAMPER REHABILITATION',
    );
    expect(doc.date).toBe('17 December 2012');
    expect(doc.from).toBe('HM Inspectorate of Probation, Ofsted and Estyn');
    expect(doc.opening).toHaveLength(2);
    expect(doc.findings.map((f) => f.text)).toEqual(draft.keyFindings.map((k) => k.text));
    expect(doc.findings[0]?.warnings).toEqual([]);
    expect(doc.quote?.by).toBe('Chief Inspector of Probation, A. Example');
    expect(doc.notes).toHaveLength(2);
    expect(doc.notes[0]).toMatch(/^Inspectors visited six areas/);
    // Words that contradict their figure are flagged for the lead, as in the report.
    expect(doc.findings[1]?.warnings).toEqual([
      '"Nearly all" means from 90% to under 100%, but the figure beside it is 12% (7 of 60)',
    ]);
    expect(doc.warnings).toContain(`Finding 2: ${doc.findings[1]?.warnings[0]}`);
  });

  it('says what is missing rather than printing an empty part', () => {
    const doc = buildNewsRelease({
      inspection: example.inspection,
      cases: example.cases,
      findings,
      draft: emptyReportDraft(),
      release: emptyNewsRelease(),
      organisations: ['HM Inspectorate of Probation'],
    });
    expect(doc.findings).toEqual([]);
    expect(doc.quote).toBeNull();
    expect(doc.embargo).toBeNull();
    expect(doc.warnings).toEqual([
      'No key findings are chosen for the report’s summary: “Inspectors found that:” is left out.',
      'The release has no headline yet.',
      'The release has no date yet.',
    ]);
  });

  it('refuses a release draft with a bad time or date, naming the field', () => {
    const bad = newsReleaseDraftSchema.safeParse({ ...emptyNewsRelease(), embargoTime: '24:00' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['embargoTime']);
  });
});
