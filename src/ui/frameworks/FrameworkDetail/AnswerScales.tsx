import { type Meaning, NOT_APPLICABLE, NOT_KNOWN, type Scale } from '../../../core';
import { t, tx } from '../../i18n/translate';
import { Paragraphs } from './Paragraphs';

function meaningInWords(meaning: Meaning): string {
  switch (meaning) {
    case 'positive':
      return t('frameworks', 'Positive: counts towards the percentage');
    case 'negative':
      return t('frameworks', 'Negative');
    case 'neutral':
      return t('frameworks', 'Neutral: describes, does not judge');
  }
}

function notKnownInWords(scale: Scale): string {
  return scale.notKnownInBase
    ? t('frameworks', 'Counted in the base of percentages, as not positive')
    : t('frameworks', 'Left out of the base of percentages, and reported separately');
}

function notOffered(scale: Scale): string | undefined {
  if (!scale.allowNotApplicable && !scale.allowNotKnown)
    return t('frameworks', 'Neither N/A nor not known is offered on this scale.');
  if (!scale.allowNotApplicable) return t('frameworks', 'N/A is not offered on this scale.');
  if (!scale.allowNotKnown) return t('frameworks', 'Not known is not offered on this scale.');
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
              {scale.ordered
                ? t('frameworks', '{scale} (ordered, first to last)', {
                    scale: scale.label ?? scale.id,
                  })
                : (scale.label ?? scale.id)}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {t('frameworks', 'Answer')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('frameworks', 'Code')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('frameworks', 'Counts in findings as')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('frameworks', 'Meaning')}
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
                  <td class="govuk-table__cell">{meaningInWords(option.meaning)}</td>
                  <td class="govuk-table__cell">
                    {option.exclusive && (
                      <p class="govuk-body-s">
                        {t('frameworks', 'Chosen alone: it clears the other answers.')}
                      </p>
                    )}
                    {option.other && (
                      <p class="govuk-body-s">
                        {tx(
                          'frameworks',
                          'Chosen with words saying what it is, kept as <code>{value}:…</code>.',
                          {
                            value: option.value,
                            code: (chunks: string[]) => <code class="ca-code">{chunks}</code>,
                          },
                        )}
                      </p>
                    )}
                    {option.description && <Paragraphs text={option.description} />}
                  </td>
                </tr>
              ))}
              {scale.allowNotApplicable && (
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">
                    {t('frameworks', 'N/A')}
                  </th>
                  <td class="govuk-table__cell">
                    <code class="ca-code">{NOT_APPLICABLE}</code>
                  </td>
                  <td class="govuk-table__cell">
                    {t('frameworks', 'Left out of the base of percentages')}
                  </td>
                  <td class="govuk-table__cell">
                    {t('frameworks', 'Not applicable to this case')}
                  </td>
                </tr>
              )}
              {scale.allowNotKnown && (
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">
                    {t('frameworks', 'Not known')}
                  </th>
                  <td class="govuk-table__cell">
                    <code class="ca-code">{NOT_KNOWN}</code>
                  </td>
                  <td class="govuk-table__cell">{notKnownInWords(scale)}</td>
                  <td class="govuk-table__cell">{t('frameworks', 'The record does not say')}</td>
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
