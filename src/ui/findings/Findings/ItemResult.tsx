/**
 * One item's figures as the findings tables show them: every percentage with its counts and
 * what it counts ("No: 80% (41/51)"), and the small-base mark on a base under 10.
 */
import type {
  ItemFinding,
  MultichoiceFinding,
  NumberFinding,
  ProportionFinding,
} from '../../../core';
import { isSmallBase, roundHalfUp, SMALL_BASE_MARK } from '../../../core';
import { t } from '../../i18n/translate';
import { figureOf } from './figures';

/** The small-base mark, as every output prints it: † (read out as "small base"). */
export function SmallBase() {
  return (
    <span class="ca-findings__dagger">
      {' '}
      <span aria-hidden="true">{SMALL_BASE_MARK}</span>
      <span class="govuk-visually-hidden"> {t('findings', 'small base')}</span>
    </span>
  );
}

/** A figure with its counts, marked when its base is small: `67% (6/9) †`. */
export function Figure({
  percent,
  count,
  base,
}: {
  percent: number | null;
  count: number;
  base: number;
}) {
  return (
    <>
      {figureOf(percent, count, base)}
      {isSmallBase(base) && <SmallBase />}
    </>
  );
}

function OptionShares({ f }: { f: ProportionFinding | MultichoiceFinding }) {
  if (f.base === 0) return <>{t('findings', 'No applicable cases')}</>;
  return (
    <ul class="govuk-list ca-findings__options">
      {f.options.map((o) => (
        <li key={o.value}>
          {o.label}: <Figure percent={o.percentRounded} count={o.count} base={f.base} />
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
  if (!s) return <>{t('findings', 'No numbers given')}</>;
  const unit = f.unit ? ` ${f.unit}` : '';
  return (
    <ul class="govuk-list ca-findings__options">
      <li>
        {t(
          'findings',
          '{count, plural, one {# case} other {# cases}}: mean {mean}{unit}, median {median}',
          { count: s.n, mean: mean(s.mean), unit, median: s.median },
        )}
        {isSmallBase(s.n) && <SmallBase />}
      </li>
      <li>{t('findings', 'Range {min} to {max}{unit}', { min: s.min, max: s.max, unit })}</li>
      {f.thresholds.map((threshold) => (
        <li key={threshold.above}>
          {threshold.label}:{' '}
          <Figure
            percent={threshold.percentRounded}
            count={threshold.count}
            base={threshold.base}
          />
        </li>
      ))}
    </ul>
  );
}

/**
 * The result of one item: what was counted and its figure (`No: 80% (41/51)`, the side its
 * sentence states) for a question with a positive answer, each option's share for a choice,
 * the summary of a number, or how many answered.
 */
export function ItemResult({ f }: { f: ItemFinding }) {
  switch (f.type) {
    case 'proportion': {
      const counted = f.counted;
      if (!counted) return <OptionShares f={f} />;
      if (counted.base === 0) return <>{t('findings', 'No applicable cases')}</>;
      return (
        <span class="ca-findings__figure">
          {counted.answers}:{' '}
          <Figure percent={counted.percentRounded} count={counted.count} base={counted.base} />
        </span>
      );
    }
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
      return (
        <>
          {t('findings', 'Answered in {count, plural, one {# case} other {# cases}}', {
            count: f.answered,
          })}
        </>
      );
  }
}
