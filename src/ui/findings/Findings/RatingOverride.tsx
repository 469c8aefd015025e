/**
 * The lead's rating of one standard: override the rating the figures give (or, for a standard
 * rated by professional judgement, set it), always with a reason; or remove the override. The
 * rating from the figures is shown first, with the rule that produced it.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  canOverride,
  type Framework,
  type Inspection,
  overrideInForce,
  ratingChoices,
  type Standard,
} from '../../../core';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SummaryRow } from '../../components/SummaryRow';
import { TeamMemberField } from '../../components/TeamMemberField';
import { t } from '../../i18n/translate';
import { ComputedRating } from './ComputedRating';
import { FindingsPageFrame } from './FindingsPageFrame';
import { whoAndWhen } from './figures';
import { findingsHref } from './findingsLinks';
import { viewFromUrl } from './findingsQuery';
import { RatingChoices, RationaleField } from './OverrideFields';
import { useRatingOverride } from './useRatingOverride';
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
          return t('findings', 'Change the rating of {standard}', { standard: standard.title });
        }
        return standard.ratedBy === 'lead-judgement'
          ? t('findings', 'Rate {standard}', { standard: standard.title })
          : t('findings', 'Override the rating of {standard}', { standard: standard.title });
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
  const { url } = useLocation();
  const completeOnly = viewFromUrl(url).completeOnly;
  const back = findingsHref(inspection.id, completeOnly ? '' : '?basis=all');
  const current = overrideInForce(inspection.ratingOverrides, standard.id);
  const choices = ratingChoices(framework);
  const { fields, setFields, errors, busy, save, remove } = useRatingOverride(
    inspection,
    standard,
    current,
    { back, onErrors },
  );

  if (!canOverride(framework, standard.id)) {
    return (
      <>
        <a class="govuk-back-link" href={back}>
          {t('findings', 'Back to the findings')}
        </a>
        <p class="govuk-body">
          {framework.rating
            ? t('findings', 'This standard is not rated, so it has no rating to change.')
            : t(
                'findings',
                'This framework does not rate its standards, so there is no rating to change.',
              )}
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
        {t('findings', 'Back to the findings')}
      </a>
      <ErrorSummary errors={summary} />
      <ComputedRating
        inspection={inspection}
        framework={framework}
        standard={standard}
        completeOnly={completeOnly}
      />
      {current && (
        <>
          <h2 class="govuk-heading-m">{t('findings', 'The rating now')}</h2>
          <dl class="govuk-summary-list">
            <SummaryRow label={t('findings', 'Rating')}>{current.rating}</SummaryRow>
            <SummaryRow label={t('findings', 'Reason')}>{current.rationale}</SummaryRow>
            <SummaryRow label={t('findings', 'Set by')}>{whoAndWhen(current)}</SummaryRow>
          </dl>
          <button
            type="button"
            class="govuk-button govuk-button--warning"
            disabled={busy}
            onClick={() => void remove()}
          >
            {t('findings', 'Remove the override')}
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
        <RatingChoices
          choices={choices}
          changing={current !== null}
          value={fields.rating}
          error={errors.rating}
          onChange={(rating) => setFields({ ...fields, rating })}
        />
        <RationaleField
          value={fields.rationale}
          error={errors.rationale}
          onChange={(rationale) => setFields({ ...fields, rationale })}
        />
        <TeamMemberField
          label={t('findings', 'Who is setting this rating')}
          team={inspection.team}
          value={fields.by}
          error={errors.by}
          onChange={(by) => setFields({ ...fields, by })}
        />
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" disabled={busy}>
            {t('findings', 'Save the rating')}
          </button>
          <a class="govuk-link" href={back}>
            {t('findings', 'Cancel')}
          </a>
        </div>
      </form>
    </>
  );
}
