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
import { countedText, SMALL_BASE_MARK, smallBaseKey } from '../findings/printedFigure';
import type { Framework } from '../framework/frameworkSchema';
import { ENGLISH, type Translator } from '../i18n/translator';
import { longDate } from '../phrasing/longDate';
import type { RagStatus, RegisterAction, RegisterRecommendation } from '../register/registerSchema';
import type { ReportBlock } from '../report';

export type PaperBlock = ReportBlock<never>;

/** Marks a paragraph of the paper's running numbering, numbered when the paper is put together. */
export const RUNNING_NUMBER = '#';

export function numbered(text: string): PaperBlock {
  return { type: 'paragraph', text, number: RUNNING_NUMBER };
}

/** "Done on 3 March 2013", "Overdue: due 1 March 2013", "Open: due 30 June 2013", "Open". */
export function actionStatus(
  action: RegisterAction,
  today: string,
  tr: Translator = ENGLISH,
): string {
  const date = (iso: string) => longDate(iso, tr.language);
  if (action.doneOn !== null)
    return tr.t('committeePaper.document', 'Done on {date}', { date: date(action.doneOn) });
  if (action.dueDate === null) return tr.t('committeePaper.document', 'Open');
  return action.dueDate < today
    ? tr.t('committeePaper.document', 'Overdue: due {date}', { date: date(action.dueDate) })
    : tr.t('committeePaper.document', 'Open: due {date}', { date: date(action.dueDate) });
}

function ragLabel(rag: RagStatus, tr: Translator): string {
  switch (rag) {
    case 'red':
      return tr.t('committeePaper.document', 'Red');
    case 'amber':
      return tr.t('committeePaper.document', 'Amber');
    case 'green':
      return tr.t('committeePaper.document', 'Green');
  }
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
  tr: Translator,
): string {
  const finding = evidence.itemId === null ? undefined : findings.get(evidence.itemId);
  if (finding?.type !== 'proportion' || !finding.counted) return evidence.text.trim();
  return tr.t('committeePaper.document', '{evidence} (this audit: {figure})', {
    evidence: evidence.text.trim(),
    figure: countedText(finding.counted, tr),
  });
}

function actionsTable(
  recommendation: RegisterRecommendation,
  place: number,
  today: string,
  tr: Translator,
): PaperBlock {
  if (recommendation.actions.length === 0) {
    return { type: 'paragraph', text: tr.t('committeePaper.document', 'Actions: none recorded.') };
  }
  return {
    type: 'table',
    caption: tr.t('committeePaper.document', 'Actions for recommendation {place}', { place }),
    head: [
      tr.t('committeePaper.document', 'Action'),
      tr.t('committeePaper.document', 'Owner'),
      tr.t('committeePaper.document', 'Status'),
    ],
    rows: recommendation.actions.map((a) => [
      a.text,
      a.owner.trim() || tr.t('committeePaper.document', 'Not named'),
      actionStatus(a, today, tr),
    ]),
    numeric: [false, false, false],
    widths: [5, 2, 2],
  };
}

/** One recommendation in turn: as the seed-001 paper sets each out, then its RAG and actions. */
export function recommendationBlocks(
  recommendation: RegisterRecommendation,
  place: number,
  context: {
    readonly today: string;
    readonly findings: ReadonlyMap<string, ItemFinding>;
    readonly tr: Translator;
  },
): PaperBlock[] {
  const { tr } = context;
  const r = recommendation;
  const to =
    r.addressee.trim() || tr.t('committeePaper.document', 'the body the register does not name');
  const where = [r.origin.document, r.origin.location].filter((p) => p.trim() !== '').join(', ');
  const quoted = { to, text: r.text.trim(), where };
  const blocks: PaperBlock[] = [
    {
      type: 'subheading',
      level: 3,
      text: tr.t('committeePaper.document', 'Recommendation {place}: {to}', { place, to }),
    },
    numbered(
      where
        ? tr.t('committeePaper.document', 'The recommendation to {to}: “{text}” ({where}).', quoted)
        : tr.t('committeePaper.document', 'The recommendation to {to}: “{text}”', quoted),
    ),
    numbered(
      r.localPosition.trim() === ''
        ? tr.t('committeePaper.document', 'The local position has not yet been recorded.')
        : tr.t('committeePaper.document', 'The local position: {position}', {
            position: r.localPosition.trim(),
          }),
    ),
    {
      type: 'paragraph',
      text: tr.t('committeePaper.document', 'RAG status: {rag}. Owner: {owner}.', {
        rag: r.rag ? ragLabel(r.rag, tr) : tr.t('committeePaper.document', 'not yet assessed'),
        owner: r.owner.trim() || tr.t('committeePaper.document', 'not named'),
      }),
    },
  ];
  const evidence = r.evidence.filter((e) => e.text.trim() !== '');
  if (evidence.length > 0) {
    blocks.push({ type: 'paragraph', text: tr.t('committeePaper.document', 'Evidence:') });
    blocks.push({
      type: 'bullets',
      items: evidence.map((e) => ({ text: evidenceText(e, context.findings, tr), warnings: [] })),
    });
  }
  blocks.push(actionsTable(r, place, context.today, tr));
  return blocks;
}

/** A row of the figures table; a question not comparable says why in place of the difference. */
function figureRow(result: BenchmarkResult, question: string, tr: Translator): string[] {
  const words = benchmarkWords(result, tr);
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
  tr: Translator = ENGLISH,
): PaperBlock[] {
  const count = findings.cases.counted;
  if (benchmarks === null) {
    return [
      numbered(
        tr.t(
          'committeePaper.document',
          'No published figures are held for this framework version, so the audit’s figures ({count, plural, one {# case} other {# cases}}) are not set beside national ones here.',
          { count },
        ),
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
  const rows = answered.map((r) => figureRow(r, texts.get(r.itemId) ?? r.itemId, tr));
  const left = all.length - answered.length;
  const small = rows.some((row) => row.some((cell) => cell.includes(SMALL_BASE_MARK)));
  const intro = tr.t(
    'committeePaper.document',
    'The table sets this audit’s figures ({count, plural, one {# case} other {# cases}}) beside the published ones ({title}). Each figure gives its count and base: 45% (9/20) is 9 of 20 cases.',
    { count, title: benchmarks.title },
  );
  const leftOut =
    left > 0
      ? tr.t(
          'committeePaper.document',
          '{left, plural, one {One published figure is left out: no case of this audit applied to its question.} other {# published figures are left out: no case of this audit applied to their questions.}}',
          { left },
        )
      : '';
  return [
    numbered(leftOut ? `${intro} ${leftOut}` : intro),
    numbered(benchmarkMethodSentence(tr)),
    {
      type: 'table',
      caption: tr.t(
        'committeePaper.document',
        'The audit’s key figures beside the published figures',
      ),
      head: [
        tr.t('committeePaper.document', 'Question'),
        tr.t('committeePaper.document', 'Counted'),
        tr.t('committeePaper.document', 'This audit'),
        tr.t('committeePaper.document', 'Published'),
        tr.t('committeePaper.document', 'Difference in points'),
      ],
      rows,
      numeric: [false, false, true, false, false],
      widths: [4, 1.2, 1.6, 2.4, 3],
      note: [
        tr.t(
          'committeePaper.document',
          'Difference: this audit’s figure minus the published figure, with its 95% interval.',
        ),
        ...(small ? [smallBaseKey(tr)] : []),
      ].join(' '),
    },
  ];
}
