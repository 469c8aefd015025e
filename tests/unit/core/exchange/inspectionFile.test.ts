import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildInspectionFile,
  emptyReportDraft,
  type InspectionFile,
  type InspectionFileContents,
  inspectionFileText,
  readInspectionFile,
} from '../../../../src/core';
import { inspectionFileChecksum } from '../../../../src/core/exchange/fileEnvelope';
import { judgement, minimalFramework, withQuestions } from '../../../fixtures/frameworkBuilder';
import { inspectionFixture } from '../../../fixtures/inspectionFixture';
import { nodeSha256 } from '../../../fixtures/reportFixture';

const AT = '2026-03-02T10:00:00.000Z';

function contents(): InspectionFileContents {
  const framework = withQuestions([judgement('q1'), judgement('q2')]);
  const fixture = inspectionFixture({ framework, caseCount: 2 });
  const answer = (value: string, note: string, rev: number) => ({
    value,
    note,
    rev,
    at: AT,
    by: 'ap',
    device: 'laptop-1',
  });
  const draft = emptyReportDraft();
  draft.summary = 'In over half of cases (50%, 1 of 2) the case was allocated promptly.';
  return {
    framework,
    inspection: fixture.inspection,
    cases: fixture.cases.map((c, i) => ({
      ...c,
      answers: { q1: answer(i === 0 ? 'yes' : 'no', 'File p. 3: allocation memo', 2) },
      history: [
        { itemId: 'q1', ...answer('no', '', 1), via: 'edit' as const, before: null },
        {
          itemId: 'q1',
          ...answer(i === 0 ? 'yes' : 'no', 'File p. 3: allocation memo', 2),
          via: 'edit' as const,
          before: { value: 'no', note: '' },
        },
      ],
    })),
    report: draft,
    moderation: [],
  };
}

async function file(): Promise<InspectionFile> {
  return buildInspectionFile(contents(), { exportedAt: AT, appVersion: '0.1.0' }, nodeSha256);
}

/** A changed file with its checksum made right again, to reach the checks after it. */
async function resealed(change: (f: InspectionFile) => void): Promise<string> {
  const f = structuredClone(await file());
  change(f);
  f.checksum = await inspectionFileChecksum(f, nodeSha256);
  return inspectionFileText(f);
}

describe('the inspection file', () => {
  it('reads back what was written, envelope and all', async () => {
    const written = await file();
    expect(written).toMatchObject({
      format: 'case-audit/inspection',
      formatVersion: 1,
      kind: 'inspection',
      app: { version: '0.1.0' },
      moderation: [],
    });
    expect(written.checksum).toMatch(/^[0-9a-f]{64}$/);
    const read = await readInspectionFile(inspectionFileText(written), nodeSha256);
    expect(read).toEqual({ status: 'ok', value: written });
  });

  it('refuses a file changed since it was exported', async () => {
    const text = inspectionFileText(await file()).replace(
      'File p. 3: allocation memo',
      'File p. 4: allocation memo',
    );
    const read = await readInspectionFile(text, nodeSha256);
    expect(read.status).toBe('invalid');
    if (read.status === 'invalid') {
      expect(read.errors[0]!.message).toContain('the file has been changed since it was exported');
    }
  });

  it('asks for an update when the file was made by a newer version', async () => {
    const text = await resealed((f) => {
      (f as { formatVersion: number }).formatVersion = 2;
    });
    const read = await readInspectionFile(text, nodeSha256);
    expect(read.status === 'invalid' && read.errors[0]!.message).toMatch(
      /made by a newer version of Case Audit.*update the app/,
    );
  });

  it('refuses a framework other than the one the inspection is pinned to', async () => {
    const text = await resealed((f) => {
      f.framework.version = '1.1.0';
    });
    const read = await readInspectionFile(text, nodeSha256);
    expect(read.status === 'invalid' && read.errors[0]).toEqual({
      path: 'framework',
      message: expect.stringContaining('the inspection is pinned to test-framework@1.0.0'),
    });
  });

  it('names answers to items the framework does not have', async () => {
    const text = await resealed((f) => {
      (f.cases[0]!.answers as Record<string, unknown>)['q-gone'] = f.cases[0]!.answers.q1;
    });
    const read = await readInspectionFile(text, nodeSha256);
    expect(read.status === 'invalid' && read.errors).toContainEqual({
      path: 'cases[0].answers.q-gone',
      message: 'is not a question or profile field of test-framework@1.0.0',
    });
  });

  it('says what a framework file is when given one', async () => {
    const read = await readInspectionFile(JSON.stringify(minimalFramework()), nodeSha256);
    expect(read.status === 'invalid' && read.errors[0]!.message).toMatch(/framework file/);
  });

  it('refuses other kinds of file in the same envelope with a message', async () => {
    const text = await resealed((f) => {
      (f as { kind: string }).kind = 'work';
    });
    const read = await readInspectionFile(text, nodeSha256);
    expect(read.status === 'invalid' && read.errors[0]).toMatchObject({ path: 'kind' });
  });

  it('rejects random corruptions with a message, never a throw', async () => {
    const text = inspectionFileText(await file());
    // Positions of characters that carry content (not the indentation between them).
    const positions = [...text].flatMap((ch, i) => (/\s/.test(ch) ? [] : [i]));
    const corruption = fc.oneof(
      fc.record({
        kind: fc.constant('replace' as const),
        at: fc.constantFrom(...positions),
        ch: fc.constantFrom(...'abcXYZ019{}[]",:-.\\é€'),
      }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.constantFrom(...positions) }),
      fc.record({
        kind: fc.constant('truncate' as const),
        at: fc.integer({ min: 0, max: text.length - 2 }),
      }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.constantFrom(...positions),
        ch: fc.constantFrom(...'aZ7}",'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(corruption, async (c) => {
        let broken: string;
        if (c.kind === 'replace') {
          fc.pre(text[c.at] !== c.ch);
          broken = text.slice(0, c.at) + c.ch + text.slice(c.at + 1);
        } else if (c.kind === 'delete') broken = text.slice(0, c.at) + text.slice(c.at + 1);
        else if (c.kind === 'truncate') broken = text.slice(0, c.at);
        else broken = text.slice(0, c.at) + c.ch + text.slice(c.at);
        const read = await readInspectionFile(broken, nodeSha256);
        expect(read.status).toBe('invalid');
        if (read.status === 'invalid') {
          expect(read.errors.length).toBeGreaterThan(0);
          for (const e of read.errors) expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 250, seed: 20261122 },
    );
  });
});
