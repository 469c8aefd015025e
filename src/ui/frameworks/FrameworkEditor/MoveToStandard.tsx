/** Moving a question to the end of another standard, chosen from a list. */
import { useState } from 'preact/hooks';
import { useDraftValue } from './useDraftEditor';

type Ref = { section: number; standard: number; question: number };

export function MoveToStandard({
  from,
  onMove,
}: {
  from: Ref;
  onMove: (to: { section: number; standard: number }) => void;
}) {
  const [target, setTarget] = useState('');
  const id = `move-q-${from.section}-${from.standard}-${from.question}`;
  // The standards' names only: the list redraws when one is renamed, added or moved.
  const names = useDraftValue((f) =>
    JSON.stringify(f.sections.map((x) => [x.title, x.standards.map((y) => y.title)])),
  );
  const sections = JSON.parse(names) as [string, string[]][];
  const options = sections
    .flatMap(([section, standards], s) =>
      standards.map((standard, t) => ({
        value: `${s}:${t}`,
        label: `${section || `Section ${s + 1}`} › ${standard || `Standard ${t + 1}`}`,
        here: s === from.section && t === from.standard,
      })),
    )
    .filter((o) => !o.here);
  if (options.length === 0) return null;
  return (
    <div class="govuk-form-group ca-move-to">
      <label class="govuk-label" for={id}>
        Move question {from.question + 1} to another standard
      </label>
      <select
        id={id}
        class="govuk-select"
        value={target}
        onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}
      >
        <option value="">Choose a standard</option>
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
        onClick={() => {
          const [s, t] = target.split(':').map(Number);
          onMove({ section: s ?? 0, standard: t ?? 0 });
        }}
      >
        Move <span class="govuk-visually-hidden">question {from.question + 1}</span>
      </button>
    </div>
  );
}
