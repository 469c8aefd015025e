// @vitest-environment jsdom
/**
 * The HTML report under axe's rules, as far as a page without layout can check them (colour
 * contrast and other rules that need rendering are left to the browser check): no violation.
 */
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { emptyReportDraft } from '../../../../src/core';
import { renderReportHtml } from '../../../../src/report/html/renderReportHtml';
import { makeReportDocument } from '../../../../src/report/reportModel';
import { lacExample, lacFramework } from '../../../fixtures/reportFixture';
import { everyBlockDocument } from './everyBlockDocument';
import { styledDocument } from './styledDocument';

async function violations(html: string) {
  document.open();
  document.write(html);
  document.close();
  const result = await axe.run(document, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
  }));
}

describe('the HTML report under axe', { timeout: 60_000 }, () => {
  it('has no violation: a document with every kind of block', async () => {
    expect(await violations(renderReportHtml(everyBlockDocument()))).toEqual([]);
  });

  it('has no violation: numbered paragraphs, tables and figures, their lists and a logo', async () => {
    expect(await violations(renderReportHtml(styledDocument()))).toEqual([]);
  });

  it('has no violation: the example inspection', async () => {
    const framework = lacFramework();
    const example = lacExample(framework);
    const document = makeReportDocument(
      {
        inspection: example.inspection,
        framework,
        cases: example.cases,
        draft: emptyReportDraft(),
      },
      { completeOnly: false, date: '2026-11-22' },
    );
    expect(await violations(renderReportHtml(document))).toEqual([]);
  });
});
