/**
 * A framework in English and Welsh. English is the text in its place; Welsh sits beside it in
 * `translations.cy`, by the text's path, a name that stays with the text when things are
 * reordered: ids for what has one, positions for lists of plain texts.
 *
 *   title, shortTitle, description, statusNote, licence, source.citation, publishers.<i>
 *   scales.<scale>.label, scales.<scale>.options.<value>.label|description
 *   profile.<item>.<field>, questions.<item>.<field>, where field is text, unit, guidance,
 *     prompts.<i>, thresholds.<i>.label, and for questions finding.positive|negative
 *   sections.<section>.title|description, standards.<standard>.title|description
 *   areas.<id>.name|description, strata.<id>.name|description
 *   rating.bands.<i>.label|rating, rating.overall.bands.<i>.rating
 *   glossary.<i>.term|definition
 *
 * Positions count from 0.
 */
import type { Language } from '../i18n/language';
import type { ValidationError } from '../validation/validationResult';
import type { Framework, ProfileField, Question } from './frameworkSchema';

/** One text of a framework: its translation path, its JSON path and its English. */
export type FrameworkTextEntry = {
  /** The path translations name it by: `questions.q2-1.guidance`. */
  readonly key: string;
  /** Where it is in the file: `sections[1].standards[0].questions[0].guidance`. */
  readonly path: string;
  readonly english: string;
};

/** A text's place, so the text can be replaced in a copy of the framework. */
type Slot = FrameworkTextEntry & {
  readonly owner: Record<string | number, unknown>;
  readonly field: string | number;
};

type Emit = (key: string, path: string, owner: object, field: string | number) => void;

function visitItem(
  emit: Emit,
  item: Question | ProfileField,
  key: string,
  path: string,
  isQuestion: boolean,
) {
  emit(`${key}.text`, `${path}.text`, item, 'text');
  emit(`${key}.unit`, `${path}.unit`, item, 'unit');
  emit(`${key}.guidance`, `${path}.guidance`, item, 'guidance');
  item.prompts?.forEach((_, i) => {
    emit(`${key}.prompts.${i}`, `${path}.prompts[${i}]`, item.prompts as object, i);
  });
  item.thresholds?.forEach((threshold, i) => {
    emit(`${key}.thresholds.${i}.label`, `${path}.thresholds[${i}].label`, threshold, 'label');
  });
  const finding = isQuestion ? (item as Question).finding : undefined;
  if (finding) {
    emit(`${key}.finding.positive`, `${path}.finding.positive`, finding, 'positive');
    emit(`${key}.finding.negative`, `${path}.finding.negative`, finding, 'negative');
  }
}

function visitStructure(emit: Emit, framework: Framework) {
  framework.sections.forEach((section, s) => {
    const sectionPath = `sections[${s}]`;
    emit(`sections.${section.id}.title`, `${sectionPath}.title`, section, 'title');
    emit(
      `sections.${section.id}.description`,
      `${sectionPath}.description`,
      section,
      'description',
    );
    section.standards.forEach((standard, t) => {
      const standardPath = `${sectionPath}.standards[${t}]`;
      emit(`standards.${standard.id}.title`, `${standardPath}.title`, standard, 'title');
      const description = `standards.${standard.id}.description`;
      emit(description, `${standardPath}.description`, standard, 'description');
      standard.questions.forEach((question, q) => {
        visitItem(
          emit,
          question,
          `questions.${question.id}`,
          `${standardPath}.questions[${q}]`,
          true,
        );
      });
    });
  });
}

function visitLists(emit: Emit, framework: Framework) {
  for (const list of ['areas', 'strata'] as const) {
    framework[list]?.forEach((entry, i) => {
      emit(`${list}.${entry.id}.name`, `${list}[${i}].name`, entry, 'name');
      emit(`${list}.${entry.id}.description`, `${list}[${i}].description`, entry, 'description');
    });
  }
  framework.rating?.bands.forEach((band, i) => {
    emit(`rating.bands.${i}.label`, `rating.bands[${i}].label`, band, 'label');
    emit(`rating.bands.${i}.rating`, `rating.bands[${i}].rating`, band, 'rating');
  });
  framework.rating?.overall?.bands.forEach((band, i) => {
    const path = `rating.overall.bands[${i}].rating`;
    emit(`rating.overall.bands.${i}.rating`, path, band, 'rating');
  });
  framework.glossary?.forEach((entry, i) => {
    emit(`glossary.${i}.term`, `glossary[${i}].term`, entry, 'term');
    emit(`glossary.${i}.definition`, `glossary[${i}].definition`, entry, 'definition');
  });
}

