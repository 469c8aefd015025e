/**
 * The recommendations register in Welsh: its heading, the empty register's choices, the filters
 * with the RAG statuses said in Welsh, and the table's headings, with no English label left.
 */
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegisterRecommendation } from '../../src/core';
import { saveRecommendation } from '../../src/db/register/registerStore';
import { applyLanguage } from '../../src/ui/i18n/translate';
import Register from '../../src/ui/register/Register/Register';
import { renderAt } from './findingsSetup';
import { closeRegister, freshRegister, REGISTER, SELF } from './registerSetup';

beforeEach(async () => {
  await freshRegister();
  await applyLanguage('cy');
});
afterEach(async () => {
  await applyLanguage('en');
  closeRegister();
});

const amber: RegisterRecommendation = {
  id: 'r1',
  origin: { kind: 'local', document: '', location: '' },
  addressee: 'Youth Offending Team Managers',
  text: 'Local recommendation r1',
  owner: '',
  localPosition: '',
  rag: 'amber',
  actions: [],
  evidence: [],
  history: [],
};

describe('the register in Welsh', { timeout: 30_000 }, () => {
  it('says an empty register’s choices in Welsh', async () => {
    renderAt(REGISTER, <Register inspectionId={SELF} />);
    await screen.findByRole('heading', { level: 1, name: 'Cofrestr argymhellion' });
    await screen.findByText('Nid oes argymhellion wedi’u cofnodi eto.');
    expect(screen.getByRole('link', { name: 'Ychwanegwch argymhelliad' })).toBeTruthy();
    expect(screen.getByLabelText('Ffeil cofrestr')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Allforio’r gofrestr' })).toBeTruthy();
    expect(screen.queryByText('Import a register file')).toBeNull();
  });

  it('says the filters, the table and the RAG status in Welsh', async () => {
    expect((await saveRecommendation(SELF, amber, 'Jane')).status).toBe('saved');
    const user = userEvent.setup();
    renderAt(REGISTER, <Register inspectionId={SELF} />);
    const table = await screen.findByRole('table', { name: '1 argymhelliad' });
    expect(within(table).getByRole('columnheader', { name: 'Statws RAG' })).toBeTruthy();
    expect(within(table).getByText('Ambr')).toBeTruthy();
    expect(within(table).getByText('Dim perchennog eto')).toBeTruthy();
    const rag = screen.getByRole('combobox', { name: 'Statws RAG' });
    expect(within(rag).getByRole('option', { name: 'Heb ei asesu' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Defnyddio’r hidlwyr' }));
    expect(screen.queryByText('Amber')).toBeNull();
    expect(screen.queryByText('Filter the recommendations')).toBeNull();
  });
});
