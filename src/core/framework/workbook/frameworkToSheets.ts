/**
 * Lays a framework out as the sheets of a workbook (see workbookLayout.ts): what "Download as a
 * workbook" and `case-audit convert` write. Reading the sheets back (sheetsToFramework.ts)
 * gives the same framework. Text is read through frameworkText.ts, like every editor path.
 */
import { frameworkTexts } from '../frameworkLanguages';
import type {
  Framework,
  ProfileField,
  Question,
  RatingRules,
  Scale,
  Section,
  Standard,
} from '../frameworkSchema';
import { type FrameworkText, readText } from '../frameworkText';
import { printRuleExpression } from './printRuleExpression';
import type { CellValue, SheetModel, WorkbookModel } from './sheetModel';
import {
  FRAMEWORK_FIELDS,
  FRAMEWORK_LAYOUT,
  LISTS_LAYOUT,
  NO,
  QUESTIONS_LAYOUT,
  RATINGS_LAYOUT,
  SCALES_LAYOUT,
  type SheetLayout,
  WELSH_LAYOUT,
  YES,
} from './workbookLayout';

type Cells = Record<string, CellValue | undefined>;

function sheet(layout: SheetLayout, rows: readonly Cells[]): SheetModel {
  const names = layout.columns.map((c) => c.name);
  return {
    name: layout.sheet,
    rows: [names, ...rows.map((cells) => names.map((name) => cells[name] ?? null))],
  };
}

function yesNo(value: boolean | undefined): CellValue {
  return value === undefined ? null : value ? YES : NO;
}

/** Optional text: an absent field is an empty cell. */
function cellText(value: FrameworkText | undefined): CellValue {
  const text = readText(value);
  return text === '' ? null : text;
}

function valueAt(framework: Framework, path: string): unknown {
  let at: unknown = framework;
  for (const key of path.split('.')) {
    at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  }
  return at;
}

function frameworkSheet(framework: Framework): SheetModel {
  const rows = FRAMEWORK_FIELDS.map((field): Cells => {
    const value = valueAt(framework, field.path);
    const cell =
      field.type === 'lines'
        ? (value as string[]).map((line) => readText(line)).join('\n')
        : field.type === 'text'
          ? cellText(value as FrameworkText | undefined)
          : ((value as string | number | undefined) ?? null);
    return { field: field.name, value: cell };
  });
  return sheet(FRAMEWORK_LAYOUT, rows);
}

function itemCells(item: ProfileField | Question, hasItem: (id: string) => boolean): Cells {
  return {
    id: item.id,
    kind: item.kind,
    text: readText(item.text),
    scale: item.scale,
    required: yesNo(item.required),
    guidance: cellText(item.guidance),
    prompts: item.prompts ? item.prompts.map((p) => readText(p)).join('\n') : null,
    rule: item.showWhen ? printRuleExpression(item.showWhen, hasItem) : null,
    unit: cellText(item.unit),
    min: item.min,
    max: item.max,
    integer: yesNo(item.integer),
    thresholds: item.thresholds
      ? item.thresholds.map((t) => `${t.above}: ${readText(t.label)}`).join('\n')
      : null,
    'allow not applicable': yesNo(item.allowNotApplicable),
    'allow not known': yesNo(item.allowNotKnown),
    wording: item.wording,
  };
}

function headingCells(part: Section | Standard, hasItem: (id: string) => boolean): Cells {
  return {
    id: part.id,
    text: readText(part.title),
    description: cellText(part.description),
    rule: part.showWhen ? printRuleExpression(part.showWhen, hasItem) : null,
  };
}

