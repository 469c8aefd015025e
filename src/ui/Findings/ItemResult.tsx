/** One item's figures as the findings tables show them; every percentage with its counts. */
import type { ItemFinding, MultichoiceFinding, NumberFinding, ProportionFinding } from '../../core';
import { roundHalfUp } from '../../core';
import { figureOf } from './figures';

/** The mark of a small base: a tag in the main tables, a dagger in cross-tabs. */
export function SmallBase({ compact = false }: { compact?: boolean }) {
  return compact ? (
    <span class="ca-findings__dagger">
      <span aria-hidden="true">†</span> <span class="govuk-visually-hidden">small base</span>
    </span>
  ) : (
    <strong class="govuk-tag govuk-tag--yellow ca-findings__small-base">Small base</strong>
  );
}

function OptionShares({ f }: { f: ProportionFinding | MultichoiceFinding }) {
  if (f.base === 0) return <>No applicable cases</>;
  return (
    <ul class="govuk-list ca-findings__options">
      {f.options.map((o) => (
        <li key={o.value}>
          {o.label}: {figureOf(o.percentRounded, o.count, f.base)}
        </li>
      ))}
    </ul>
  );
}

function mean(value: number): string {
  return String(roundHalfUp(value, 1));
}

function NumberSummary({ f }: { f: NumberFinding }) {
  const s = f.summary;
  if (!s) return <>No numbers given</>;
  const unit = f.unit ? ` ${f.unit}` : '';
  return (
    <ul class="govuk-list ca-findings__options">
      <li>
        {s.n} {s.n === 1 ? 'case' : 'cases'}: mean {mean(s.mean)}
        {unit}, median {s.median}
      </li>
      <li>
        Range {s.min} to {s.max}
        {unit}
      </li>
      {f.thresholds.map((t) => (
        <li key={t.above}>
          {t.label}: {figureOf(t.percentRounded, t.count, t.base)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The result of one item: `56% (9/16)` for a question with a positive answer, each option's
 * share for a choice, the summary of a number, or how many answered.
 */
export function ItemResult({ f, compact = false }: { f: ItemFinding; compact?: boolean }) {
  switch (f.type) {
    case 'proportion':
      if (!f.scored) return <OptionShares f={f} />;
      return (
        <>
          <span class="ca-findings__figure">{figureOf(f.percentRounded, f.positive, f.base)}</span>
          {f.base > 0 && f.smallBase && (
            <>
              {' '}
              <SmallBase compact={compact} />
            </>
          )}
        </>
      );
    case 'multichoice':
      return (
        <>
          <OptionShares f={f} />
          <p class="govuk-body-s ca-findings__multi-note">{f.note}</p>
        </>
      );
    case 'number':
      return <NumberSummary f={f} />;
    default:
      return <>Answered in {f.answered === 1 ? '1 case' : `${f.answered} cases`}</>;
  }
}
