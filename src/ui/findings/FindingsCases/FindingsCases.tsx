/**
 * "Which cases?": the cases behind one figure, so a lead can check any percentage down to the
 * answers and evidence notes it rests on. Lists the cases in the base (positive, negative,
 * neutral, or answered) and each kind left out of it (N/A, not known, not answered, not asked),
 * for all cases or one group of a breakdown, on the same basis as the findings screen.
 */
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type CasesBehindFinding,
  type CaseWithAnswers,
  casesBehindFinding,
  describeAnswer,
  type FindingsResult,
  type Framework,
  type FrameworkIndex,
  findingsCasesOf,
  findingsOptionsFor,
  type Inspection,
  type ItemFinding,
  indexFramework,
  parseBreakdownSpec,
} from '../../../core';
import { loadFindingsCasesWithNotes } from '../../../db/cases/findingsSource';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { currentTranslator, t } from '../../i18n/translate';
import { CaseCells, CaseHeaders, caseNames } from '../Findings/CaseCells';
import { FindingsPageFrame } from '../Findings/FindingsPageFrame';
import { findingsHref } from '../Findings/findingsLinks';
import {
  type CasesQuery,
  casesQueryFromUrl,
  DEFAULT_VIEW,
  queryOfView,
} from '../Findings/findingsQuery';
import { ItemResult } from '../Findings/ItemResult';
import { useFindings } from '../Findings/useFindings';
import '../Findings/Findings.css';
import './FindingsCases.css';

export default function FindingsCases({
  inspectionId,
  itemId,
}: {
  inspectionId: string;
  itemId: string;
}) {
  return (
    <FindingsPageFrame
      inspectionId={inspectionId}
      caption={(inspection) =>
        t('findings.cases', 'Which cases? – {inspection}', { inspection: inspection.title })
      }
      heading={({ framework }) => indexFramework(framework).itemById.get(itemId)?.item.text ?? null}
    >
      {({ inspection, framework }) => (
        <CasesBehind inspection={inspection} framework={framework} itemId={itemId} />
      )}
    </FindingsPageFrame>
  );
}

type ListKey = Exclude<keyof CasesBehindFinding, 'itemId' | 'byOption'>;

/** The lists, in the order shown: those in the base first; said when drawn, in the language chosen. */
const lists = (): readonly { key: ListKey; title: string; inBase: boolean | 'notKnown' }[] => [
  { key: 'positive', title: t('findings.cases', 'Positive answers'), inBase: true },
  { key: 'negative', title: t('findings.cases', 'Negative answers'), inBase: true },
  { key: 'neutral', title: t('findings.cases', 'Other answers'), inBase: true },
  { key: 'answered', title: t('findings.cases', 'Answered'), inBase: true },
  {
    key: 'notApplicable',
    title: t('findings.cases', 'N/A: not applicable to the case'),
    inBase: false,
  },
  { key: 'notKnown', title: t('findings.cases', 'Not known'), inBase: 'notKnown' },
  { key: 'unanswered', title: t('findings.cases', 'Not answered'), inBase: false },
  {
    key: 'hidden',
    title: t('findings.cases', 'Not asked: a rule hides the question for the case'),
    inBase: false,
  },
  { key: 'invalid', title: t('findings.cases', 'Answers the question cannot hold'), inBase: false },
];

function findingOf(
  result: FindingsResult,
  itemId: string,
  group: CasesQuery['group'],
): { finding: ItemFinding | undefined; label: string | null; cases: number } {
  if (!group) {
    return {
      finding: [...result.questions, ...result.profile].find((f) => f.itemId === itemId),
      label: null,
      cases: result.cases.counted,
    };
  }
  const cell = result.breakdown?.groups.find((g) => g.key === group.key);
  return {
    finding: cell && [...cell.questions, ...cell.profile].find((f) => f.itemId === itemId),
    label: cell?.label ?? null,
    cases: cell?.cases ?? 0,
  };
}

