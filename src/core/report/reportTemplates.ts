/**
 * Report templates as data: the house style of the body publishing the report. A template sets
 * the defaults the lead starts from (numbered paragraphs) and what every rendering does with the
 * document (tables and charts numbered and listed, the examples' labels, the cover's wording,
 * which appendices are printed). The shapes follow the seed reports: HMIP's 2012 thematic report
 * numbers its paragraphs 1.1, 1.2 …; CSSIW's 2015 national report calls its examples "Practice
 * example"; a council's self-audit goes to its own committee without an inspectorate's apparatus.
 */
import { z } from 'zod';

export const reportTemplateIdSchema = z.enum([
  'hmip-thematic',
  'cssiw-national',
  'council-self-audit',
]);

const line = z.string().min(1).max(200);

export const reportTemplateSchema = z.strictObject({
  id: reportTemplateIdSchema,
  /** "HMIP thematic inspection", shown where the lead chooses. */
  name: line,
  /** One sentence: whose reports it follows. */
  description: z.string().min(1).max(1_000),
  /** The cover's kind line before "by …": null keeps the inspection's kind ("A thematic inspection"). */
  coverKind: line.nullable(),
  /** Whether a new draft numbers its paragraphs (1.1, 1.2 … in numbered chapters); the lead may change it. */
  numberedParagraphs: z.boolean(),
  /** "Table 1", "Figure 1" before each caption. */
  numberedTablesAndFigures: z.boolean(),
  /** Lists of the numbered tables and figures after the contents (only when they are numbered). */
  listedTablesAndFigures: z.boolean(),
  /** The examples' labels: "Case example", "Good practice example" (HMIP) or "Practice example" (CSSIW). */
  exampleLabels: z.strictObject({ case: line, goodPractice: line }),
  /** Appendices printed after the chapters. */
  appendices: z.strictObject({ questions: z.boolean(), glossary: z.boolean() }),
});

export type ReportTemplateId = z.infer<typeof reportTemplateIdSchema>;
export type ReportTemplate = z.infer<typeof reportTemplateSchema>;

export const REPORT_TEMPLATES: readonly ReportTemplate[] = [
  {
    id: 'hmip-thematic',
    name: 'HMIP thematic inspection',
    description:
      'As HM Inspectorate of Probation’s joint thematic reports: numbered paragraphs, case and good-practice examples credited to their area, tables and figures numbered and listed, the questions and a glossary as appendices.',
    coverKind: null,
    numberedParagraphs: true,
    numberedTablesAndFigures: true,
    listedTablesAndFigures: true,
    exampleLabels: { case: 'Case example', goodPractice: 'Good practice example' },
    appendices: { questions: true, glossary: true },
  },
  {
    id: 'cssiw-national',
    name: 'CSSIW national inspection',
    description:
      'As the Care and Social Services Inspectorate Wales national reports: unnumbered paragraphs, practice examples credited to their council, tables and figures numbered and listed, a glossary.',
    coverKind: 'National inspection',
    numberedParagraphs: false,
    numberedTablesAndFigures: true,
    listedTablesAndFigures: true,
    exampleLabels: { case: 'Practice example', goodPractice: 'Practice example' },
    appendices: { questions: true, glossary: true },
  },
  {
    id: 'council-self-audit',
    name: 'Council self-audit',
    description:
      'For a council’s or service’s own audit, read by its managers and committee: unnumbered paragraphs, tables and figures numbered but not listed, the questions as an appendix and no glossary.',
    coverKind: 'A self-audit',
    numberedParagraphs: false,
    numberedTablesAndFigures: true,
    listedTablesAndFigures: false,
    exampleLabels: { case: 'Case example', goodPractice: 'Good practice example' },
    appendices: { questions: true, glossary: false },
  },
];

/** The template a report uses: the draft's choice, or the one its inspection's kind suggests. */
export function reportTemplateOf(
  chosen: ReportTemplateId | undefined,
  inspectionKind: 'inspection' | 'thematic' | 'self-audit',
): ReportTemplate {
  const id = chosen ?? (inspectionKind === 'self-audit' ? 'council-self-audit' : 'hmip-thematic');
  const template = REPORT_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`No report template ${id}`);
  return template;
}
