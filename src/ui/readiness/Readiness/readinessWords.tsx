/** Words of the readiness page that vary with what the page shows, in the language chosen. */
import type { ReadinessStandard } from '../../../core';
import { t } from '../../i18n/translate';

/** The standard's rating, or that it has none, and whether the lead set it. */
export function RatingWords({ standard }: { standard: ReadinessStandard }) {
  const rating = standard.rating ?? t('readiness.parts', 'Not rated');
  return (
    <>
      {standard.overridden
        ? t('readiness.parts', 'Rating: {rating} (set by the lead)', { rating })
        : t('readiness.parts', 'Rating: {rating}', { rating })}
    </>
  );
}

/** The table's caption: what its columns hold. */
export function TableCaption({ rated, benchmarks }: { rated: boolean; benchmarks: boolean }) {
  if (rated && benchmarks) {
    return (
      <>
        {t(
          'readiness.parts',
          'Each standard’s key figures and rating, beside the published figures',
        )}
      </>
    );
  }
  if (rated) return <>{t('readiness.parts', 'Each standard’s key figures and rating')}</>;
  if (benchmarks) {
    return <>{t('readiness.parts', 'Each standard’s key figures, beside the published figures')}</>;
  }
  return <>{t('readiness.parts', 'Each standard’s key figures')}</>;
}

/** How a difference from a published figure is judged (core's sentence, in the language chosen). */
export function benchmarkMethod(): string {
  return t(
    'readiness.parts',
    'Each difference is this audit’s figure minus the published figure, in percentage points, on the same side (the answers this audit counts); its interval is Newcombe’s hybrid score interval for a difference of two independent proportions, 95%, and a difference is more than chance would explain when that interval leaves out 0.',
  );
}
