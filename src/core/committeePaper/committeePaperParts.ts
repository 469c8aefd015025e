/**
 * The parts of the committee paper drawn from records rather than typed: each recommendation of
 * the register in turn (to whom, what, the local position, the RAG status and the actions), and
 * the audit's key figures beside the published ones. Numbered paragraphs are numbered later, in
 * one run through the whole paper (buildCommitteePaper.ts), so these leave `number` to it.
 */

import type { BenchmarkSet } from '../benchmarks/benchmarkSchema';
import { benchmarkMethodSentence, benchmarkWords } from '../benchmarks/benchmarkWords';
import { type BenchmarkResult, compareWithBenchmarks } from '../benchmarks/compareWithBenchmark';
import type { FindingsResult, ItemFinding } from '../findings/findingTypes';
import { countedText, SMALL_BASE_KEY, SMALL_BASE_MARK } from '../findings/printedFigure';
import type { Framework } from '../framework/frameworkSchema';
import { longDate } from '../phrasing/longDate';
import type { RegisterAction, RegisterRecommendation } from '../register/registerSchema';
import { RAG_STATUS_LABELS } from '../register/registerSchema';
import type { ReportBlock } from '../report';

export type PaperBlock = ReportBlock<never>;

/** Marks a paragraph of the paper's running numbering, numbered when the paper is put together. */
export const RUNNING_NUMBER = '#';

export function numbered(text: string): PaperBlock {
  return { type: 'paragraph', text, number: RUNNING_NUMBER };
}

/** "Done on 3 March 2013", "Overdue: due 1 March 2013", "Open: due 30 June 2013", "Open". */
export function actionStatus(action: RegisterAction, today: string): string {
  if (action.doneOn !== null) return `Done on ${longDate(action.doneOn)}`;
  if (action.dueDate === null) return 'Open';
  return action.dueDate < today
    ? `Overdue: due ${longDate(action.dueDate)}`
    : `Open: due ${longDate(action.dueDate)}`;
}

/** Each question's text, by id, for the figures table. */
function questionTexts(framework: Framework): Map<string, string> {
  const texts = new Map<string, string>();
  for (const section of framework.sections) {
    for (const standard of section.standards) {
      for (const q of standard.questions) texts.set(q.id, q.text);
    }
  }
  return texts;
}

/** Evidence linked to a question names the audit's figure for it: "No: 80% (41/51)". */
function evidenceText(
  evidence: RegisterRecommendation['evidence'][number],
  findings: ReadonlyMap<string, ItemFinding>,
): string {
  const finding = evidence.itemId === null ? undefined : findings.get(evidence.itemId);
  const figure =
    finding?.type === 'proportion' && finding.counted
      ? ` (this audit: ${countedText(finding.counted)})`
      : '';
  return `${evidence.text.trim()}${figure}`;
}

function actionsTable(
  recommendation: RegisterRecommendation,
  place: number,
  today: string,
): PaperBlock {
  if (recommendation.actions.length === 0) {
    return { type: 'paragraph', text: 'Actions: none recorded.' };
  }
  return {
    type: 'table',
    caption: `Actions for recommendation ${place}`,
    head: ['Action', 'Owner', 'Status'],
    rows: recommendation.actions.map((a) => [
      a.text,
      a.owner.trim() || 'Not named',
      actionStatus(a, today),
    ]),
    numeric: [false, false, false],
    widths: [5, 2, 2],
  };
}

/** One recommendation in turn: as the seed-001 paper sets each out, then its RAG and actions. */
export function recommendationBlocks(
  recommendation: RegisterRecommendation,
  place: number,
  context: { readonly today: string; readonly findings: ReadonlyMap<string, ItemFinding> },
): PaperBlock[] {
  const r = recommendation;
  const to = r.addressee.trim() || 'the body the register does not name';
  const where = [r.origin.document, r.origin.location].filter((p) => p.trim() !== '').join(', ');
  const blocks: PaperBlock[] = [
    { type: 'subheading', level: 3, text: `Recommendation ${place}: ${to}` },
    numbered(`The recommendation to ${to}: “${r.text.trim()}”${where ? ` (${where}).` : ''}`),
    numbered(
      r.localPosition.trim() === ''
        ? 'The local position has not yet been recorded.'
        : `The local position: ${r.localPosition.trim()}`,
    ),
    {
      type: 'paragraph',
      text: `RAG status: ${r.rag ? RAG_STATUS_LABELS[r.rag] : 'not yet assessed'}. Owner: ${r.owner.trim() || 'not named'}.`,
    },
  ];
  const evidence = r.evidence.filter((e) => e.text.trim() !== '');
  if (evidence.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Evidence:' });
    blocks.push({
      type: 'bullets',
      items: evidence.map((e) => ({ text: evidenceText(e, context.findings), warnings: [] })),
    });
  }
  blocks.push(actionsTable(r, place, context.today));
  return blocks;
}

/** A row of the figures table; a question not comparable says why in place of the difference. */
function figureRow(result: BenchmarkResult, question: string): string[] {
  const words = benchmarkWords(result);
  if (words.status === 'not-comparable') {
    return [question, '', '', words.published, words.reason];
  }
  return [
    question,
    result.status === 'compared' ? result.audit.answers : '',
    words.audit,
    `${words.published}, ${words.location}`,
    `${words.difference}: ${words.outcome}`,
  ];
}

/**
 * The audit's key figures beside the published ones: a row for each question the published set
 * gives a figure for, in the framework's order, each figure with its base (small bases marked),
 * the difference in points with its interval and whether it is more than chance; the method under it.
 */
export function figuresBlocks(
  framework: Framework,
  findings: FindingsResult,
  benchmarks: BenchmarkSet | null,
): PaperBlock[] {
  const counted = `${findings.cases.counted} ${findings.cases.counted === 1 ? 'case' : 'cases'}`;
  if (benchmarks === null) {
    return [
      numbered(
        `No published figures are held for this framework version, so the audit’s figures (${counted}) are not set beside national ones here.`,
      ),
    ];
  }
  const results = compareWithBenchmarks(findings.questions, benchmarks);
  const texts = questionTexts(framework);
  const all = findings.questions.filter((q) => results.has(q.itemId));
  // A question no case of this audit applied to has no figure to set beside the published one.
  const answered = all
    .filter((q) => q.type !== 'proportion' || q.base > 0)
    .map((q) => results.get(q.itemId)!);
  const rows = answered.map((r) => figureRow(r, texts.get(r.itemId) ?? r.itemId));
  const left = all.length - answered.length;
  const small = rows.some((row) => row.some((cell) => cell.includes(SMALL_BASE_MARK)));
  return [
    numbered(
      `The table sets this audit’s figures (${counted}) beside the published ones (${benchmarks.title}). Each figure gives its count and base: 45% (9/20) is 9 of 20 cases.${left > 0 ? ` ${left === 1 ? 'One published figure is' : `${left} published figures are`} left out: no case of this audit applied to ${left === 1 ? 'its question' : 'their questions'}.` : ''}`,
    ),
    numbered(benchmarkMethodSentence()),
    {
      type: 'table',
      caption: 'The audit’s key figures beside the published figures',
      head: ['Question', 'Counted', 'This audit', 'Published', 'Difference in points'],
      rows,
      numeric: [false, false, true, false, false],
      widths: [4, 1.2, 1.6, 2.4, 3],
      note: [
        'Difference: this audit’s figure minus the published figure, with its 95% interval.',
        ...(small ? [SMALL_BASE_KEY] : []),
      ].join(' '),
    },
  ];
}
