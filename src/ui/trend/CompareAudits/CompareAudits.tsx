/**
 * Compare with an earlier audit: this audit's figures beside those of another audit on this
 * device on the same framework version (by default the one it repeats, else the most recent
 * earlier one), question by question and standard by standard — then, now, the change in
 * points, its 95% interval and whether it is more than chance would explain — with a chart of
 * the change and the method in words. The address holds the choice (`?with=<id>`), so a reload
 * or a shared link shows the same comparison.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type AuditComparison,
  type AuditToCompare,
  type Framework,
  type FrameworkIndex,
  type Inspection,
  indexFramework,
  type QuestionChange,
  trendMethodSentence,
} from '../../../core';
import { auditsToCompare } from '../../../db/inspections/repeatAudit';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { BasisChoice } from '../../findings/Findings/BasisChoice';
import { smallBaseKey } from '../../findings/Findings/figures';
import { useLive } from '../../hooks/useLive';
import { currentTranslator, formatDate, t, tx } from '../../i18n/translate';
import { ChangeChart } from './ChangeChart';
import { ChangeTable } from './ChangeTable';
import { type CompareView, compareHref, compareViewFromUrl } from './compareQuery';
import { useAuditComparison } from './useAuditComparison';
import '../../findings/Findings/Findings.css';

export default function CompareAudits({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('trend', 'Compare with an earlier audit')}
    >
      {({ inspection, framework }) =>
        framework ? (
          <CompareBody inspection={inspection} framework={framework.framework} />
        ) : (
          <p class="govuk-body">
            {t(
              'trend',
              'The framework this audit uses is not on this device, so its figures cannot be worked out. Import that framework version to compare it with another audit.',
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

/** "Placed away 2025 (fieldwork 3 March 2025 to 7 March 2025)", or when it was created. */
function auditLabel(audit: Pick<AuditToCompare, 'title' | 'fieldwork' | 'createdAt'>) {
  const { start, end } = audit.fieldwork;
  const title = audit.title;
  if (start && end) {
    return t('trend', '{title} (fieldwork {start} to {end})', {
      title,
      start: formatDate(start),
      end: formatDate(end),
    });
  }
  if (start || end) {
    return t('trend', '{title} (fieldwork {date})', { title, date: formatDate((start ?? end)!) });
  }
  return t('trend', '{title} (created {date})', { title, date: formatDate(audit.createdAt) });
}

function CompareBody({ inspection, framework }: { inspection: Inspection; framework: Framework }) {
  const { url, route } = useLocation();
  const view = useMemo(() => compareViewFromUrl(url), [url]);
  const choices = useLive(() => auditsToCompare(inspection.id), [inspection.id]);
  if (choices.status === 'loading') {
    return <Loading what={t('trend', 'Loading the audits on this device')} />;
  }
  if (choices.status === 'failed' || choices.value === null) {
    return (
      <p class="govuk-body">
        {t('trend', 'The audits on this device could not be read. Reload the page to try again.')}
      </p>
    );
  }
  const { audits, chosen } = choices.value;
  if (audits.length === 0) {
    return (
      <p class="govuk-body">
        {tx(
          'trend',
          'No other audit on this device uses {framework}, version {version}, so there is nothing to compare this audit with yet. To audit a new sample with the same settings, use “Repeat this audit” in its <link>Settings</link>.',
          {
            framework: framework.title,
            version: framework.version,
            link: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={inspectionHref(inspection.id, '/edit')}>
                {chunks}
              </a>
            ),
          },
        )}
      </p>
    );
  }
  const withId = view.with ?? chosen;
  const earlier = audits.find((a) => a.id === withId) ?? null;
  return (
    <>
      <p class="govuk-body">
        {t(
          'trend',
          'Each question’s figure in another audit on the same framework version (“then”) beside this audit’s (“now”): the change in percentage points, and whether it is more than chance would explain.',
        )}
      </p>
      <CompareControls
        key={url}
        audits={audits}
        view={{ ...view, with: earlier ? earlier.id : null }}
        onApply={(next) => route(compareHref(inspection.id, next))}
      />
      {view.with !== null && earlier === null && (
        <div class="govuk-inset-text" role="status">
          {t(
            'trend',
            'The audit in this address is not on this device, or uses another framework version. Choose an audit to compare with.',
          )}
        </div>
      )}
      {view.with === null && earlier === null && (
        <p class="govuk-body">
          {t(
            'trend',
            'No audit on this device on the same framework version is earlier than this one. Choose the audit to compare with.',
          )}
        </p>
      )}
      {earlier && (
        <Comparison
          framework={framework}
          current={inspection}
          earlier={earlier}
          completeOnly={view.completeOnly}
        />
      )}
    </>
  );
}

