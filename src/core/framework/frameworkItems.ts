import type {
  Framework,
  ProfileField,
  Question,
  Scale,
  Section,
  Standard,
} from './frameworkSchema';

/** A profile field or a question, with where it sits. Answers are keyed by item id. */
export type FrameworkItem =
  | { readonly type: 'profile'; readonly item: ProfileField; readonly order: number }
  | {
      readonly type: 'question';
      readonly item: Question;
      readonly order: number;
      readonly section: Section;
      readonly standard: Standard;
    };

/** Fast lookups over one framework: every item in answering order, and scales by id. */
export type FrameworkIndex = {
  readonly framework: Framework;
  /** Profile fields first (the case profile is the first task), then questions in order. */
  readonly items: readonly FrameworkItem[];
  readonly itemById: ReadonlyMap<string, FrameworkItem>;
  readonly scaleById: ReadonlyMap<string, Scale>;
  readonly standardById: ReadonlyMap<string, { section: Section; standard: Standard }>;
};

const indexCache = new WeakMap<Framework, FrameworkIndex>();

/** Builds (once per framework object) the lookups every rule uses. Assumes a checked framework. */
export function indexFramework(framework: Framework): FrameworkIndex {
  const cached = indexCache.get(framework);
  if (cached) return cached;
  const items: FrameworkItem[] = [];
  for (const field of framework.profile) {
    items.push({ type: 'profile', item: field, order: items.length });
  }
  const standardById = new Map<string, { section: Section; standard: Standard }>();
  for (const section of framework.sections) {
    for (const standard of section.standards) {
      standardById.set(standard.id, { section, standard });
      for (const question of standard.questions) {
        items.push({ type: 'question', item: question, order: items.length, section, standard });
      }
    }
  }
  const index: FrameworkIndex = {
    framework,
    items,
    itemById: new Map(items.map((entry) => [entry.item.id, entry])),
    scaleById: new Map(framework.scales.map((scale) => [scale.id, scale])),
    standardById,
  };
  indexCache.set(framework, index);
  return index;
}

/** The key that names one framework version everywhere: `id@version`. */
export function frameworkKey(framework: Pick<Framework, 'id' | 'version'>): string {
  return `${framework.id}@${framework.version}`;
}

export function listQuestions(framework: Framework): Question[] {
  return framework.sections.flatMap((s) => s.standards.flatMap((st) => st.questions));
}

/** Whether a standard is rated from its key questions, by the lead, or not at all. */
export function standardRatedBy(
  standard: Standard,
): 'key-questions' | 'lead-judgement' | 'not-rated' {
  return standard.ratedBy ?? 'key-questions';
}
