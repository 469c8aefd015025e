/**
 * The figures of inspections analysed together: for every question (and profile field) its
 * figure over all of them, with its base, and beside it the same figure in each inspection,
 * each with its own base and the small-base mark. Reuses the findings screen's figures
 * (`ItemResult`) and lookups (`findingsModel`), so a figure reads the same on both screens.
 */
import { type Framework, type FrameworkIndex, hasSmallBase, type ItemFinding } from '../../../core';
import { t } from '../../i18n/translate';
import { smallBaseKey } from '../Findings/figures';
import type { FindingsColumn, FindingsModel } from '../Findings/findingsModel';
import { ItemResult } from '../Findings/ItemResult';
import { ScrollRegion } from '../Findings/ScrollRegion';

function textOf(index: FrameworkIndex, itemId: string): string {
  return index.itemById.get(itemId)?.item.text ?? itemId;
}

/** One table: the items as rows, all inspections then each inspection as columns. */
function ByInspectionTable({
  caption,
  items,
  model,
  index,
  ratingOf,
}: {
  caption: string;
  items: readonly ItemFinding[];
  model: FindingsModel;
  index: FrameworkIndex;
  /** The rating each column's figures give, when the standard is rated from them. */
  ratingOf?: (column: FindingsColumn) => string | null;
}) {
  const small = items.some((f) =>
    model.columns.some((c) => {
      const cell = c.byItem.get(f.itemId);
      return cell !== undefined && hasSmallBase(cell);
    }),
  );
  const ratings = ratingOf ? model.columns.map(ratingOf) : [];
  return (
    <>
      <ScrollRegion label={caption}>
        <table class="govuk-table ca-findings__crosstab">
          <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {t('findings', 'Question')}
              </th>
              {model.columns.map((c) => (
                <th scope="col" class="govuk-table__header" key={c.key ?? '*'}>
                  {c.key === null ? t('findings.combined', 'All inspections') : c.label}
                  <span class="ca-findings__n">
                    {t('findings', '{count, plural, one {# case} other {# cases}}', {
                      count: c.cases,
                    })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {items.map((f) => (
              <tr class="govuk-table__row" key={f.itemId}>
                <th scope="row" class="govuk-table__header ca-findings__question">
                  {textOf(index, f.itemId)} <span class="ca-findings__id">{f.itemId}</span>
                </th>
                {model.columns.map((c) => {
                  const cell = c.byItem.get(f.itemId);
                  return (
                    <td class="govuk-table__cell" key={c.key ?? '*'}>
                      {cell ? <ItemResult f={cell} /> : '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
            {ratings.some((r) => r !== null) && (
              <tr class="govuk-table__row ca-findings__rating-row">
                <th scope="row" class="govuk-table__header">
                  {t('findings', 'Rating from these figures')}
                </th>
                {model.columns.map((c, i) => (
                  <td class="govuk-table__cell" key={c.key ?? '*'}>
                    {ratings[i] ?? '–'}
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </ScrollRegion>
      {small && <p class="govuk-body-s">{smallBaseKey()}</p>}
    </>
  );
}

/** The profile of the sample, then every standard of every section, by inspection. */
export function CombinedFigures({
  framework,
  index,
  model,
}: {
  framework: Framework;
  index: FrameworkIndex;
  model: FindingsModel;
}) {
  const profile = model.result.profile;
  return (
    <>
      {profile.length > 0 && (
        <section class="ca-findings__section" id="section-profile">
          <h2 class="govuk-heading-l">{t('findings', 'Profile of the sample')}</h2>
          <ByInspectionTable
            caption={t('findings.combined', 'Profile of the sample by inspection')}
            items={profile}
            model={model}
            index={index}
          />
        </section>
      )}
      {framework.sections.map((section) => (
        <section class="ca-findings__section" id={`section-${section.id}`} key={section.id}>
          <h2 class="govuk-heading-l">{section.title}</h2>
          {section.standards.map((standard) => {
            const items = model.byStandard.get(standard.id) ?? [];
            return (
              <section class="ca-findings__standard" key={standard.id}>
                <h3 class="govuk-heading-m">{standard.title}</h3>
                {items.length === 0 ? (
                  <p class="govuk-body">{t('findings', 'This standard has no questions.')}</p>
                ) : (
                  <ByInspectionTable
                    caption={t('findings.combined', '{title} by inspection', {
                      title: standard.title,
                    })}
                    items={items}
                    model={model}
                    index={index}
                    ratingOf={(c) => c.ratings.get(standard.id)?.computedRating ?? null}
                  />
                )}
              </section>
            );
          })}
        </section>
      ))}
    </>
  );
}
