/**
 * The profile of the sample (seed 000 §1.6 style): for each profile field, the cases per
 * answer with their share, or for a number its n, mean, median, range and the framework's
 * thresholds; with a breakdown, a column per group, each with its own base.
 */
import type { ComponentChildren } from 'preact';
import {
  type FrameworkIndex,
  type ItemFinding,
  isSmallBase,
  type MultichoiceFinding,
  type NumberFinding,
  type ProportionFinding,
  roundHalfUp,
} from '../../../core';
import { t } from '../../i18n/translate';
import { exclusionParts, smallBaseKey } from './figures';
import { casesHref } from './findingsLinks';
import { columnLabel, type FindingsColumn, type FindingsModel } from './findingsModel';
import { Figure, SmallBase } from './ItemResult';
import { ScrollRegion } from './ScrollRegion';

type Row = { label: string; cells: (column: FindingsColumn) => ComponentChildren };

function optionRows(f: ProportionFinding | MultichoiceFinding): Row[] {
  return f.options.map((option, i) => ({
    label: option.label,
    cells: (column) => {
      const cell = column.byItem.get(f.itemId) as
        | ProportionFinding
        | MultichoiceFinding
        | undefined;
      const o = cell?.options[i];
      if (!cell || !o) return '–';
      return <Figure percent={o.percentRounded} count={o.count} base={cell.base} />;
    },
  }));
}

function numberRows(f: NumberFinding): Row[] {
  const of = (column: FindingsColumn) => column.byItem.get(f.itemId) as NumberFinding | undefined;
  const stat =
    (pick: (s: NonNullable<NumberFinding['summary']>) => number) => (c: FindingsColumn) => {
      const s = of(c)?.summary;
      return s ? String(roundHalfUp(pick(s), 1)) : '–';
    };
  return [
    {
      label: t('findings', 'Cases with a number (n)'),
      cells: (c) => String(of(c)?.summary?.n ?? 0),
    },
    { label: t('findings', 'Mean'), cells: stat((s) => s.mean) },
    { label: t('findings', 'Median'), cells: stat((s) => s.median) },
    { label: t('findings', 'Smallest'), cells: stat((s) => s.min) },
    { label: t('findings', 'Largest'), cells: stat((s) => s.max) },
    ...f.thresholds.map((threshold, i) => ({
      label: threshold.label,
      cells: (c: FindingsColumn) => {
        const cell = of(c)?.thresholds[i];
        return cell ? (
          <Figure percent={cell.percentRounded} count={cell.count} base={cell.base} />
        ) : (
          '–'
        );
      },
    })),
  ];
}

function baseOf(f: ItemFinding | undefined): number | null {
  if (!f) return null;
  if (f.type === 'number') return f.summary?.n ?? 0;
  if (f.type === 'answered') return f.answered;
  return f.base;
}

function ProfileTable({
  f,
  text,
  model,
  href,
}: {
  f: ItemFinding;
  text: string;
  model: FindingsModel;
  href: string;
}) {
  const rows: Row[] =
    f.type === 'proportion' || f.type === 'multichoice'
      ? optionRows(f)
      : f.type === 'number'
        ? numberRows(f)
        : [
            {
              label: t('findings', 'Answered'),
              cells: (c) => String(baseOf(c.byItem.get(f.itemId)) ?? '–'),
            },
          ];
  const columns = model.columns;
  const excluded = exclusionParts(f);
  const unit = f.type === 'number' && f.unit ? ` (${f.unit})` : '';
  return (
    <div class="ca-findings__profile-item">
      <ScrollRegion label={text}>
        <table class="govuk-table ca-findings__profile-table">
          <caption class="govuk-table__caption govuk-table__caption--s">
            {text}
            {unit}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {f.type === 'number' ? t('findings', 'Measure') : t('findings', 'Answer')}
              </th>
              {columns.map((c) => {
                const base = baseOf(c.byItem.get(f.itemId));
                return (
                  <th scope="col" class="govuk-table__header" key={c.key ?? '*'}>
                    {columnLabel(c)}
                    <span class="ca-findings__n">
                      {t('findings', 'base {base}', { base: base ?? 0 })}
                      {base !== null && isSmallBase(base) && <SmallBase />}
                    </span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {rows.map((row) => (
              <tr class="govuk-table__row" key={row.label}>
                <th scope="row" class="govuk-table__header">
                  {row.label}
                </th>
                {columns.map((c) => (
                  <td class="govuk-table__cell" key={c.key ?? '*'}>
                    {row.cells(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p class="govuk-body-s ca-findings__profile-note">
        {f.type === 'multichoice' && `${f.note} `}
        {excluded.length > 0 &&
          `${t('findings', 'Not in the base (all cases): {parts}.', { parts: excluded.join(', ') })} `}
        {columns.some((c) => {
          const base = baseOf(c.byItem.get(f.itemId));
          return base !== null && isSmallBase(base);
        }) && `${smallBaseKey()} `}
        <a class="govuk-link ca-findings__which" href={href}>
          {t('findings', 'Which cases?')} <span class="govuk-visually-hidden">({text})</span>
        </a>
      </p>
    </div>
  );
}

export function ProfileSection({
  model,
  index,
  inspectionId,
  completeOnly,
}: {
  model: FindingsModel;
  index: FrameworkIndex;
  inspectionId: string;
  completeOnly: boolean;
}) {
  const profile = model.result.profile;
  return (
    <section class="ca-findings__section" id="profile">
      <h2 class="govuk-heading-l" id="profile-heading">
        {t('findings', 'Profile of the sample')}
      </h2>
      {profile.length === 0 ? (
        <p class="govuk-body">{t('findings', 'This framework records no case profile.')}</p>
      ) : (
        profile.map((f) => (
          <ProfileTable
            key={f.itemId}
            f={f}
            text={index.itemById.get(f.itemId)?.item.text ?? f.itemId}
            model={model}
            href={casesHref(inspectionId, f.itemId, completeOnly)}
          />
        ))
      )}
    </section>
  );
}