/** Which cases the figure is of: the basis, and the group of a breakdown with its cases. */
function BasisLine({
  completeOnly,
  group,
}: {
  completeOnly: boolean;
  group: { readonly label: string; readonly cases: number } | null;
}) {
  return (
    <p class="govuk-body">
      {group
        ? completeOnly
          ? t(
              'findings.cases',
              'Complete cases only; {group} ({count, plural, one {# case} other {# cases}}). Each case below links to its answers.',
              { group: group.label, count: group.cases },
            )
          : t(
              'findings.cases',
              'All cases; {group} ({count, plural, one {# case} other {# cases}}). Each case below links to its answers.',
              { group: group.label, count: group.cases },
            )
        : completeOnly
          ? t('findings.cases', 'Complete cases only. Each case below links to its answers.')
          : t('findings.cases', 'All cases. Each case below links to its answers.')}
    </p>
  );
}

/** Links to each list below, with its count and whether it is in the base. */
function JumpList({
  lists,
  count,
  inBase,
}: {
  lists: readonly { key: ListKey; title: string; inBase: boolean | 'notKnown' }[];
  count: (key: ListKey) => number;
  inBase: (flag: boolean | 'notKnown') => boolean;
}) {
  return (
    <ul class="govuk-list ca-findings-cases__jump">
      {lists.map(({ key, title, inBase: flag }) => {
        const n = count(key);
        const text = inBase(flag)
          ? t('findings.cases', '{title}: {count}', { title, count: n })
          : t('findings.cases', '{title}: {count} (not in the base)', { title, count: n });
        return (
          <li key={key}>
            {n > 0 ? (
              <a class="govuk-link" href={`#${key}`}>
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}

function CasesBehind({
  inspection,
  framework,
  itemId,
}: {
  inspection: Inspection;
  framework: Framework;
  itemId: string;
}) {
  const { url } = useLocation();
  const query = useMemo(() => casesQueryFromUrl(url), [url]);
  const live = useLive(() => loadFindingsCasesWithNotes(inspection.id), [inspection.id]);
  const cases = live.status === 'ready' ? live.value.cases : null;
  const breakdownBy = query.group ? parseBreakdownSpec(query.group.by) : null;
  const chosen = { completeOnly: query.completeOnly, breakdownBy };
  const options = findingsOptionsFor(inspection, chosen, currentTranslator());
  const state = useFindings(framework, cases, options, JSON.stringify(options));
  const behind = useMemo(
    () =>
      cases &&
      casesBehindFinding(framework, findingsCasesOf(cases), itemId, {
        completeOnly: query.completeOnly,
        ...(query.group ? { group: query.group } : {}),
      }),
    [framework, cases, itemId, query],
  );
  const back = findingsHref(
    inspection.id,
    queryOfView({ ...DEFAULT_VIEW, completeOnly: query.completeOnly, by: query.group?.by ?? null }),
  );
  const index = indexFramework(framework);
  const entry = index.itemById.get(itemId);
  const scale = entry?.item.scale ? index.scaleById.get(entry.item.scale) : undefined;
  const kind = entry?.item.kind;
  const proportion = kind === 'judgement' || kind === 'rating' || kind === 'choice';
  const scored = scale?.options.some((o) => o.meaning === 'positive') ?? false;
  const notKnownInBase = scale?.notKnownInBase === true;

  if (live.status === 'loading' || (cases && state.status === 'computing' && !state.previous)) {
    return <Loading what={t('findings.cases', 'Finding the cases')} />;
  }
  if (live.status === 'failed' || state.status === 'failed' || !cases) {
    return (
      <p class="govuk-body">
        {t('findings.cases', 'The cases could not be read. Reload the page to try again.')}
      </p>
    );
  }
  if (!behind) {
    return (
      <>
        <a class="govuk-back-link" href={back}>
          {t('findings.cases', 'Back to the findings')}
        </a>
        <p class="govuk-body">
          {t(
            'findings.cases',
            'This figure cannot be split by “{by}”. Go back to the findings and choose a breakdown there.',
            { by: query.group?.by ?? '' },
          )}
        </p>
      </>
    );
  }
  const result =
    state.status === 'ready' ? state.result : state.status === 'computing' ? state.previous : null;
  const figure = result ? findingOf(result, itemId, query.group) : null;
  const byId = new Map(cases.map((c) => [c.id, c]));
  const shown = lists()
    .filter(({ key }) => {
      if (key === 'positive' || key === 'negative') return proportion && scored;
      if (key === 'neutral') return proportion && (!scored || behind.neutral.length > 0);
      if (key === 'answered') return !proportion;
      if (key === 'invalid') return behind.invalid.length > 0;
      return true;
    })
    .map((list) =>
      // A choice with no positive answer (a profile field): its answers are simply answers.
      list.key === 'neutral' && !scored
        ? { ...list, title: t('findings.cases', 'Answered') }
        : list,
    );
  const inBase = (flag: boolean | 'notKnown') => (flag === 'notKnown' ? notKnownInBase : flag);
  return (
    <>
      <a class="govuk-back-link" href={back}>
        {t('findings.cases', 'Back to the findings')}
      </a>
      {figure?.finding && (
        <div class="ca-findings-cases__figure govuk-body-l">
          <ItemResult f={figure.finding} />
        </div>
      )}
      <BasisLine
        completeOnly={query.completeOnly}
        group={figure?.label ? { label: figure.label, cases: figure.cases } : null}
      />
      <JumpList lists={shown} count={(key) => behind[key].length} inBase={inBase} />
      {shown
        .filter(({ key }) => behind[key].length > 0)
        .map(({ key, title, inBase: flag }) => (
          <CaseList
            key={key}
            id={key}
            title={title}
            inBase={inBase(flag)}
            caseIds={behind[key]}
            byId={byId}
            index={index}
            itemId={itemId}
            inspection={inspection}
          />
        ))}
    </>
  );
}

function CaseList({
  id,
  title,
  inBase,
  caseIds,
  byId,
  index,
  itemId,
  inspection,
}: {
  id: string;
  title: string;
  inBase: boolean;
  caseIds: readonly string[];
  byId: ReadonlyMap<string, CaseWithAnswers>;
  index: FrameworkIndex;
  itemId: string;
  inspection: Inspection;
}) {
  const names = caseNames(inspection);
  return (
    <section class="ca-findings-cases__list" id={id} aria-labelledby={`${id}-heading`}>
      <h2 class="govuk-heading-m" id={`${id}-heading`}>
        {t('findings.cases', '{title} ({count})', { title, count: caseIds.length })}
      </h2>
      <p class="govuk-body-s">
        {inBase
          ? t('findings.cases', 'In the base of the figure.')
          : t('findings.cases', 'Not in the base of the figure.')}
      </p>
      <table class="govuk-table ca-findings-cases__table">
        <caption class="govuk-table__caption govuk-visually-hidden">{title}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <CaseHeaders />
            <th scope="col" class="govuk-table__header">
              {t('findings.cases', 'Answer')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('findings.cases', 'Evidence note')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {caseIds.map((caseId) => {
            const kase = byId.get(caseId);
            if (!kase) return null;
            const answer = kase.answers[itemId];
            return (
              <tr class="govuk-table__row" key={caseId}>
                <CaseCells inspectionId={inspection.id} names={names} caseId={caseId} kase={kase} />
                <td class="govuk-table__cell">
                  {id === 'hidden'
                    ? t('findings.cases', 'Not asked')
                    : describeAnswer(index, itemId, answer?.value)}
                </td>
                <td class="govuk-table__cell ca-findings-cases__note">
                  {answer?.note ? (
                    answer.note
                  ) : (
                    <span class="ca-findings-cases__none">{t('findings.cases', 'No note')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
