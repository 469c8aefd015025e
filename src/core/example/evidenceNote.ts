/**
 * Short, synthetic evidence notes for example answers, in the way inspectors write them: where
 * in the file, when, what was seen ("Contact log 03/2012: the host YOT made purposeful visits
 * to the placement."). Built from the framework's own finding wording; never a name.
 */
import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import type { FrameworkIndex, FrameworkItem } from '../framework/frameworkItems';
import type { AnswerValue } from '../inspection/answerValue';
import { numberWithUnit } from '../phrasing/numberWithUnit';

/** Where in the case file each standard's evidence is usually found. */
const SOURCES: Readonly<Record<string, string>> = {
  transfer: 'Transfer record',
  assessment: 'Asset assessment',
  planning: 'Supervision plan',
  interventions: 'Contact log',
  reviewing: 'Review record',
  criminalisation: 'Police and court record',
  'multi-agency-role': 'LAC review minutes',
  'joint-working': 'Case manager interview',
  transition: 'Pathway plan',
  'cj-outcomes': 'Case record, chronology',
  'safeguarding-outcomes': 'Case record, chronology',
  'education-outcomes': 'Education record',
  independence: 'Care plan',
};

/** Fact questions have no finding wording: what each answer records. */
const FACTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'alloc-delay-home-info': {
    yes: 'allocation waited for the home YOT’s assessment and reports',
    no: 'the home YOT’s information arrived in time; the delay was in the host YOT',
  },
  'emh-factor': {
    yes: 'emotional and mental health needs noted by the case manager',
    no: 'no emotional or mental health concerns recorded',
  },
  'mappa-subject': {
    yes: 'managed under MAPPA, level 2 meeting minutes on file',
    no: 'not subject to MAPPA',
  },
  'rj-possible': {
    yes: 'offence against staff in the home could have been dealt with restoratively',
    no: 'no offence suitable for a restorative response',
  },
};

/** "1 placement", "12 miles": a number agreeing with its unit; anything else as it is. */
function withUnit(value: string, unit: string): string {
  const n = Number(value);
  return value !== '' && Number.isFinite(n) ? numberWithUnit(n, unit) : `${value} ${unit}`;
}

/** Profile fields worth a note (the others are read off the front sheet), and what it says. */
const PROFILE_NOTES: Readonly<Record<string, (value: string, month: string) => string>> = {
  'legal-status': (label) => `Care plan front sheet: ${label}.`,
  'order-type': (label) => `Court record: ${label}.`,
  'placements-in-care': (n, month) =>
    `Placement history on the case record, ${month}: ${withUnit(n, 'placements')} since coming into care.`,
  'distance-miles': (miles, month) =>
    `Placement plan ${month}: placement ${withUnit(miles, 'miles')} from the home address.`,
};

function optionLabel(index: FrameworkIndex, entry: FrameworkItem, value: AnswerValue): string {
  const scale = entry.item.scale === undefined ? undefined : index.scaleById.get(entry.item.scale);
  const option = scale?.options.find((o) => o.value === value);
  return option ? option.label : String(value);
}

/**
 * The note for one answer. `month` is the record's date as the file shows it ("03/2012").
 * Empty for profile fields read from the front sheet, which need no note.
 */
export function evidenceNote(
  index: FrameworkIndex,
  entry: FrameworkItem,
  value: AnswerValue,
  month: string,
): string {
  if (entry.type === 'profile') {
    const note = PROFILE_NOTES[entry.item.id];
    if (note === undefined) return '';
    return note(
      typeof value === 'number' ? String(value) : optionLabel(index, entry, value),
      month,
    );
  }
  const source = SOURCES[entry.standard.id] ?? 'Case record';
  if (value === NOT_APPLICABLE) return `${source} ${month}: not applicable to this case.`;
  if (value === NOT_KNOWN) return `${source}: the record does not say.`;
  const fact = FACTS[entry.item.id]?.[String(value)];
  if (fact !== undefined) return `${source} ${month}: ${fact}.`;
  const finding = entry.item.finding;
  const scale = entry.item.scale === undefined ? undefined : index.scaleById.get(entry.item.scale);
  const meaning = scale?.options.find((o) => o.value === value)?.meaning;
  if (finding && (meaning === 'positive' || meaning === 'negative')) {
    return `${source} ${month}: ${finding[meaning]}.`;
  }
  return `${source} ${month}: ${optionLabel(index, entry, value).toLowerCase()}.`;
}
