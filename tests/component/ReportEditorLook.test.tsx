import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { loadExampleInspection } from '../../src/db/inspections/exampleInspection';
import { loadReportDraft } from '../../src/db/inspections/reportStore';
import { readImageHeader } from '../../src/ui/report/ReportEditor/imageHeader';
import ReportEditor from '../../src/ui/report/ReportEditor/ReportEditor';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const ID = 'insp-report-look';

/** A 1×1 PNG. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAMAASsJTYQAAAAASUVORK5CYII=';
const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`report-editor-look-${n++}`, TEST_DATA_KEY));
  const loaded = await loadExampleInspection({ newId: () => ID });
  if (loaded.status !== 'loaded') throw new Error('fixture');
});
afterEach(() => useDatabase(null));

async function open() {
  // A person can pick "All files" in the browser's file dialog, whatever the input accepts.
  const user = userEvent.setup({ applyAccept: false });
  window.history.replaceState(null, '', `/inspections/${ID}/report`);
  render(
    <LocationProvider>
      <ReportEditor inspectionId={ID} />
    </LocationProvider>,
  );
  await screen.findByRole('heading', { name: 'Look and credits' });
  return { user, part: screen.getByRole('region', { name: 'Look and credits' }) };
}

async function storedDraft() {
  const stored = await loadReportDraft(ID);
  if (stored.status !== 'ok') throw new Error('unreadable draft');
  return stored.draft;
}

const numbered = () =>
  screen.getByRole('checkbox', { name: 'Number paragraphs (1.1, 1.2 …)' }) as HTMLInputElement;

describe('the report’s look and credits', { timeout: 30_000 }, () => {
  it('starts from the template the inspection’s kind suggests, and a template sets its numbering', async () => {
    const { user } = await open();
    // The example is a thematic inspection: HMIP's thematic template, paragraphs numbered.
    const hmip = screen.getByRole('radio', { name: 'HMIP thematic inspection' });
    expect((hmip as HTMLInputElement).checked).toBe(true);
    expect(hmip.getAttribute('aria-describedby')).toBe('report-template-hmip-thematic-hint');
    expect(numbered().checked).toBe(true);

    await user.click(screen.getByRole('radio', { name: 'CSSIW national inspection' }));
    expect(numbered().checked).toBe(false);
    await waitFor(async () =>
      expect((await storedDraft()).style).toEqual({
        template: 'cssiw-national',
        numberedParagraphs: false,
        logo: null,
      }),
    );

    await user.click(numbered());
    await waitFor(async () =>
      expect((await storedDraft()).style).toEqual({
        template: 'cssiw-national',
        numberedParagraphs: true,
        logo: null,
      }),
    );
  });

  it('stores a PNG logo with its text alternative, shows it, and removes it', async () => {
    const { user } = await open();
    const file = new File([bytesOf(PNG_BASE64)], 'logo.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Logo for the cover (optional)'), file);

    // Without a text alternative the logo is not used.
    await user.click(await screen.findByRole('button', { name: 'Use this logo' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Enter a text alternative for the logo' }),
    ).toBeTruthy();
    const alt = screen.getByRole('textbox', { name: 'Text alternative for the logo' });
    expect(alt.getAttribute('aria-describedby')).toContain('report-logo-alt-error');
    expect((await storedDraft()).style).toBeUndefined();

    await user.type(alt, 'HM Inspectorate of Probation');
    await user.click(screen.getByRole('button', { name: 'Use this logo' }));
    await waitFor(async () =>
      expect((await storedDraft()).style?.logo).toEqual({
        mediaType: 'image/png',
        data: PNG_BASE64,
        width: 1,
        height: 1,
        alt: 'HM Inspectorate of Probation',
      }),
    );
    expect((await storedDraft()).style?.template).toBe('hmip-thematic');
    const preview = screen.getByRole('img', { name: 'HM Inspectorate of Probation' });
    expect(preview.getAttribute('src')).toBe(`data:image/png;base64,${PNG_BASE64}`);
    expect(screen.queryByRole('alert')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Remove the logo' }));
    await waitFor(async () => expect((await storedDraft()).style?.logo).toBeNull());
    expect(screen.queryByRole('img', { name: 'HM Inspectorate of Probation' })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Logo for the cover (optional)')),
    );
  });

  it('refuses a file that is not a PNG or JPEG, or is over 512 KB, and changes nothing stored', async () => {
    const { user } = await open();
    await user.click(screen.getByRole('radio', { name: 'Council self-audit' }));
    await waitFor(async () =>
      expect((await storedDraft()).style?.template).toBe('council-self-audit'),
    );
    const before = await storedDraft();
    const input = screen.getByLabelText('Logo for the cover (optional)');

    // Named and typed as a PNG, but its bytes are text.
    await user.upload(input, new File(['Not a picture'], 'logo.png', { type: 'image/png' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'The logo must be a PNG or JPEG image' }),
    ).toBeTruthy();
    expect(input.getAttribute('aria-describedby')).toContain('report-logo-error');
    expect(screen.queryByRole('textbox', { name: 'Text alternative for the logo' })).toBeNull();

    // A PNG's signature, then 600 KB.
    const big = new File(
      [bytesOf(PNG_BASE64).subarray(0, 8), new Uint8Array(600 * 1024)],
      'big.png',
      {
        type: 'image/png',
      },
    );
    await user.upload(input, big);
    await within(await screen.findByRole('alert')).findByRole('link', {
      name: 'The logo must be 512 KB or smaller',
    });
    expect(screen.queryByRole('textbox', { name: 'Text alternative for the logo' })).toBeNull();
    expect(await storedDraft()).toEqual(before);
  });

  it('fills the team from the inspection’s, and saves edits to the credits and the acknowledgements', async () => {
    const { user, part } = await open();
    await user.click(within(part).getByRole('button', { name: 'Fill from the inspection’s team' }));
    await waitFor(async () =>
      expect((await storedDraft()).team?.map(({ role, names }) => ({ role, names }))).toEqual([
        { role: 'Lead inspector', names: 'M. Adeyemi' },
        { role: 'Inspectors', names: 'S. Clarke; T. Nowak; H. Rahman' },
      ]),
    );
    expect(
      within(part).queryByRole('button', { name: 'Fill from the inspection’s team' }),
    ).toBeNull();
    const first = within(part).getByRole('group', { name: 'Team credit 1' });
    expect(document.activeElement).toBe(within(first).getByRole('textbox', { name: 'Role' }));

    await user.clear(within(first).getByRole('textbox', { name: 'Role' }));
    await user.type(within(first).getByRole('textbox', { name: 'Role' }), 'Lead Inspector');
    await user.click(within(part).getByRole('button', { name: /^Move down\s*team credit 1$/ }));
    await waitFor(async () =>
      expect((await storedDraft()).team?.map((c) => c.role)).toEqual([
        'Inspectors',
        'Lead Inspector',
      ]),
    );
    await user.click(within(part).getByRole('button', { name: /^Remove\s*team credit 1$/ }));
    await waitFor(async () =>
      expect((await storedDraft()).team?.map((c) => c.role)).toEqual(['Lead Inspector']),
    );

    await user.type(
      within(part).getByRole('textbox', { name: 'Acknowledgements (optional)' }),
      'We thank the six areas for their help.',
    );
    await user.tab();
    await waitFor(async () =>
      expect((await storedDraft()).acknowledgements).toBe('We thank the six areas for their help.'),
    );
    await waitFor(() =>
      expect(document.querySelector('[data-save-state]')?.textContent).toMatch(/^Saved/),
    );
  });
});

describe('reading a logo’s header', () => {
  it('reads a PNG’s width and height from its IHDR chunk', () => {
    expect(readImageHeader(bytesOf(PNG_BASE64))).toEqual({
      mediaType: 'image/png',
      width: 1,
      height: 1,
    });
    // Cut before the height: not a PNG that can be drawn.
    expect(readImageHeader(bytesOf(PNG_BASE64).subarray(0, 20))).toBeNull();
  });

  it('reads a JPEG’s from its first start-of-frame segment, past other segments', () => {
    const jpeg = (frame: number) =>
      Uint8Array.from([
        ...[0xff, 0xd8],
        // APP0, 16 bytes long with its length.
        ...[0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0],
        // A fill byte, then the frame: precision 8, height 0x01e0 = 480, width 0x0280 = 640.
        ...[0xff, 0xff, frame, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03],
        ...new Array(9).fill(0),
        ...[0xff, 0xd9],
      ]);
    const vga = { mediaType: 'image/jpeg', width: 640, height: 480 };
    expect(readImageHeader(jpeg(0xc0))).toEqual(vga);
    // Progressive.
    expect(readImageHeader(jpeg(0xc2))).toEqual(vga);
    // A Huffman table is not a frame; no frame before the end: no size.
    expect(readImageHeader(jpeg(0xc4))).toBeNull();
  });

  it('reads nothing from text', () => {
    expect(readImageHeader(new TextEncoder().encode('Not a picture at all'))).toBeNull();
  });
});
