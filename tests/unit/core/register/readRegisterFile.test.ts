import { describe, expect, it } from 'vitest';
import {
  loadRegisterFile,
  readRecommendation,
  readRegisterFile,
} from '../../../../src/core/register/readRegisterFile';
import { lacFramework } from '../../../fixtures/lacFramework';
import { recommendation } from './registerFixtures';

const framework = lacFramework();

function file(recommendations: unknown[], version = '1.0.1') {
  return {
    format: 'case-audit-register',
    formatVersion: 1,
    framework: { id: 'hmip-lac-placed-away-2012', version },
    title: 'Recommendations',
    recommendations,
  };
}

describe('reading a register file against its framework', () => {
  it('reads a file for the framework version, evidence linked to its questions', () => {
    const read = readRegisterFile(
      file([
        recommendation('a'),
        recommendation('b', { evidence: [{ id: 'e1', text: 'Audit', itemId: 'alloc-prompt' }] }),
      ]),
      framework,
    );
    expect(read.status).toBe('ok');
    expect(read.status === 'ok' && read.value.recommendations.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('refuses a file for another version of the framework, or another framework', () => {
    expect(readRegisterFile(file([], '1.0.0'), framework)).toEqual({
      status: 'invalid',
      errors: [
        {
          path: 'framework',
          message:
            'this register is for hmip-lac-placed-away-2012 1.0.0, not hmip-lac-placed-away-2012 1.0.1',
        },
      ],
    });
    const other = { ...file([]), framework: { id: 'yjb-case-file-2010', version: '1.0.1' } };
    expect(readRegisterFile(other, framework).status).toBe('invalid');
  });

  it('names the place of evidence linked to something that is not a question of the framework', () => {
    const read = readRegisterFile(
      file([
        recommendation('a'),
        recommendation('b'),
        recommendation('c', {
          evidence: [
            { id: 'e1', text: 'Made up', itemId: 'no-such-question' },
            // A profile field is an item of the framework, but not a question.
            { id: 'e2', text: 'Gender', itemId: 'gender' },
          ],
        }),
      ]),
      framework,
    );
    expect(read.status === 'invalid' && read.errors).toEqual([
      {
        path: 'recommendations[2].evidence[0].itemId',
        message: 'no question "no-such-question" in the framework',
      },
      {
        path: 'recommendations[2].evidence[1].itemId',
        message: 'no question "gender" in the framework',
      },
    ]);
  });

  it('names the place of a shape problem and of an id given twice', () => {
    const noText = readRegisterFile(file([recommendation('a', { text: ' ' })]), framework);
    expect(noText.status === 'invalid' && noText.errors[0]?.path).toBe('recommendations[0].text');
    const twice = readRegisterFile(file([recommendation('a'), recommendation('a')]), framework);
    expect(twice.status === 'invalid' && twice.errors).toEqual([
      { path: 'recommendations[1].id', message: '"a" is already the id of recommendations[0]' },
    ]);
  });

  it('reads the text of a file, refusing JSON that does not parse', () => {
    expect(loadRegisterFile(JSON.stringify(file([])), framework).status).toBe('ok');
    const broken = loadRegisterFile('{"format":', framework);
    expect(broken.status === 'invalid' && broken.errors[0]?.path).toBe('(the whole file)');
  });
});

describe('reading one recommendation', () => {
  it('names places inside it: an action without text, a date that is not one', () => {
    const read = readRecommendation(
      recommendation('a', {
        actions: [
          { id: 'x', text: 'Audit monthly', owner: '', dueDate: '2026-02-30', doneOn: null },
          { id: 'y', text: '', owner: '', dueDate: null, doneOn: null },
        ],
      }),
      framework,
    );
    expect(read.status === 'invalid' && read.errors.map((e) => e.path)).toEqual([
      'actions[0].dueDate',
      'actions[1].text',
    ]);
  });
});
