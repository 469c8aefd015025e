/**
 * The report's chapter of this audit's figures beside the ones an inspection report published
 * for the same questions (issue: self-audit): a table per framework section, each row the
 * question and what it counts, this audit's figure, the published figure with the words and
 * place it was read from, the difference in points with its 95% interval, and whether it is more
 * than chance would explain — said in words. The method is the table's note, so no reader takes
 * a difference for more than it is. Shown by default in a self-audit's report; the lead chooses.
 */
import { benchmarkMethodSentence, benchmarkWords, wholePoints } from '../benchmarks/benchmarkWords';
import {
  type BenchmarkComparison,
  type BenchmarkResult,
  compareWithBenchmarks,
} from '../benchmarks/compareWithBenchmark';
import { smallBaseKey } from '../findings/printedFigure';
import type { Translator } from '../i18n/translator';
import type { InspectionKind } from '../inspection/inspectionSchema';
import { type Context, listed } from './reportContext';
import type { ReportBlock, ReportChapter, ReportTable } from './reportDocument';
import type { ReportDraft } from './reportDraft';

function publishedFiguresTitle(tr: Translator): string {
  return tr.t('report', 'Our figures beside the published ones');
}

/** Whether the report carries the chapter: the lead's choice, else on for a self-audit only. */
export function publishedFiguresShown(draft: ReportDraft, kind: InspectionKind): boolean {
  return draft.style?.publishedFigures ?? kind === 'self-audit';
}

/** "“38%”: 38% (23/60)"; a range or the other side already quotes the report's words. */
function publishedCell(tr: Translator, result: BenchmarkComparison): string {
  const words = benchmarkWords(result, tr);
  const published = words.status === 'compared' ? words.published : '';
  if (result.published.range !== null || result.published.reversed) return published;
  return `“${result.figure.stated}”: ${published}`;
}

/** Yes or No; for a range of counts, at which ends. */
function chanceCell(tr: Translator, result: BenchmarkComparison): string {
  if (result.ends.length === 1)
    return result.significant ? tr.t('report', 'Yes') : tr.t('report', 'No');
  if (result.significant) return tr.t('report', 'Yes, at both ends');
  const at = result.ends.filter((e) => e.significant).length;
  return at === 0
    ? tr.t('report', 'No, at either end')
    : at === 1
      ? tr.t('report', 'No: at one end only')
      : tr.t('report', 'No: ends disagree');
}

function row(tr: Translator, text: string, result: BenchmarkResult): string[] {
  if (result.status === 'not-comparable') {
    const words = benchmarkWords(result, tr);
    return [text, '–', words.published, words.location, words.reason, '–'];
  }
  const words = benchmarkWords(result, tr);
  const { difference, low, high } = wholePoints(result, tr);
  return [
    tr.t('report', '{question} (counted: {answers})', {
      question: text,
      answers: result.audit.answers,
    }),
    words.status === 'compared' ? words.audit : '',
    publishedCell(tr, result),
    result.figure.source.location,
    tr.t('report', '{difference} ({low} to {high})', { difference, low, high }),
    chanceCell(tr, result),
  ];
}

function tableOf(
  tr: Translator,
  title: string,
  rows: readonly [string, BenchmarkResult][],
): ReportTable {
  const notes = [benchmarkMethodSentence(tr)];
  if (rows.some(([, r]) => r.status === 'compared' && r.published.range !== null)) {
    notes.push(
      tr.t(
        'report',
        'Where the report’s words allow several counts (“nearly two-thirds”), both ends are compared, and a difference counts as more than chance only when it is so at both ends, in the same direction.',
      ),
    );
  }
  if (rows.some(([, r]) => r.status === 'compared' && r.smallBase)) notes.push(smallBaseKey(tr));
  return {
    type: 'table',
    caption: `${publishedFiguresTitle(tr)}: ${title}`,
    head: [
      tr.t('report', 'Question'),
      tr.t('report', 'This audit'),
      tr.t('report', 'Published'),
      tr.t('report', 'Where published'),
      tr.t('report', 'Difference in points (95% interval)'),
      tr.t('report', 'More than chance?'),
    ],
    numeric: [false, true, false, false, true, false],
    widths: [30, 13, 19, 12, 15, 11],
    rows: rows.map(([text, result]) => row(tr, text, result)),
    note: notes.join(' '),
  };
}

/**
 * The chapter, or null when the framework has no published figures for the questions counted,
 * or the lead left it out.
 */
export function publishedFiguresChapter<C>(
  ctx: Context<C>,
  number: number,
): ReportChapter<C> | null {
  const { benchmarks, draft, inspection, framework, findings } = ctx.input;
  if (!benchmarks || !publishedFiguresShown(draft, inspection.kind)) return null;
  const results = compareWithBenchmarks(findings.questions, benchmarks);
  if (results.size === 0) return null;
  const documents = [...new Set(benchmarks.figures.map((f) => f.source.document))];
  const blocks: ReportBlock<C>[] = [
    {
      type: 'paragraph',
      text: ctx.tr.t(
        'report',
        'This chapter sets this audit’s figures beside the figures published for the same questions in {documents}. Each figure is the cases giving the answers named beside the question, out of the cases where the question applied and was answered; the published figure is put on the same side.',
        { documents: listed(ctx.tr, documents) },
      ),
    },
  ];
  for (const section of framework.sections) {
    const rows: [string, BenchmarkResult][] = section.standards.flatMap((s) =>
      s.questions.flatMap((q): [string, BenchmarkResult][] => {
        const result = results.get(q.id);
        return result ? [[ctx.questionText.get(q.id) ?? q.id, result]] : [];
      }),
    );
    if (rows.length > 0) blocks.push(tableOf(ctx.tr, section.title, rows));
  }
  return {
    id: 'published-figures',
    number: String(number),
    title: publishedFiguresTitle(ctx.tr),
    blocks,
  };
}
