import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import {
  builtInFrameworkKeys,
  importFramework,
  listFrameworks,
} from '../../src/db/frameworks/frameworkStore';
import { minimalFramework } from '../fixtures/frameworkBuilder';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
beforeEach(() => useDatabase(new CaseAuditDatabase(`test-frameworks-${n++}`, TEST_DATA_KEY)));
afterEach(() => useDatabase(null));

describe('the framework library on this device', () => {
  it('holds every built-in framework after first use, marked as built in', async () => {
    const records = await listFrameworks();
    const builtIn = records
      .filter((r) => r.builtIn)
      .map((r) => r.key)
      .sort();
    expect(builtIn).toEqual(builtInFrameworkKeys());
  });

  it('adds an imported framework, and accepts the identical file again without change', async () => {
    const framework = minimalFramework();
    expect((await importFramework(framework)).status).toBe('added');
    // Same content, keys in another order: still the same framework.
    const reordered = JSON.parse(JSON.stringify({ ...framework, title: framework.title }));
    expect((await importFramework(reordered)).status).toBe('already-here');
    expect(await database().frameworks.where('id').equals('test-framework').count()).toBe(1);
  });

  it('refuses a different framework under the same id and version, keeping the stored one', async () => {
    await importFramework(minimalFramework());
    const changed = minimalFramework({ title: 'Changed title' });
    const outcome = await importFramework(changed);
    expect(outcome.status).toBe('conflict');
    expect((await database().frameworks.get('test-framework@1.0.0'))?.title).toBe('Test framework');
  });

  it('keeps an older version when a newer one arrives', async () => {
    await importFramework(minimalFramework());
    await importFramework(minimalFramework({ version: '1.1.0', title: 'Test framework' }));
    const versions = (await listFrameworks())
      .filter((r) => r.id === 'test-framework')
      .map((r) => r.version);
    expect(versions).toEqual(['1.1.0', '1.0.0']);
  });
});