/** Every text of the framework in file order, with where it is (absent optional texts left out). */
function slots(framework: Framework): Slot[] {
  const out: Slot[] = [];
  const emit: Emit = (key, path, owner, field) => {
    const record = owner as Record<string | number, unknown>;
    const english = record[field];
    if (typeof english === 'string') out.push({ key, path, english, owner: record, field });
  };
  for (const field of ['title', 'shortTitle', 'description', 'statusNote', 'licence'] as const) {
    emit(field, field, framework, field);
  }
  emit('source.citation', 'source.citation', framework.source, 'citation');
  framework.publishers.forEach((_, i) => {
    emit(`publishers.${i}`, `publishers[${i}]`, framework.publishers, i);
  });
  framework.scales.forEach((scale, s) => {
    emit(`scales.${scale.id}.label`, `scales[${s}].label`, scale, 'label');
    scale.options.forEach((option, o) => {
      const key = `scales.${scale.id}.options.${option.value}`;
      const path = `scales[${s}].options[${o}]`;
      emit(`${key}.label`, `${path}.label`, option, 'label');
      emit(`${key}.description`, `${path}.description`, option, 'description');
    });
  });
  framework.profile.forEach((item, i) => {
    visitItem(emit, item, `profile.${item.id}`, `profile[${i}]`, false);
  });
  visitStructure(emit, framework);
  visitLists(emit, framework);
  return out;
}

/** Every text a framework has, in file order: what a translation may name. */
export function frameworkTexts(framework: Framework): FrameworkTextEntry[] {
  return slots(framework).map(({ key, path, english }) => ({ key, path, english }));
}

/** The languages a framework can be read in: English, and Welsh once it has any Welsh text. */
export function frameworkLanguages(framework: Framework): Language[] {
  const welsh = framework.translations?.cy ?? {};
  return Object.keys(welsh).length > 0 ? ['en', 'cy'] : ['en'];
}

export type LocaliseOptions = {
  /**
   * Keep the ratings (`rating.bands.<i>.rating`, `rating.overall.bands.<i>.rating`) in English:
   * they are values, compared with overrides and stored results, not only words to show.
   */
  readonly keepRatings?: boolean;
};

const RATING_VALUE = /^rating\.(overall\.)?bands\.\d+\.rating$/;

/**
 * The framework as a reader of `language` sees it: each text in that language where the
 * framework has it, in English where not. English, or no translations, gives the framework itself.
 */
export function localiseFramework(
  framework: Framework,
  language: Language,
  options: LocaliseOptions = {},
): Framework {
  const welsh = language === 'cy' ? framework.translations?.cy : undefined;
  if (!welsh || Object.keys(welsh).length === 0) return framework;
  // A framework is plain JSON (the schema transforms nothing), so this copy is exact.
  const copy = JSON.parse(JSON.stringify(framework)) as Framework;
  for (const slot of slots(copy)) {
    if (options.keepRatings && RATING_VALUE.test(slot.key)) continue;
    const text = welsh[slot.key];
    if (text !== undefined && text.trim() !== '') slot.owner[slot.field] = text;
  }
  return copy;
}

/** Translations that name no text of the framework: errors, each naming the path. */
export function translationErrors(framework: Framework): ValidationError[] {
  const welsh = framework.translations?.cy;
  if (!welsh) return [];
  const known = new Set(frameworkTexts(framework).map((entry) => entry.key));
  return Object.keys(welsh)
    .filter((key) => !known.has(key))
    .map((key) => ({
      path: 'translations.cy',
      message: `"${key}" names no text of this framework (Welsh for a text that is not there)`,
    }));
}

/** A text without Welsh in a framework that has some Welsh. */
export type MissingTranslation = FrameworkTextEntry & { readonly message: string };

/**
 * The texts with no Welsh, once a framework has any Welsh (an English-only framework is
 * missing nothing): "questions.q2-1.guidance: no Welsh text". Not errors: a framework may be
 * published with some texts in English only.
 */
export function missingTranslations(framework: Framework): MissingTranslation[] {
  const welsh = framework.translations?.cy ?? {};
  if (Object.keys(welsh).length === 0) return [];
  return frameworkTexts(framework)
    .filter((entry) => (welsh[entry.key] ?? '').trim() === '')
    .map((entry) => ({ ...entry, message: 'no Welsh text' }));
}
