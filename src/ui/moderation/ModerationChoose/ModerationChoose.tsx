/**
 * Choosing cases for a second reading (the lead): a number or a percentage of the complete
 * cases drawn at random with a seed (shown, editable, reproducible), optionally at least one
 * case of each inspector; or cases ticked by hand. Each chosen case gets a second reader who is
 * not its inspector, shared out in turn automatically and changeable case by case.
 */

import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  assignSecondReaders,
  drawModerationCases,
  freshSeed,
  type Inspection,
  type ModerationSelection,
  plural,
} from '../../../core';
import type { CaseRecord } from '../../../db/database';
import { listCases } from '../../../db/inspections/inspectionStore';
import { assignSecondReadings } from '../../../db/moderation/moderationAssignment';
import { listModeration } from '../../../db/moderation/moderationStore';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { CheckboxField, RadiosField, TextField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { setModerationFlash } from '../ModerationCommon/flash';
import { moderationPath } from '../ModerationCommon/moderationLinks';
import { useScorer } from '../ModerationCommon/useScorer';
import '../ModerationCommon/moderation.css';

export default function ModerationChoose({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading="Choose cases for a second reading"
      hasErrors={hasErrors}
    >
      {({ inspection }) => <Choose inspection={inspection} onErrors={setHasErrors} />}
    </InspectionFrame>
  );
}

function newSeed(): string {
  return freshSeed(() => crypto.getRandomValues(new Uint32Array(1))[0]! / 0x1_0000_0000);
}

function Choose({
  inspection,
  onErrors,
}: {
  inspection: Inspection;
  onErrors: (has: boolean) => void;
}) {
  const data = useLive(
    () => Promise.all([listCases(inspection.id), listModeration(inspection.id)]),
    [inspection.id],
  );
  if (data.status === 'loading') return <Loading what="Loading the cases" />;
  if (data.status === 'failed') {
    return <p class="govuk-body">The cases could not be read. Reload the page to try again.</p>;
  }
  const [cases, records] = data.value;
  const chosenAlready = new Set(records.map((r) => r.caseId));
  const candidates = cases.filter((c) => c.status === 'complete' && !chosenAlready.has(c.id));
  if (inspection.team.length < 2) {
    return (
      <p class="govuk-body">
        A second reader must be a team member other than the case’s inspector, so moderation needs a
        team of at least two.{' '}
        <a class="govuk-link" href={inspectionHref(inspection.id, '/team')}>
          Add the team
        </a>{' '}
        first.
      </p>
    );
  }
  if (candidates.length === 0) {
    return (
      <>
        <p class="govuk-body">
          {records.length > 0
            ? 'Every complete case has already been chosen for a second reading.'
            : 'No case is marked complete yet. Cases can be read a second time once their inspector has marked them complete.'}
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={moderationPath(inspection.id)}>
            Back to moderation
          </a>
        </p>
      </>
    );
  }
  return <ChooseForm inspection={inspection} candidates={candidates} onErrors={onErrors} />;
}

type Method = 'random' | 'hand';
type SizeKind = 'percent' | 'count';

function ChooseForm({
  inspection,
  candidates,
  onErrors,
}: {
  inspection: Inspection;
  candidates: readonly CaseRecord[];
  onErrors: (has: boolean) => void;
}) {
  const { route } = useLocation();
  const { scorer } = useScorer(inspection.id);
  const [method, setMethod] = useState<Method>('random');
  const [sizeKind, setSizeKind] = useState<SizeKind>('percent');
  const [amount, setAmount] = useState('20');
  const [seed, setSeed] = useState(newSeed);
  const [perInspector, setPerInspector] = useState(true);
  /** Chosen cases → second reader id ('' for none yet), in order of choosing. */
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const [selection, setSelection] = useState<ModerationSelection | null>(null);
  const [errors, setErrors] = useState<(SummaryError & { field: string })[]>([]);
  const [saving, setSaving] = useState(false);
  const readers = useMemo(() => inspection.team.map((m) => m.id), [inspection.team]);
  const leadId = inspection.team.find((m) => m.role === 'lead')?.id ?? 'lead';
  const byId = useMemo(() => new Map(candidates.map((c) => [c.id, c])), [candidates]);
  const name = (id: string | null) =>
    id === null ? 'Not assigned' : (inspection.team.find((m) => m.id === id)?.name ?? id);
  const area = (id: string) => inspection.areas.find((a) => a.id === id)?.name ?? id;

  const show = (list: (SummaryError & { field: string })[]) => {
    setErrors(list);
    onErrors(list.length > 0);
  };
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.text;
  const candidate = (c: CaseRecord) => ({ caseId: c.id, ref: c.ref, inspectorId: c.inspectorId });

  const shareOut = (caseIds: readonly string[]) => {
    const list = caseIds.map((id) => byId.get(id)!).map(candidate);
    const assigned = assignSecondReaders(list, readers);
    return new Map(caseIds.map((id) => [id, assigned.get(id) ?? '']));
  };

  const draw = (event: Event) => {
    event.preventDefault();
    const number = Number(amount.trim());
    const result = drawModerationCases({
      candidates: candidates.map(candidate),
      size:
        sizeKind === 'percent'
          ? { kind: 'percent', percent: amount.trim() === '' ? Number.NaN : number }
          : { kind: 'count', count: amount.trim() === '' ? Number.NaN : number },
      atLeastOnePerInspector: perInspector,
      seed,
    });
    if (result.status === 'invalid') {
      show(
        result.errors.map((e) => {
          const field = e.path === 'seed' ? 'seed' : 'amount';
          return { field, href: `#${field}`, text: e.message };
        }),
      );
      return;
    }
    show([]);
    const draw = result.value;
    setChosen(shareOut(draw.chosen.map((c) => c.caseId)));
    setSelection({
      method: 'random',
      seed: draw.seed,
      description: draw.description,
      at: new Date().toISOString(),
      by: scorer ?? leadId,
    });
  };

  const toggle = (caseId: string, on: boolean) => {
    const next = new Map(chosen);
    if (on) {
      // The reader with fewest cases so far who is not this case's inspector.
      const kase = byId.get(caseId)!;
      const load = new Map(readers.map((r) => [r, 0]));
      for (const r of next.values()) if (load.has(r)) load.set(r, load.get(r)! + 1);
      const reader =
        readers
          .filter((r) => r !== kase.inspectorId)
          .sort((a, b) => load.get(a)! - load.get(b)!)[0] ?? '';
      next.set(caseId, reader);
    } else next.delete(caseId);
    setChosen(next);
    setSelection(
      next.size > 0
        ? {
            method: 'hand',
            seed: null,
            description: null,
            at: new Date().toISOString(),
            by: scorer ?? leadId,
          }
        : null,
    );
  };

  const chooseMethod = (value: string) => {
    setMethod(value as Method);
    setChosen(new Map());
    setSelection(null);
    show([]);
  };

  const assign = async (event: Event) => {
    event.preventDefault();
    if (!selection || chosen.size === 0) return;
    const missing = [...chosen].filter(([, reader]) => reader === '');
    if (missing.length > 0) {
      show(
        missing.map(([caseId]) => ({
          field: `reader-${caseId}`,
          href: `#reader-${caseId}`,
          text: `Choose a second reader for case ${byId.get(caseId)?.ref ?? caseId}`,
        })),
      );
      return;
    }
    setSaving(true);
    const outcome = await assignSecondReadings({
      inspectionId: inspection.id,
      assignments: [...chosen].map(([caseId, secondReaderId]) => ({ caseId, secondReaderId })),
      selection: { ...selection, at: new Date().toISOString() },
      by: scorer ?? selection.by,
    });
    setSaving(false);
    if (outcome.status === 'done') {
      setModerationFlash(`${plural(outcome.added, 'case', 'cases')} chosen for a second reading`);
      route(moderationPath(inspection.id));
      return;
    }
    show([
      {
        field: 'assign',
        text:
          outcome.status === 'invalid'
            ? outcome.errors.map((e) => e.message).join('; ')
            : outcome.status === 'missing'
              ? outcome.message
              : `Nothing was saved: the browser’s storage refused the change (${outcome.detail}).`,
      },
    ]);
  };

  // A case just assigned leaves the candidates before the page moves on.
  const ordered = [...chosen.keys()]
    .flatMap((id) => {
      const kase = byId.get(id);
      return kase ? [kase] : [];
    })
    .sort((a, b) => a.ref.localeCompare(b.ref, 'en-GB', { numeric: true }));

  return (
    <>
      <ErrorSummary errors={errors.map(({ href, text }) => (href ? { href, text } : { text }))} />
      <p class="govuk-body">
        {plural(candidates.length, 'complete case', 'complete cases')} can be chosen. Each is read
        again by another inspector, who will not see the first reading.
      </p>
      <form onSubmit={draw} noValidate>
        <RadiosField
          id="method"
          legend="How do you want to choose the cases?"
          value={method}
          onChange={chooseMethod}
          items={[
            {
              value: 'random',
              label: 'At random',
              hint: 'Drawn with a seed, so the same cases can be drawn again',
            },
            { value: 'hand', label: 'By hand', hint: 'Tick the cases to read again' },
          ]}
        />
        {method === 'random' && (
          <div class="govuk-inset-text">
            <RadiosField
              id="size-kind"
              legend="How many cases?"
              legendClass="govuk-fieldset__legend--s"
              value={sizeKind}
              inline
              small
              onChange={(value) => {
                setSizeKind(value as SizeKind);
                setAmount(value === 'percent' ? '20' : '');
              }}
              items={[
                { value: 'percent', label: 'A percentage' },
                { value: 'count', label: 'A number of cases' },
              ]}
            />
            <TextField
              id="amount"
              label={
                sizeKind === 'percent'
                  ? 'Percentage of the complete cases'
                  : 'Number of cases to read again'
              }
              hint={
                sizeKind === 'percent'
                  ? `Rounded up to whole cases: 20% of ${candidates.length} is ${Math.max(1, Math.ceil((20 * candidates.length) / 100))}`
                  : `From 1 to ${candidates.length}`
              }
              inputClass="govuk-input--width-4"
              inputMode="decimal"
              value={amount}
              error={errorOf('amount')}
              onInput={setAmount}
            />
            <TextField
              id="seed"
              label="Seed"
              hint="Anyone drawing from the same cases with the same seed gets the same cases. It is recorded with the draw."
              inputClass="govuk-input--width-10"
              spellcheck={false}
              value={seed}
              error={errorOf('seed')}
              onInput={setSeed}
            />
            <p class="govuk-body">
              <button
                type="button"
                class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => setSeed(newSeed())}
              >
                Make a new seed
              </button>
            </p>
            <CheckboxField
              id="per-inspector"
              label="At least one case of each inspector"
              hint="Adds cases if the number asked for is smaller than the number of inspectors"
              checked={perInspector}
              onChange={setPerInspector}
            />
            <button type="submit" class="govuk-button">
              Draw cases
            </button>
          </div>
        )}
      </form>
      {method === 'hand' && (
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset" aria-describedby="hand-hint">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
              Cases to read a second time
            </legend>
            <div class="govuk-hint" id="hand-hint">
              Complete cases not yet chosen, with their inspector
            </div>
            <div class="govuk-checkboxes govuk-checkboxes--small">
              {candidates.map((c) => (
                <div class="govuk-checkboxes__item" key={c.id}>
                  <input
                    class="govuk-checkboxes__input"
                    id={`case-${c.id}`}
                    type="checkbox"
                    checked={chosen.has(c.id)}
                    onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                  />
                  <label class="govuk-label govuk-checkboxes__label" for={`case-${c.id}`}>
                    {c.ref}{' '}
                    <span class="govuk-hint govuk-!-display-inline">— {name(c.inspectorId)}</span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      )}

      {ordered.length > 0 && selection && (
        <form onSubmit={assign} noValidate>
          <h2 class="govuk-heading-m">Second readers</h2>
          {selection.method === 'random' && (
            <p class="govuk-body" data-testid="draw-description">
              {selection.description}
            </p>
          )}
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--s">
              {plural(ordered.length, 'case', 'cases')} to read again
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Case
                </th>
                <th scope="col" class="govuk-table__header">
                  Area
                </th>
                <th scope="col" class="govuk-table__header">
                  First reader
                </th>
                <th scope="col" class="govuk-table__header">
                  Second reader
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {ordered.map((c) => {
                const error = errorOf(`reader-${c.id}`);
                return (
                  <tr class="govuk-table__row" key={c.id} data-case={c.ref}>
                    <th scope="row" class="govuk-table__header">
                      {c.ref}
                    </th>
                    <td class="govuk-table__cell">{area(c.areaId)}</td>
                    <td class="govuk-table__cell">{name(c.inspectorId)}</td>
                    <td class="govuk-table__cell">
                      <div
                        class={`govuk-form-group govuk-!-margin-bottom-0${error ? ' govuk-form-group--error' : ''}`}
                      >
                        <label class="govuk-label govuk-visually-hidden" for={`reader-${c.id}`}>
                          Second reader for case {c.ref}
                        </label>
                        {error && (
                          <p class="govuk-error-message" id={`reader-${c.id}-error`}>
                            <span class="govuk-visually-hidden">Error:</span> {error}
                          </p>
                        )}
                        <select
                          class={`govuk-select${error ? ' govuk-select--error' : ''}`}
                          id={`reader-${c.id}`}
                          value={chosen.get(c.id) ?? ''}
                          aria-describedby={error ? `reader-${c.id}-error` : undefined}
                          onChange={(e) => {
                            const next = new Map(chosen);
                            next.set(c.id, e.currentTarget.value);
                            setChosen(next);
                          }}
                        >
                          <option value="">Choose…</option>
                          {inspection.team
                            .filter((m) => m.id !== c.inspectorId)
                            .map((m) => (
                              <option key={m.id} value={m.id}>
                                {m.name}
                              </option>
                            ))}
                        </select>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" disabled={saving}>
              Assign second readings
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => setChosen(shareOut([...chosen.keys()]))}
            >
              Share readers out again in turn
            </button>
          </div>
        </form>
      )}
      <p class="govuk-body">
        <a class="govuk-link" href={moderationPath(inspection.id)}>
          Cancel and go back to moderation
        </a>
      </p>
    </>
  );
}
