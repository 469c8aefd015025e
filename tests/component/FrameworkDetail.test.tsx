import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { importFramework } from '../../src/db/frameworks/frameworkStore';
import FrameworkDetail from '../../src/ui/frameworks/FrameworkDetail/FrameworkDetail';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { IMG_LABEL, richFramework, SCRIPT_QUESTION } from '../unit/core/framework/richFramework';

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`framework-detail-${n++}`, TEST_DATA_KEY));
  await importFramework(richFramework());
});
afterEach(() => {
  useDatabase(null);
  vi.unstubAllGlobals();
});

async function openFramework(key = 'practice-audit-test@1.0.0') {
  const view = render(<FrameworkDetail frameworkKey={key} />);
  await screen.findByRole('heading', { level: 1 });
  return view;
}

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('the framework page', () => {
  it('shows what the framework is and where it comes from', async () => {
    await openFramework();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Practice audit framework (test)',
    );
    expect(screen.getByText('Framework, version 1.0.0')).toBeTruthy();
    expect(screen.getByText('Draft').className).toContain('govuk-tag');
    expect(screen.getByText('Wording to verify against the published standards.')).toBeTruthy();
    expect(screen.getByText('Test Inspectorate, Second Test Body')).toBeTruthy();
    const source = screen.getByRole('link', { name: 'https://example.org/standards' });
    expect(source.getAttribute('href')).toBe('https://example.org/standards');
    expect(screen.getByText('British English (en-GB)')).toBeTruthy();
    expect(
      screen.getByText('2 sections, 4 standards, 8 questions (4 key), 3 profile fields'),
    ).toBeTruthy();
    // Description: one paragraph per blank-line-separated block.
    expect(screen.getByText('A made-up framework for tests.').tagName).toBe('P');
  });

  it('lists the sections and standards as links to their place on the page', async () => {
    await openFramework();
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(contents)
      .getAllByRole('link')
      .map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Answer scales', '#answer-scales'],
      ['Case profile', '#case-profile'],
      ['Case work', '#section-case-work'],
      ['1.1 Assessment', '#standard-assessment'],
      ['1.2 Planning', '#standard-planning'],
      ['Organisation', '#section-organisation'],
      ['2.1 Governance and leadership', '#standard-governance'],
      ['2.2 Reviewing', '#standard-reviewing'],
      ['Suggested areas and strata', '#areas-strata'],
      ['Rating rules', '#rating-rules'],
      ['Glossary', '#glossary'],
    ]);
    expect(document.getElementById('standard-reviewing')?.textContent).toBe('2.2 Reviewing');
  });

  it('says each applicability rule in words', async () => {
    await openFramework();
    expect(
      screen.getByText('Asked only if “Was the child subject to MAPPA?” is Yes.'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        `Asked only if “${SCRIPT_QUESTION}” is Outstanding or Good and “Age of the child” is more than 15.`,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('Asked only if “How many reviews took place?” is more than 0.'),
    ).toBeTruthy();
  });

  it('shows a question with its number, kind, key marker, guidance, prompts and finding wording', async () => {
    await openFramework();
    const question = document.getElementById('item-assess-desistance')!;
    const text = within(question);
    expect(text.getByText('Question 1')).toBeTruthy();
    expect(
      text.getByRole('heading', {
        level: 4,
        name: 'Does assessment sufficiently analyse how to support the child’s desistance?',
      }),
    ).toBeTruthy();
    expect(text.getByText('Key question')).toBeTruthy();
    expect(text.queryByText('Optional')).toBeNull();
    expect(text.getByText('Wording verified')).toBeTruthy();
    expect(text.getByText('Judgement')).toBeTruthy();
    expect(text.getByText(/^Sufficient · Not sufficient · N\/A/)).toBeTruthy();
    expect(text.getByText('Consider the whole assessment.').tagName).toBe('P');
    expect(text.getByText('Look for the child’s own view of their strengths.').tagName).toBe('P');
    expect(text.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Positive: “assessment sufficiently analysed desistance”',
      'Negative: “assessment did not sufficiently analyse desistance”',
      'Does assessment draw on other agencies?',
      'Does it consider diversity?',
    ]);

    const count = within(document.getElementById('item-review-count')!);
    expect(count.getByText('Question 7')).toBeTruthy();
    expect(count.getByText('A whole number, at least 0')).toBeTruthy();
    expect(count.getByText('more than 2: “more than two reviews”')).toBeTruthy();

    const age = within(document.getElementById('item-age')!);
    expect(age.getByText('A whole number (years), from 10 to 18')).toBeTruthy();
    expect(within(document.getElementById('item-plan-notes')!).getByText('Optional')).toBeTruthy();
    expect(
      within(document.getElementById('item-assess-mappa')!).getByText('Wording reconstructed'),
    ).toBeTruthy();
  });

  it('shows each answer scale with what its answers count as, N/A and not known included', async () => {
    await openFramework();
    const quality = screen.getByRole('table', { name: 'Quality (ordered, first to last)' });
    expect(
      within(quality)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'OutstandingoutstandingPositive: counts towards the percentage',
      'GoodgoodPositive: counts towards the percentage',
      'Requires improvementrequires-improvementNegative',
      'InadequateinadequateNegative',
      'Not knownnot_knownCounted in the base of percentages, as not positiveThe record does not say',
    ]);
    expect(quality.nextElementSibling?.textContent).toBe('N/A is not offered on this scale.');
    const agencies = screen.getByRole('table', { name: 'Agencies' });
    expect(agencies.nextElementSibling?.textContent).toBe(
      'Neither N/A nor not known is offered on this scale.',
    );
    const yesNo = screen.getByRole('table', { name: 'Yes / No' });
    expect(yesNo.nextElementSibling).toBeNull();
    expect(
      within(yesNo).getByText(/^Left out of the base of percentages, and reported/),
    ).toBeTruthy();
  });

  it('shows the rating rules as tables, with the rounding and standard rules in words', async () => {
    await openFramework();
    const rules = document.getElementById('rating-rules')!.parentElement!;
    expect(
      within(rules).getByText(/takes the band of its lowest-scoring key question/),
    ).toBeTruthy();
    expect(
      within(rules).getByText(
        'Percentages are rounded to whole numbers, half up, before they are placed in a band, as they are printed: 64.5% counts as 65%.',
      ),
    ).toBeTruthy();
    expect(
      within(rules).getByText(
        '1 standard is rated by the lead inspector’s professional judgement instead, with a rationale.',
      ),
    ).toBeTruthy();
    const bands = screen.getByRole('table', {
      name: 'Bands for the percentage of cases with a positive answer',
    });
    expect(rowsOf(bands)).toEqual([
      ['below 50%', 'Minority', 'Inadequate', '0'],
      ['50–64%', 'Too few', 'Requires improvement', '1'],
      ['65–79%', 'Reasonable majority', 'Good', '2'],
      ['80% and over', 'Large majority', 'Outstanding', '3'],
    ]);
    expect(
      within(rules).getByText(/4 standards, at most 12 points\) and places the total in a band/),
    ).toBeTruthy();
    expect(
      rowsOf(screen.getByRole('table', { name: 'Overall rating from the total points' })),
    ).toEqual([
      ['0–2', 'Inadequate'],
      ['3–6', 'Requires improvement'],
      ['7–10', 'Good'],
      ['11–12', 'Outstanding'],
    ]);
    expect(
      screen.getByText('Rated by the lead inspector’s professional judgement, with a rationale.'),
    ).toBeTruthy();
  });

  it('says exact proportions are banded without rounding when the framework says so', async () => {
    const framework = richFramework({ version: '1.1.0' });
    framework.rating = { ...framework.rating!, rounding: 'none' };
    await importFramework(framework);
    await openFramework('practice-audit-test@1.1.0');
    expect(
      screen.getByText(
        'The exact proportion is placed in a band, without rounding: 64.9% is below 65%.',
      ),
    ).toBeTruthy();
    expect(
      rowsOf(
        screen.getByRole('table', {
          name: 'Bands for the percentage of cases with a positive answer',
        }),
      ).map((row) => row[0]),
    ).toEqual(['below 50%', '50% to under 65%', '65% to under 80%', '80% and over']);
  });

  it('shows the glossary, areas and strata', async () => {
    await openFramework();
    const glossary = document.getElementById('glossary')!.parentElement!;
    expect(within(glossary).getByText('MAPPA')).toBeTruthy();
    expect(within(glossary).getByText('A process rather than a single event.')).toBeTruthy();
    expect(screen.getByText('South City YOT')).toBeTruthy();
    expect(screen.getByText('Cases supervised from the home area.')).toBeTruthy();
  });

  it('renders script-like text as text, never as markup', async () => {
    const { container } = await openFramework();
    expect(screen.getByRole('heading', { level: 4, name: SCRIPT_QUESTION })).toBeTruthy();
    expect(screen.getAllByText(new RegExp(`^${IMG_LABEL}`)).length).toBeGreaterThan(0);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows a source address as text, not a link, unless it is a web address', async () => {
    // Built-in files are not re-checked when stored, so the page guards links itself.
    const framework = richFramework({ version: '2.0.0' });
    framework.source = { citation: 'A citation', url: 'javascript:alert(1)' };
    await importFramework(framework);
    await openFramework('practice-audit-test@2.0.0');
    expect(screen.getByText('javascript:alert(1)').tagName).toBe('SPAN');
    expect(screen.queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
  });

  it('exports exactly the stored framework as pretty JSON named after its id and version', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          blobs.push(blob);
          return 'blob:framework';
        },
        revokeObjectURL: () => undefined,
      }),
    );
    let downloaded = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloaded = this.download;
    });
    await openFramework();
    await userEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    expect(downloaded).toBe('practice-audit-test-1.0.0.json');
    expect(blobs).toHaveLength(1);
    const text = await blobs[0]!.text();
    expect(text).toBe(`${JSON.stringify(richFramework(), null, 2)}\n`);
    expect(JSON.parse(text)).toEqual(richFramework());
    click.mockRestore();
  });

  it('says plainly when there is no such framework', async () => {
    await openFramework('no-such-framework@9.9.9');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Framework not found');
    expect(
      screen.getByText(/There is no framework “no-such-framework@9.9.9” on this device/),
    ).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Framework not found – Case Audit'));
  });
});
