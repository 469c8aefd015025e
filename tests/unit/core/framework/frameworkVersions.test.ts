import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type Framework } from '../../../../src/core';
import {
  frameworkHash,
  nextVersion,
  suggestVersion,
} from '../../../../src/core/framework/frameworkVersions';
import {
  judgement,
  minimalFramework,
  withQuestions,
  yesNoScale,
} from '../../../fixtures/frameworkBuilder';

const builtIn = (id: string, version: string): Framework =>
  JSON.parse(readFileSync(`audit-frameworks/${id}/${version}.json`, 'utf8'));

describe('the content hash of a framework version', () => {
  it('is the SHA-256 of its canonical JSON, in lower-case hex', async () => {
    const framework = builtIn('hmip-lac-placed-away-2012', '1.0.0');
    const hash = await frameworkHash(framework, webcrypto.subtle);
    expect(hash).toBe('7a843aa415d7ffb22848525bed423edcd0a2b75f4f03d753afeeb3f84b783978');
    expect(hash).toBe(createHash('sha256').update(canonicalJson(framework)).digest('hex'));
  });

  it('does not depend on the order of keys, and changes with any content', async () => {
    const framework = minimalFramework();
    const reordered = JSON.parse(JSON.stringify(framework, Object.keys(framework).reverse()));
    const same = await frameworkHash({ ...reordered, ...framework }, webcrypto.subtle);
    expect(same).toBe(await frameworkHash(framework, webcrypto.subtle));
    const other = await frameworkHash(
      minimalFramework({ title: 'Test framework.' }),
      webcrypto.subtle,
    );
    expect(other).not.toBe(same);
  });
});

describe('the number suggested for the next version', () => {
  const before = withQuestions([judgement('q1', { key: true }), judgement('q2')]);

  it('steps the patch for wording only: 1.0.0 → 1.0.1', () => {
    const after = withQuestions([
      judgement('q1', { key: true, text: 'Was the plan reviewed on time?' }),
      judgement('q2', { guidance: 'Look at the review record.' }),
    ]);
    expect(suggestVersion(before, after)).toEqual({ version: '1.0.1', reason: 'wording' });
  });

  it('steps the minor for a question added: 1.0.0 → 1.1.0', () => {
    const after = withQuestions([judgement('q1', { key: true }), judgement('q2'), judgement('q3')]);
    expect(suggestVersion(before, after)).toEqual({ version: '1.1.0', reason: 'added' });
  });

  it('steps the minor for an answer option added', () => {
    const partly = { value: 'partly', label: 'Partly', meaning: 'negative' as const };
    const after = {
      ...before,
      scales: [{ ...yesNoScale, options: [...yesNoScale.options, partly] }],
    };
    expect(suggestVersion(before, after).reason).toBe('added');
  });

  it('steps the major for a question removed: 1.0.0 → 2.0.0', () => {
    const after = withQuestions([judgement('q1', { key: true })]);
    expect(suggestVersion(before, after)).toEqual({
      version: '2.0.0',
      reason: 'removed-or-changed',
    });
  });

  it('steps the major for a change of meaning: an answer counted differently, a rule, the key flag', () => {
    const flipped = {
      ...before,
      scales: [
        {
          ...yesNoScale,
          options: [
            yesNoScale.options[0]!,
            { ...yesNoScale.options[1]!, meaning: 'neutral' as const },
          ],
        },
      ],
    };
    expect(suggestVersion(before, flipped).reason).toBe('removed-or-changed');
    const ruled = withQuestions([
      judgement('q1', { key: true }),
      judgement('q2', { showWhen: { question: 'q1', equals: 'yes' } }),
    ]);
    expect(suggestVersion(before, ruled).reason).toBe('removed-or-changed');
    const unkeyed = withQuestions([judgement('q1'), judgement('q2')]);
    expect(suggestVersion(before, unkeyed).reason).toBe('removed-or-changed');
  });

  it('counts from the version before, whatever its size: 1.9.3 → 1.10.0, 2.0.0-beta → 2.0.1', () => {
    expect(nextVersion('1.9.3', 'added')).toBe('1.10.0');
    expect(nextVersion('2.0.0-beta.1', 'wording')).toBe('2.0.1');
  });
});
