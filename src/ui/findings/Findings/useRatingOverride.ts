/**
 * The state of the rating override form: the rating, reason and who sets it, their problems,
 * and saving or removing the override, then back to the findings with a message.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type Inspection,
  leadActionBy,
  memberName,
  type RatingOverride,
  type Standard,
} from '../../../core';
import { scorerFor } from '../../../db/device/identityStore';
import {
  type OverrideOutcome,
  removeRatingOverride,
  setRatingOverride,
} from '../../../db/inspections/ratingOverrideStore';
import { t } from '../../i18n/translate';
import { setFlash } from './flash';

export type Fields = { rating: string; rationale: string; by: string };
export type FieldErrors = Partial<Record<keyof Fields | 'form', string>>;

function describeFailure(
  outcome: Exclude<OverrideOutcome, { status: 'saved' | 'invalid' }>,
): string {
  if (outcome.status === 'missing') return outcome.message;
  return outcome.reason === 'quota'
    ? t(
        'findings',
        'The rating could not be saved: this device’s storage is full. Free some space and try again.',
      )
    : t(
        'findings',
        'The rating could not be saved: this device’s storage did not answer. Try again.',
      );
}

/** The form's problems as core states them, said in the language chosen. */
function problemText(message: string): string {
  switch (message) {
    case 'This standard is not rated, so it has no rating to change':
      return t('findings', 'This standard is not rated, so it has no rating to change');
    case 'Choose the rating for this standard':
      return t('findings', 'Choose the rating for this standard');
    case 'Enter the reason for this rating: it is shown wherever the rating is':
      return t('findings', 'Enter the reason for this rating: it is shown wherever the rating is');
    case 'The reason must be 5,000 characters or fewer':
      return t('findings', 'The reason must be 5,000 characters or fewer');
    case 'Choose who is setting this rating':
      return t('findings', 'Choose who is setting this rating');
    default:
      return message;
  }
}

/** Each refused field's first problem, at its field (the rest on the form). */
function fieldErrorsOf(errors: readonly { path: string; message: string }[]): FieldErrors {
  const next: FieldErrors = {};
  for (const e of errors) {
    const key = (['rating', 'rationale', 'by'] as const).find((k) => e.path === k) ?? 'form';
    next[key] ??= problemText(e.message);
  }
  return next;
}

/** Who is rating: the person scoring on this device if they are in the team, else the lead. */
function useRater(
  inspection: Inspection,
  current: RatingOverride | null,
  setBy: (by: string) => void,
) {
  useEffect(() => {
    if (current) return;
    let live = true;
    const team = inspection.team;
    void scorerFor(inspection.id).then((scorer) => {
      const inTeam = team.some((m) => m.id === scorer) ? scorer : null;
      const by = leadActionBy(team, inTeam) || team[0]?.id;
      if (live && by) setBy(memberName(team, by));
    });
    return () => {
      live = false;
    };
  }, [inspection.id]);
}

export function useRatingOverride(
  inspection: Inspection,
  standard: Standard,
  current: RatingOverride | null,
  options: { back: string; onErrors: (has: boolean) => void },
) {
  const { route } = useLocation();
  const [fields, setFields] = useState<Fields>({
    rating: current?.rating ?? '',
    rationale: current?.rationale ?? '',
    by: current?.by ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  useRater(inspection, current, (by) => setFields((f) => (f.by === '' ? { ...f, by } : f)));

  const show = (next: FieldErrors) => {
    setErrors(next);
    options.onErrors(Object.keys(next).length > 0);
  };
  const done = (message: string) => {
    setFlash(message);
    route(options.back);
  };

  const save = async () => {
    setBusy(true);
    const outcome = await setRatingOverride(inspection.id, { standardId: standard.id, ...fields });
    setBusy(false);
    if (outcome.status === 'saved') {
      done(
        t('findings', '{standard} is now rated {rating}, with your reason.', {
          standard: standard.title,
          rating: fields.rating,
        }),
      );
    } else if (outcome.status === 'invalid') show(fieldErrorsOf(outcome.errors));
    else show({ form: describeFailure(outcome) });
  };

  const remove = async () => {
    setBusy(true);
    const outcome = await removeRatingOverride(inspection.id, standard.id);
    setBusy(false);
    if (outcome.status === 'saved') {
      done(
        t(
          'findings',
          'The override of {standard} was removed: its rating comes from the figures again.',
          { standard: standard.title },
        ),
      );
      return;
    }
    show({
      form:
        outcome.status === 'invalid'
          ? t('findings', 'The override could not be removed.')
          : describeFailure(outcome),
    });
  };

  return { fields, setFields, errors, busy, save, remove };
}
