import { type Meaning, NOT_APPLICABLE, NOT_KNOWN, type Scale } from '../../../core';
import { Paragraphs } from './Paragraphs';

const MEANINGS: Record<Meaning, string> = {
  positive: 'Positive: counts towards the percentage',
  negative: 'Negative',
  neutral: 'Neutral: describes, does not judge',
};

function notKnownInWords(scale: Scale): string {
  return scale.notKnownInBase
    ? 'Counted in the base of percentages, as not positive'
    : 'Left out of the base of percentages, and reported separately';
}

function notOffered(scale: Scale): string | undefined {
  if (!scale.allowNotApplicable && !scale.allowNotKnown)
    return 'Neither N/A nor not known is offered on this scale.';
  if (!scale.allowNotApplicable) return 'N/A is not offered on this scale.';
  if (!scale.allowNotKnown) return 'Not known is not offered on this scale.';
  return undefined;
}

/** Every answer scale: its options, what each counts as, and whether N/A and not known are offered. */
export function AnswerScales({ scales }: { scales: readonly Scale[] }) {
  return (
    <>
      {scales.map((scale) => (
        <div class="ca-scale" id={`scale-${scale.id}`} key={scale.id}>
          <table class="govuk-table ca-scale__table">
            <colgroup>
              <col class="ca-scale__answer" />
              <col class="ca-scale__code" />
              <col class="ca-scale__counts" />
              <col />
            </colgroup>
            <caption class="govuk-table__caption govuk-table__caption--s">
              {`${scale.label ?? scale.id}${scale.ordered ? ' (ordered, first to last)' : ''}`}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Answer
                </th>
                <th scope="col" class="govuk-table__header">
                  Code
                </th>
                <th scope="col" class="govuk-table__header">
                  Counts in findings as
                </th>
                <th scope="col" class="govuk-table__header">
                  Meaning
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {scale.options.map((option) => (
                <tr class="govuk-table__row" key={option.value}>
                  <th scope="row" class="govuk-table__header">
                    {option.label}
                  </th>
                  <td class="govuk-table__cell">
                    <code class="ca-code">{option.value}</code>
                  </td>
                  <td class="govuk-table__cell">{MEANINGS[option.meaning] ?? option.meaning}</td>
                  <td class="govuk-table__cell">
                    {option.exclusive && (
                      <p class="govuk-body-s">Chosen alone: it clears the other answers.</p>
                    )}
                    {option.other && (
                      <p class="govuk-body-s">
                        Chosen with words saying what it is, kept as{' '}
                        <code class="ca-code">{option.value}:…</code>.
                      </p>
                    )}
                    {option.description && <Paragraphs text={option.description} />}
                  </td>
                </tr>
              ))}
              {scale.allowNotApplicable && (
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">
                    N/A
                  </th>
                  <td class="govuk-table__cell">
                    <code class="ca-code">{NOT_APPLICABLE}</code>
                  </td>
                  <td class="govuk-table__cell">Left out of the base of percentages</td>
                  <td class="govuk-table__cell">Not applicable to this case</td>
                </tr>
              )}
              {scale.allowNotKnown && (
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">
                    Not known
                  </th>
                  <td class="govuk-table__cell">
                    <code class="ca-code">{NOT_KNOWN}</code>
                  </td>
                  <td class="govuk-table__cell">{notKnownInWords(scale)}</td>
                  <td class="govuk-table__cell">The record does not say</td>
                </tr>
              )}
            </tbody>
          </table>
          {notOffered(scale) && <p class="govuk-body-s ca-scale__note">{notOffered(scale)}</p>}
        </div>
      ))}
    </>
  );
}
