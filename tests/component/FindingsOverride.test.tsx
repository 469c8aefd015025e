import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../src/db/connection';
import Findings from '../../src/ui/findings/Findings/Findings';
import RatingOverride from '../../src/ui/findings/Findings/RatingOverride';
import {
  closeFindings,
  FINDINGS,
  figuresShown,
  freshFindings,
  INSPECTION,
  renderAt,
} from './findingsSetup';

beforeEach(freshFindings);
afterEach(closeFindings);

const REASON = 'Assessments were timely but rarely analysed the impact of being looked after.';

async function openOverride(standardId = 'assessment') {
  const user = userEvent.setup();
  const view = renderAt(
    `${FINDINGS}/ratings/${standardId}`,
    <RatingOverride inspectionId={INSPECTION} standardId={standardId} />,
  );
  await screen.findByRole('heading', { level: 1 });
  return { user, view };
}

function ratingsRow(title: string): string[] {
  const table = screen.getByRole('table', { name: 'Ratings of the standards' });
  const row = within(table).getByRole('rowheader', { name: title }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('overriding a standard’s rating', () => {
  it('shows the rating from the figures, with its rule, before the form', async () => {
    await openOverride();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Override the rating of Assessment' }),
    ).toBeTruthy();
    expect(
      await screen.findByText(
        'From the figures (complete cases only): Outstanding — lowest key question: “Was emotional and mental health assessed well enough?” (emh) at Yes: 83% (15/18), Large majority.',
      ),
    ).toBeTruthy();
  });

  it('requires a rationale: an error summary links to the field, and nothing is stored', async () => {
    const { user } = await openOverride();
    await user.click(screen.getByRole('radio', { name: 'Good' }));
    await user.click(screen.getByRole('button', { name: 'Save the rating' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeTruthy();
    const link = within(summary).getByRole('link', {
      name: 'Enter the reason for this rating: it is shown wherever the rating is',
    });
    expect(link.getAttribute('href')).toBe('#rationale');
    expect(
      screen.getByLabelText('Reason for this rating').getAttribute('aria-describedby'),
    ).toContain('rationale-error');
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    expect((await database().inspections.get(INSPECTION))?.ratingOverrides).toEqual([]);
  });

  it('stores the override with who and when, and the findings show it as overridden beside the computed rating', async () => {
    const { user, view } = await openOverride();
    await user.click(screen.getByRole('radio', { name: 'Good' }));
    await user.type(screen.getByLabelText('Reason for this rating'), REASON);
    await waitFor(() =>
      expect((screen.getByLabelText('Who is setting this rating') as HTMLSelectElement).value).toBe(
        'R. Okafor',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save the rating' }));
    await waitFor(() => expect(window.location.pathname).toBe(FINDINGS));
    const [stored] = (await database().inspections.get(INSPECTION))!.ratingOverrides;
    expect(stored).toMatchObject({
      standardId: 'assessment',
      rating: 'Good',
      rationale: REASON,
      by: 'R. Okafor',
    });

    view.unmount();
    renderAt(FINDINGS, <Findings inspectionId={INSPECTION} />);
    await figuresShown();
    expect(screen.getByText('Assessment is now rated Good, with your reason.')).toBeTruthy();
    const [rating, how] = ratingsRow('Assessment');
    expect(rating).toBe('Good (2 points)');
    expect(how).toMatch(
      /^Overridden \(computed: Outstanding — lowest key question: .* at Yes: 83% \(15\/18\), Large majority\)\. Reason: Assessments were timely .* \(R\. Okafor, /,
    );
    // 1 + 2 + 2 = 5 points: Requires improvement.
    expect(screen.getByText('Overall: Requires improvement')).toBeTruthy();
  });

  it('removes an override, so the figures rate the standard again', async () => {
    const first = await openOverride();
    await first.user.click(screen.getByRole('radio', { name: 'Inadequate' }));
    await first.user.type(screen.getByLabelText('Reason for this rating'), 'Plans were copied.');
    await first.user.click(screen.getByRole('button', { name: 'Save the rating' }));
    await waitFor(() => expect(window.location.pathname).toBe(FINDINGS));
    first.view.unmount();

    const { user } = await openOverride();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Change the rating of Assessment' }),
    ).toBeTruthy();
    expect(screen.getByText('Plans were copied.', { selector: 'dd' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove the override' }));
    await waitFor(() => expect(window.location.pathname).toBe(FINDINGS));
    expect((await database().inspections.get(INSPECTION))?.ratingOverrides).toEqual([]);
  });
});
