import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../src/db/connection';
import { createDraft, listDrafts } from '../../src/db/frameworks/frameworkDrafts';
import FrameworkDetail from '../../src/ui/frameworks/FrameworkDetail/FrameworkDetail';
import Frameworks from '../../src/ui/frameworks/Frameworks/Frameworks';
import { closeVersions, freshVersions, renderAt, V1, V2 } from './frameworkVersionsSetup';

beforeEach(() => freshVersions());
afterEach(closeVersions);

const SLOW = { timeout: 5_000 };

function openDetail(key: string) {
  renderAt(`/frameworks/${encodeURIComponent(key)}`, <FrameworkDetail frameworkKey={key} />);
  return screen.findByRole('heading', { level: 1 }, SLOW);
}

describe('starting and keeping framework drafts', () => {
  it('starts a new framework as a draft and opens it in the editor', async () => {
    const user = userEvent.setup();
    renderAt('/frameworks', <Frameworks />);
    await user.click(await screen.findByRole('button', { name: 'New framework' }));
    await waitFor(() => expect(window.location.pathname).toMatch(/^\/frameworks\/drafts\/.+/));
    const drafts = await listDrafts();
    expect(drafts).toHaveLength(1);
    expect(window.location.pathname).toBe(`/frameworks/drafts/${drafts[0]!.draftId}`);
  });

  it('lists drafts with their id, version and last save, and deletes one only after a confirmation', async () => {
    await createDraft(
      { kind: 'next-version', from: V2 },
      { now: () => new Date('2026-05-01T10:30:00Z') },
    );
    const user = userEvent.setup();
    renderAt('/frameworks', <Frameworks />);
    const table = await screen.findByRole('table', { name: 'Drafts' }, SLOW);
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells.slice(0, 4).map((c) => c.textContent)).toEqual([
      'Versions test framework',
      'versions-test',
      '2.0.1',
      '1 May 2026, 10:30',
    ]);
    await user.click(
      within(table).getByRole('button', { name: /^Delete\s*the draft “Versions test framework”/ }),
    );
    expect(await listDrafts()).toHaveLength(1);
    await user.click(within(table).getByRole('button', { name: 'Yes, delete the draft' }));
    await screen.findByText('The draft “Versions test framework” was deleted');
    expect(await listDrafts()).toHaveLength(0);
    expect(screen.queryByRole('table', { name: 'Drafts' })).toBeNull();
  });
});

describe('the framework page: versions, edit and duplicate', () => {
  it('lists every version with its short hash and when it was published', async () => {
    await openDetail(V1);
    const table = await screen.findByRole('table', { name: 'Versions' }, SLOW);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      [
        '2.0.0',
        'Published 1 April 2026',
        'abcdef012345',
        'Compare version 2.0.0 with this version',
      ],
      ['1.0.0 (this version)', 'Imported 2 March 2026', 'Not worked out yet', ''],
    ]);
    expect(
      (await within(table).findByRole('link', { name: /Compare\s*version 2\.0\.0/ })).getAttribute(
        'href',
      ),
    ).toBe(`/frameworks/compare?from=${encodeURIComponent(V2)}&to=${encodeURIComponent(V1)}`);
  });

  it('says which framework a copy was made from, with a link to compare them', async () => {
    const v2 = (await database().frameworks.get(V2))!;
    const framework = {
      ...v2.framework,
      id: 'versions-copy',
      version: '1.0.0',
      basedOn: { id: 'versions-test', version: '2.0.0', title: 'Versions test framework' },
    };
    await database().frameworks.put({
      ...v2,
      key: 'versions-copy@1.0.0',
      id: 'versions-copy',
      version: '1.0.0',
      framework,
    });
    await openDetail('versions-copy@1.0.0');
    const original = await screen.findByRole('link', {
      name: 'Versions test framework, version 2.0.0',
    });
    expect(original.getAttribute('href')).toBe(`/frameworks/${encodeURIComponent(V2)}`);
    expect(
      screen.getByRole('link', { name: 'Compare with the original' }).getAttribute('href'),
    ).toBe(`/frameworks/compare?from=${encodeURIComponent(V2)}&to=versions-copy%401.0.0`);
  });

  it('edits a version by starting a draft of the next one, never changing it in place', async () => {
    const user = userEvent.setup();
    await openDetail(V2);
    await user.click(
      await screen.findByRole('button', { name: /^Edit\s*\(start the next version\)/ }, SLOW),
    );
    await waitFor(() => expect(window.location.pathname).toMatch(/^\/frameworks\/drafts\//));
    const [draft] = await listDrafts();
    expect(draft?.basedOn).toBe(V2);
    expect(draft?.framework.id).toBe('versions-test');
    expect((await database().frameworks.get(V2))?.framework.version).toBe('2.0.0');
  });

  it('duplicates a framework under a new id and title, refusing an id already taken', async () => {
    const user = userEvent.setup();
    await openDetail(V1);
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    const id = screen.getByLabelText('Identifier of the new framework');
    expect((id as HTMLInputElement).value).toBe('versions-test-copy');
    await user.clear(id);
    await user.type(id, 'versions-test');
    await user.click(screen.getByRole('button', { name: 'Duplicate and open the copy' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe(
      'The identifier versions-test is already used on this device: choose another',
    );
    expect(await listDrafts()).toHaveLength(0);

    await user.clear(id);
    await user.type(id, 'versions-local');
    const title = screen.getByLabelText('Title of the new framework');
    await user.clear(title);
    await user.type(title, 'Local versions');
    await user.click(screen.getByRole('button', { name: 'Duplicate and open the copy' }));
    await waitFor(() => expect(window.location.pathname).toMatch(/^\/frameworks\/drafts\//));
    const [draft] = await listDrafts();
    expect(draft?.framework.id).toBe('versions-local');
    expect(draft?.framework.title).toBe('Local versions');
    expect(draft?.framework.basedOn).toEqual({
      id: 'versions-test',
      version: '1.0.0',
      title: 'Versions test framework',
    });
  });

  it('says a version was just published when it opens from the Publish screen', async () => {
    renderAt(
      `/frameworks/${encodeURIComponent(V2)}?published=1`,
      <FrameworkDetail frameworkKey={V2} />,
    );
    await screen.findByText('Version 2.0.0 of Versions test framework was published', {}, SLOW);
  });
});