function CompareControls({
  audits,
  view,
  onApply,
}: {
  audits: readonly AuditToCompare[];
  view: CompareView;
  onApply: (view: CompareView) => void;
}) {
  const [chosen, setChosen] = useState(view.with ?? '');
  const [completeOnly, setCompleteOnly] = useState(view.completeOnly);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ with: chosen === '' ? null : chosen, completeOnly });
      }}
    >
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="compare-with">
          {t('trend', 'Compare with')}
        </label>
        <div class="govuk-hint" id="compare-with-hint">
          {t(
            'trend',
            'The other audits on this device that use the same framework version, most recent first.',
          )}
        </div>
        <select
          class="govuk-select"
          id="compare-with"
          name="with"
          aria-describedby="compare-with-hint"
          value={chosen}
          onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}
        >
          {view.with === null && <option value="">{t('trend', 'Choose an audit')}</option>}
          {audits.map((a) => (
            <option value={a.id} key={a.id}>
              {auditLabel(a)}
            </option>
          ))}
        </select>
      </div>
      <BasisChoice
        idPrefix="compare-basis"
        completeOnly={completeOnly}
        onChange={setCompleteOnly}
      />
      <button type="submit" class="govuk-button govuk-button--secondary">
        {t('trend', 'Compare')}
      </button>
    </form>
  );
}

function Comparison({
  framework,
  current,
  earlier,
  completeOnly,
}: {
  framework: Framework;
  current: Inspection;
  earlier: AuditToCompare;
  completeOnly: boolean;
}) {
  const state = useAuditComparison(framework, earlier.id, current.id, completeOnly);
  if (state.status === 'computing') {
    return <Loading what={t('trend', 'Working out the figures')} />;
  }
  if (state.status === 'failed') {
    return (
      <p class="govuk-body">
        {t(
          'trend',
          'The figures could not be worked out: this device’s storage did not answer, or the cases could not be read. Reload the page to try again.',
        )}
      </p>
    );
  }
  if (state.comparison.status === 'refused') {
    return (
      <div class="govuk-inset-text" role="status">
        {state.comparison.problem}
      </div>
    );
  }
  return (
    <ComparisonFigures
      framework={framework}
      current={current}
      earlier={earlier}
      comparison={state.comparison}
    />
  );
}

type Compared = Extract<AuditComparison, { status: 'compared' }>;

/** "Placed away 2025 (…): 18 complete cases counted". */
function countedLine(comparison: Compared, audit: 'earlier' | 'current', label: string): string {
  const counted = comparison.cases[audit];
  return comparison.basis === 'complete-cases'
    ? t(
        'trend',
        '{audit}: {count, plural, one {# complete case} other {# complete cases}} counted',
        { audit: label, count: counted },
      )
    : t('trend', '{audit}: {count, plural, one {# case} other {# cases}} counted', {
        audit: label,
        count: counted,
      });
}

function ComparisonFigures({
  framework,
  current,
  earlier,
  comparison,
}: {
  framework: Framework;
  current: Inspection;
  earlier: AuditToCompare;
  comparison: Compared;
}) {
  const index = useMemo(() => indexFramework(framework), [framework]);
  const small = comparison.questions.some((q) => q.status === 'compared' && q.smallBase);
  return (
    <div class="ca-findings">
      <h2 class="govuk-heading-m">{t('trend', 'The two audits')}</h2>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t('trend', 'Then')}</dt>
          <dd class="govuk-summary-list__value">
            {countedLine(comparison, 'earlier', auditLabel(earlier))}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t('trend', 'Now')}</dt>
          <dd class="govuk-summary-list__value">
            {countedLine(comparison, 'current', auditLabel(current))}
          </dd>
        </div>
      </dl>
      <h2 class="govuk-heading-m">{t('trend', 'How to read this')}</h2>
      <p class="govuk-body">{trendMethodSentence(currentTranslator())}</p>
      {small && <p class="govuk-body-s">{smallBaseKey()}</p>}
      {framework.sections.map((section) => (
        <section class="ca-findings__section" key={section.id}>
          <h2 class="govuk-heading-l">{section.title}</h2>
          {section.standards.map((standard) => (
            <StandardChange
              key={standard.id}
              title={standard.title}
              trends={comparison.questions.filter((q) => q.standardId === standard.id)}
              index={index}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

function StandardChange({
  title,
  trends,
  index,
}: {
  title: string;
  trends: Compared['questions'];
  index: FrameworkIndex;
}) {
  const labelOf = (itemId: string) => index.itemById.get(itemId)?.item.text ?? itemId;
  const changes = trends.filter((trend): trend is QuestionChange => trend.status === 'compared');
  return (
    <section class="ca-findings__standard">
      <h3 class="govuk-heading-m">{title}</h3>
      {trends.length === 0 ? (
        <p class="govuk-body">{t('trend', 'This standard has no questions.')}</p>
      ) : (
        <>
          {changes.length > 0 && (
            <ChangeChart
              caption={t(
                'trend',
                '{title}: the share of cases with the answers counted, then (open circle) and now (filled circle), and the change in points',
                { title },
              )}
              rows={changes.map((change) => ({ label: labelOf(change.itemId), change }))}
            />
          )}
          <ChangeTable
            caption={t('trend', '{title}: then and now', { title })}
            rows={trends.map((trend) => ({ label: labelOf(trend.itemId), trend }))}
          />
        </>
      )}
    </section>
  );
}
