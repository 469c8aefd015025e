/**
 * Moving a question to the end of another standard, or a standard to the end of another
 * section, chosen from a list of the draft's standards or sections (all but the one it is in).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t, tx } from '../../i18n/translate';
import { useDraftValue } from './useDraftEditor';

type Place = { section: number; standard: number };

type Props = {
  /** The list's id. */
  id: string;
  /** What moves, in the label and the button: "question 2", "standard 1 of section 2". */
  name: string;
  /** The standard it is in (a question) or its own place (a standard). */
  from: Place;
} & (
  | { into: 'standard'; onMove: (to: Place) => void }
  | { into: 'section'; onMove: (section: number) => void }
);

type Option = { value: string; label: string };

/** Every standard but the one `from` names, as `section:standard`. */
function standardOptions(sections: [string, string[]][], from: Place): Option[] {
  return sections.flatMap(([section, standards], s) =>
    standards.flatMap((standard, i) =>
      s === from.section && i === from.standard
        ? []
        : [
            {
              value: `${s}:${i}`,
              label: `${section || t('frameworkEditor', 'Section {number}', { number: s + 1 })} › ${standard || t('frameworkEditor', 'Standard {number}', { number: i + 1 })}`,
            },
          ],
    ),
  );
}

/** Every section but the one `from` is in. */
function sectionOptions(sections: [string, string[]][], from: Place): Option[] {
  return sections.flatMap(([section], s) =>
    s === from.section
      ? []
      : [
          {
            value: String(s),
            label: section || t('frameworkEditor', 'Section {number}', { number: s + 1 }),
          },
        ],
  );
}

export function MoveTo(props: Props) {
  const { id, name, from, into } = props;
  const [target, setTarget] = useState('');
  // The sections' and standards' names only: the list redraws when one is renamed, added or
  // moved, not as questions are typed.
  const names = useDraftValue((f) =>
    JSON.stringify(f.sections.map((x) => [x.title, x.standards.map((y) => y.title)])),
  );
  const sections = JSON.parse(names) as [string, string[]][];
  const options =
    into === 'standard' ? standardOptions(sections, from) : sectionOptions(sections, from);
  if (options.length === 0) return null;
  const move = () => {
    const [s = 0, t = 0] = target.split(':').map(Number);
    setTarget('');
    if (props.into === 'standard') props.onMove({ section: s, standard: t });
    else props.onMove(s);
  };
  return (
    <div class="govuk-form-group ca-move-to">
      <label class="govuk-label" for={id}>
        {into === 'standard'
          ? t('frameworkEditor', 'Move {name} to another standard', { name })
          : t('frameworkEditor', 'Move {name} to another section', { name })}
      </label>
      <select
        id={id}
        class="govuk-select"
        value={target}
        onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}
      >
        <option value="">
          {into === 'standard'
            ? t('frameworkEditor', 'Choose a standard')
            : t('frameworkEditor', 'Choose a section')}
        </option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        class="govuk-button govuk-button--secondary ca-small-button"
        disabled={target === ''}
        onClick={move}
      >
        {tx('frameworkEditor', 'Move <hidden>{name}</hidden>', {
          name,
          hidden: (chunks: ComponentChildren) => (
            <span class="govuk-visually-hidden">{chunks}</span>
          ),
        })}
      </button>
    </div>
  );
}
