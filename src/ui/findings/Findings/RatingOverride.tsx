/**
 * The lead's rating of one standard: override the rating the figures give (or, for a standard
 * rated by professional judgement, set it), always with a reason; or remove the override. The
 * rating from the figures is shown first, with the rule that produced it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type Framework,
  type Inspection,
  indexFramework,
  type Standard,
  type StandardRating,
} from '../../../core';
import { groupNamesOf, loadFindingsCases } from '../../../db/cases/findingsSource';
import { scorerFor } from '../../../db/device/identityStore';
import {
  canOverride,
  type OverrideOutcome,
  ratingChoices,
  removeRatingOverride,
  setRatingOverride,
} from '../../../db/inspections/ratingOverrideStore';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ErrorMessage } from '../../components/InspectionFrame/formFields';
import { SummaryRow } from '../../components/SummaryRow';
import { useLive } from '../../hooks/useLive';
import { FindingsPageFrame } from './FindingsPageFrame';
import { computedRuleText, whoAndWhen } from './figures';
import { findingsHref } from './findingsLinks';
import { viewFromUrl } from './findingsQuery';
import { setFlash } from './flash';
import { useFindings } from './useFindings';
import './Findings.css';

function standardOf(framework: Framework, standardId: string): Standard | undefined {
  return framework.sections.flatMap((s) => s.standards).find((s) => s.id === standardId);
}

export default function RatingOverride({
  inspectionId,
  standardId,
}: {
  inspectionId: string;
  standardId: string;
}) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <FindingsPageFrame
      inspectionId={inspectionId}
      hasErrors={hasErrors}
      heading={({ inspection, framework }) => {
        const standard = standardOf(framework, standardId);
        if (!standard) return null;
        if (inspection.ratingOverrides.some((o) => o.standardId === standardId)) {
          return `Change the rating of ${standard.title}`;
        }
        return standard.ratedBy === 'lead-judgement'
          ? `Rate ${standard.title}`
          : `Override the rating of ${standard.title}`;
      }}
    >
      {({ inspection, framework }) => (
        <OverrideForm
          inspection={inspection}
          framework={framework}
          standard={standardOf(framework, standardId)!}
          onErrors={setHasErrors}
        />
      )}
    </FindingsPageFrame>
  );
}

type Fields = { rating: string; rationale: string; by: string };
type FieldErrors = Partial<Record<keyof Fields | 'form', string>>;

function describeFailure(
  outcome: Exclude<OverrideOutcome, { status: 'saved' | 'invalid' }>,
): string {
  if (outcome.status === 'missing') return outcome.message;
  return outcome.reason === 'quota'
    ? 'The rating could not be saved: this device’s storage is full. Free some space and try again.'
    : 'The rating could not be saved: this device’s storage did not answer. Try again.';
}

function OverrideForm({
  inspection,
  framework,
  standard,
  onErrors,
}: {
  inspection: Inspection;
  framework: Framework;
  standard: Standard;
  onErrors: (has: boolean) => void;
}) {
  const { url, route } = useLocation();
  const completeOnly = viewFromUrl(url).completeOnly;
  const back = findingsHref(inspection.id, completeOnly ? '' : '?basis=all');
  // The override in force: the latest (the store keeps one per standard; older data may hold more).
  const current =
    inspection.ratingOverrides
      .filter((o) => o.standardId === standard.id)
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
      .at(-1) ?? null;
  const choices = ratingChoices(framework);
  const team = inspection.team;
  const [fields, setFields] = useState<Fields>({
    rating: current?.rating ?? '',
    rationale: current?.rationale ?? '',
    by: current?.by ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  // Who is rating: the person scoring on this device if they are in the team, else the lead.
  useEffect(() => {
    if (current) return;
    let live = true;
    void scorerFor(inspection.id).then((scorer) => {
      const member =
        team.find((m) => m.id === scorer) ?? team.find((m) => m.role === 'lead') ?? team[0];
      if (live && member) setFields((f) => (f.by === '' ? { ...f, by: member.name } : f));
    });
    return () => {
      live = false;
    };
  }, [inspection.id]);

  const show = (next: FieldErrors) => {
    setErrors(next);
    onErrors(Object.keys(next).length > 0);
  };

  const save = async () => {
    setBusy(true);
    const outcome = await setRatingOverride(inspection.id, { standardId: standard.id, ...fields });
    setBusy(false);
    if (outcome.status === 'saved') {
      setFlash(`${standard.title} is now rated ${fields.rating}, with your reason.`);
      route(back);
      return;
    }
    if (outcome.status === 'invalid') {
      const next: FieldErrors = {};
      for (const e of outcome.errors) {
        const key = (['rating', 'rationale', 'by'] as const).find((k) => e.path === k) ?? 'form';
        next[key] ??= e.message;
      }
      show(next);
      return;
    }
    show({ form: describeFailure(outcome) });
  };

  const remove = async () => {
    setBusy(true);
    const outcome = await removeRatingOverride(inspection.id, standard.id);
    setBusy(false);
    if (outcome.status === 'saved') {
      setFlash(
        `The override of ${standard.title} was removed: its rating comes from the figures again.`,
      );
      route(back);
      return;
    }
    show({
      form:
        outcome.status === 'invalid'
          ? 'The override could not be removed.'
          : describeFailure(outcome),
    });
  };

  if (!canOverride(framework, standard.id)) {
    return (
      <>
        <a class="govuk-back-link" href={back}>
          Back to the findings
        </a>
        <p class="govuk-body">
          {framework.rating
            ? 'This standard is not rated, so it has no rating to change.'
            : 'This framework does not rate its standards, so there is no rating to change.'}
        </p>
      </>
    );
  }

  const summary = [
    errors.form && { text: errors.form },
    errors.rating && { href: '#rating', text: errors.rating },
    errors.rationale && { href: '#rationale', text: errors.rationale },
    errors.by && { href: '#by', text: errors.by },
  ].filter((e): e is { href?: string; text: string } => Boolean(e));

  return (
    <>
      <a class="govuk-back-link" href={back}>
        Back to the findings
      </a>
      <ErrorSummary errors={summary} />
      <Computed
        inspection={inspection}
        framework={framework}
        standard={standard}
        completeOnly={completeOnly}
      />
      {current && (
        <>
          <h2 class="govuk-heading-m">The rating now</h2>
          <dl class="govuk-summary-list">
            <SummaryRow label="Rating">{current.rating}</SummaryRow>
            <SummaryRow label="Reason">{current.rationale}</SummaryRow>
            <SummaryRow label="Set by">{whoAndWhen(current)}</SummaryRow>
          </dl>
          <button
            type="button"
            class="govuk-button govuk-button--warning"
            disabled={busy}
            onClick={() => void remove()}
          >
            Remove the override
          </button>
        </>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void save();
        }}
      >
        <div class={`govuk-form-group${errors.rating ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            class="govuk-fieldset"
            aria-describedby={errors.rating ? 'rating-error' : undefined}
          >
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
              {current ? 'New rating' : 'Rating'}
            </legend>
            <ErrorMessage id="rating-error" message={errors.rating} />
            <div class="govuk-radios">
              {choices.map((choice, i) => {
                const id = i === 0 ? 'rating' : `rating-${i + 1}`;
                return (
                  <div class="govuk-radios__item" key={choice}>
                    <input
                      class="govuk-radios__input"
                      id={id}
                      name="rating"
                      type="radio"
                      value={choice}
                      checked={fields.rating === choice}
                      onChange={() => setFields({ ...fields, rating: choice })}
                    />
                    <label class="govuk-label govuk-radios__label" for={id}>
                      {choice}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <div class={`govuk-form-group${errors.rationale ? ' govuk-form-group--error' : ''}`}>
          <h2 class="govuk-label-wrapper">
            <label class="govuk-label govuk-label--m" for="rationale">
              Reason for this rating
            </label>
          </h2>
          <div id="rationale-hint" class="govuk-hint">
            Say what the figures do not show. The reason is kept with the rating and shown wherever
            the rating is.
          </div>
          <ErrorMessage id="rationale-error" message={errors.rationale} />
          <textarea
            class={`govuk-textarea${errors.rationale ? ' govuk-textarea--error' : ''}`}
            id="rationale"
            name="rationale"
            rows={5}
            aria-describedby={`rationale-hint${errors.rationale ? ' rationale-error' : ''}`}
            value={fields.rationale}
            onInput={(e) =>
              setFields({ ...fields, rationale: (e.target as HTMLTextAreaElement).value })
            }
          />
        </div>
        <div class={`govuk-form-group${errors.by ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label govuk-label--s" for="by">
            Who is setting this rating
          </label>
          <ErrorMessage id="by-error" message={errors.by} />
          {team.length > 0 ? (
            <select
              class={`govuk-select${errors.by ? ' govuk-select--error' : ''}`}
              id="by"
              name="by"
              value={fields.by}
              aria-describedby={errors.by ? 'by-error' : undefined}
              onChange={(e) => setFields({ ...fields, by: (e.target as HTMLSelectElement).value })}
            >
              <option value="">Choose a team member</option>
              {team.map((m) => (
                <option key={m.id} value={m.name}>
                  {m.name}
                  {m.role === 'lead' ? ' (lead)' : ''}
                </option>
              ))}
            </select>
          ) : (
            <input
              class={`govuk-input govuk-input--width-20${errors.by ? ' govuk-input--error' : ''}`}
              id="by"
              name="by"
              type="text"
              autoComplete="name"
              value={fields.by}
              aria-describedby={errors.by ? 'by-error' : undefined}
              onInput={(e) => setFields({ ...fields, by: (e.target as HTMLInputElement).value })}
            />
          )}
        </div>
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" disabled={busy}>
            Save the rating
          </button>
          <a class="govuk-link" href={back}>
            Cancel
          </a>
        </div>
      </form>
    </>
  );
}

/** The rating the figures give, with the rule: what an override departs from. */
function Computed({
  inspection,
  framework,
  standard,
  completeOnly,
}: {
  inspection: Inspection;
  framework: Framework;
  standard: Standard;
  completeOnly: boolean;
}) {
  const live = useLive(() => loadFindingsCases(inspection.id), [inspection.id]);
  const names = useMemo(() => groupNamesOf(inspection), [inspection]);
  const state = useFindings(
    framework,
    live.status === 'ready' ? live.value.cases : null,
    { completeOnly, names },
    String(completeOnly),
  );
  if (state.status !== 'ready') return <p class="govuk-body">Working out the figures…</p>;
  const rating: StandardRating | undefined = state.result.standards.find(
    (s) => s.standardId === standard.id,
  );
  if (!rating) return null;
  const rule = computedRuleText(rating, indexFramework(framework), framework.rating);
  const basis = completeOnly ? 'complete cases only' : 'all cases';
  return (
    <div class="govuk-inset-text">
      {rating.ratedBy === 'lead-judgement'
        ? 'This standard is rated by the lead inspector’s professional judgement, not from the case figures.'
        : rule
          ? `From the figures (${basis}): ${rating.computedRating} — ${rule}.`
          : `From the figures (${basis}): ${rating.note}`}
    </div>
  );
}
