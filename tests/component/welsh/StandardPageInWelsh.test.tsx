import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyLanguage } from '../../../src/ui/i18n/translate';
import StandardPage from '../../../src/ui/scoring/StandardPage/StandardPage';
import { CASE, closeCase, fixture, freshCase, INSPECTION, renderRouted } from '../scoringSetup';

const ref = fixture.cases[0]!.ref;

function open(standardId: string) {
  return renderRouted(
    `/inspections/${INSPECTION}/cases/${CASE}/standards/${standardId}`,
    <StandardPage inspectionId={INSPECTION} caseId={CASE} standardId={standardId} />,
  );
}

const question = (name: RegExp | string) => screen.getByRole('group', { name });
const status = (itemId: string) => document.getElementById(`${itemId}-status`)?.textContent;

beforeEach(async () => {
  await applyLanguage('cy');
  await freshCase();
});
afterEach(async () => {
  await closeCase();
  await applyLanguage('en');
});

describe('the question screen in Welsh', () => {
  it('says its own words in Welsh around the framework’s questions', async () => {
    open('assessment');
    await screen.findByRole('heading', { level: 1, name: 'Assessment' });
    expect(screen.getByRole('link', { name: `Yn ôl i achos ${ref}` })).toBeTruthy();
    expect(document.querySelector('.govuk-caption-l')?.textContent).toMatch(
      new RegExp(`^Achos ${ref}`),
    );
    expect(screen.getByTestId('task-progress').textContent).toMatch(
      /^0 o \d+ cwestiwn wedi’u hateb\. Caiff atebion eu cadw wrth i chi fynd\.$/,
    );
    expect(screen.getByText(/dewis ateb/).textContent).toContain('ddim yn hysbys');
    const labels = within(question(/emotional and mental health/))
      .getAllByRole('radio')
      .map((r) => `${(r as HTMLInputElement).labels?.[0]?.textContent}`);
    expect(labels).toEqual(['Yes1', 'No2', 'AmherthnasolN', 'Ddim yn hysbysK']);
    expect(screen.queryByText(/Answers save as you go/)).toBeNull();
    expect(screen.queryByText(/choose an answer/)).toBeNull();
    expect(document.title).toMatch(/^Ateb cwestiynau/);
  });

  it('says in Welsh that an answer is saved', async () => {
    open('assessment');
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(
      within(question('Was the child seen alone?')).getByRole('radio', { name: 'No' }),
    );
    await waitFor(() => expect(status('a2')).toMatch(/^Wedi’i gadw \d\d:\d\d$/));
  });
});