function questionsSheet(framework: Framework): SheetModel {
  const ids = new Set([
    ...framework.profile.map((p) => p.id),
    ...framework.sections.flatMap((s) => s.standards.flatMap((t) => t.questions.map((q) => q.id))),
  ]);
  const hasItem = (id: string) => ids.has(id);
  const rows: Cells[] = framework.profile.map((field) => ({
    type: 'profile',
    ...itemCells(field, hasItem),
  }));
  for (const section of framework.sections) {
    rows.push({ type: 'section', ...headingCells(section, hasItem) });
    for (const standard of section.standards) {
      rows.push({
        type: 'standard',
        section: section.id,
        ...headingCells(standard, hasItem),
        'rated by': standard.ratedBy,
      });
      for (const question of standard.questions) {
        rows.push({
          type: 'question',
          section: section.id,
          standard: standard.id,
          ...itemCells(question, hasItem),
          key: yesNo(question.key),
          'finding when positive': cellText(question.finding?.positive),
          'finding when negative': cellText(question.finding?.negative),
        });
      }
    }
  }
  return sheet(QUESTIONS_LAYOUT, rows);
}

function scaleRows(scale: Scale): Cells[] {
  return scale.options.map((option, i) => ({
    scale: scale.id,
    ...(i === 0
      ? {
          'scale label': cellText(scale.label),
          ordered: yesNo(scale.ordered),
          'allow not applicable': yesNo(scale.allowNotApplicable),
          'allow not known': yesNo(scale.allowNotKnown),
          'not known in base': yesNo(scale.notKnownInBase),
        }
      : {}),
    value: option.value,
    label: readText(option.label),
    meaning: option.meaning,
    description: cellText(option.description),
    exclusive: yesNo(option.exclusive),
    other: yesNo(option.other),
  }));
}

function ratingRows(rating: RatingRules | undefined): Cells[] {
  if (!rating) return [];
  const rows: Cells[] = [
    { type: 'rounding', value: rating.rounding },
    { type: 'standard rule', value: rating.standardRule },
    ...rating.bands.map((band) => ({
      type: 'band',
      label: readText(band.label),
      min: band.minPercent,
      max: band.maxPercent,
      rating: readText(band.rating),
      points: band.points,
    })),
  ];
  if (rating.overall) {
    rows.push({ type: 'overall rule', value: rating.overall.rule });
    for (const band of rating.overall.bands) {
      rows.push({
        type: 'overall band',
        min: band.minPoints,
        max: band.maxPoints,
        rating: readText(band.rating),
      });
    }
  }
  return rows;
}

function listRows(framework: Framework): Cells[] {
  const named = (list: string, entries: Framework['areas']) =>
    (entries ?? []).map((e) => ({
      list,
      id: e.id,
      name: readText(e.name),
      description: cellText(e.description),
    }));
  return [
    ...named('area', framework.areas),
    ...named('stratum', framework.strata),
    ...(framework.glossary ?? []).map((g) => ({
      list: 'glossary',
      name: readText(g.term),
      description: readText(g.definition),
    })),
  ];
}

/** Every text with its Welsh (empty where there is none), for a translator to fill in. */
function welshRows(framework: Framework): Cells[] {
  const welsh = framework.translations?.cy ?? {};
  return frameworkTexts(framework).map((entry) => ({
    path: entry.key,
    english: entry.english,
    welsh: welsh[entry.key] ?? null,
  }));
}

/**
 * The five sheets of a framework's workbook, headings first, and a sixth of its Welsh when it
 * has Welsh. Welsh for a text it does not have cannot pass the checks, so none is lost here.
 */
export function frameworkToSheets(framework: Framework): WorkbookModel {
  const hasWelsh = Object.keys(framework.translations?.cy ?? {}).length > 0;
  return {
    sheets: [
      frameworkSheet(framework),
      questionsSheet(framework),
      sheet(SCALES_LAYOUT, framework.scales.flatMap(scaleRows)),
      sheet(RATINGS_LAYOUT, ratingRows(framework.rating)),
      sheet(LISTS_LAYOUT, listRows(framework)),
      ...(hasWelsh ? [sheet(WELSH_LAYOUT, welshRows(framework))] : []),
    ],
  };
}
