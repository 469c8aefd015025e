/**
 * The whole inspection protected by a passphrase, as packs and work files are: the same
 * `case-audit/encrypted` envelope (contents "inspection"), opened the way every protected file
 * is, then imported; a wrong passphrase changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, inspectionFileText } from '../../src/core';
import { readEncryptedFile, WRONG_PASSPHRASE } from '../../src/core/crypto/encryptedFile';
import { useDatabase } from '../../src/db/connection';
import { makeInspectionFile } from '../../src/db/exchange/inspectionExport';
import { importInspectionFile } from '../../src/db/exchange/inspectionImport';
import { openTeamFile, unlockTeamFile } from '../../src/db/exchange/teamFileOpening';
import { inspectionFileExport } from '../../src/ui/report/Exports/inspectionExports';
import { devices, dump, leadInspection, MADE, on, score } from '../fixtures/teamDb';

const PASSPHRASE = 'orange kettle harbour';

afterEach(() => useDatabase(null));

describe('a whole inspection protected by a passphrase', { timeout: 60_000 }, () => {
  it('round-trips to another device with the passphrase, and a wrong one changes nothing', async () => {
    const d = devices();
    on(d.lead);
    const { inspection } = await leadInspection();
    await score('lead', 'insp-team-case-1', 'q1', 'yes', 'Allocation memo, p. 3');
    await score('ap', 'insp-team-case-2', 'q1', 'no', 'Not in the file');

    const exported = await inspectionFileExport(inspection.id, '2026-03-02', MADE, PASSPHRASE);
    if (exported.status !== 'ok') throw new Error(exported.message);
    expect(exported.file.fileName).toBe('team-test-thematic-all-data-protected-2026-03-02.json');
    const text = await exported.file.blob.text();
    // Nothing of the inspection can be read without the passphrase.
    expect(text).not.toContain('Allocation memo');
    const envelope = readEncryptedFile(text);
    expect(envelope).toMatchObject({ status: 'ok', value: { contents: 'inspection' } });
    const plain = await makeInspectionFile(inspection.id, MADE);
    if (plain.status !== 'ok') throw new Error(plain.message);

    on(d.jm);
    const before = await dump();
    const locked = await openTeamFile(exported.file.fileName, text);
    if (locked.status !== 'locked') throw new Error(locked.status);
    const wrong = await unlockTeamFile(locked.name, locked.encrypted, 'orange kettle harbor');
    expect(wrong).toMatchObject({ status: 'locked', error: WRONG_PASSPHRASE });
    expect(await dump()).toBe(before);

    const opened = await unlockTeamFile(locked.name, locked.encrypted, PASSPHRASE);
    if (opened.status !== 'inspection') throw new Error(opened.status);
    const imported = await importInspectionFile(opened.text, { fileName: locked.name });
    expect(imported).toMatchObject({ status: 'imported', cases: 4 });
    const again = await makeInspectionFile(inspection.id, MADE);
    if (again.status !== 'ok') throw new Error(again.message);
    expect(canonicalJson(again.file)).toBe(canonicalJson(plain.file));
    expect(inspectionFileText(again.file)).toContain('Allocation memo, p. 3');
  });

  it('without a passphrase is the plain inspection file, named as before', async () => {
    on(devices().lead);
    const { inspection } = await leadInspection();
    const exported = await inspectionFileExport(inspection.id, '2026-03-02', MADE);
    if (exported.status !== 'ok') throw new Error(exported.message);
    expect(exported.file.fileName).toBe('team-test-thematic-all-data-2026-03-02.json');
    expect(JSON.parse(await exported.file.blob.text())).toMatchObject({
      format: 'case-audit/inspection',
      kind: 'inspection',
    });
  });
});
