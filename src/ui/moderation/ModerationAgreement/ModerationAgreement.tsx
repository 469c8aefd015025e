/**
 * Agreement between first and second readings (SPEC §4.7): per question, per standard and
 * overall, each figure with its base — the paired answers — and Cohen's kappa; small bases
 * flagged; how N/A, "not known", questions not asked and one-sided answers count, in words.
 */
import {
  type Agreement,
  type Framework,
  type Inspection,
  moderationAgreement,
  SMALL_BASE,
  SMALL_BASE_MARK,
} from '../../../core';
import { loadModerationReadings } from '../../../db/moderation/moderationStore';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { SummaryRow } from '../../components/SummaryRow';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { agreementText, kappaText } from '../ModerationCommon/figures';
import { moderationPath } from '../ModerationCommon/moderationLinks';
import '../ModerationCommon/moderation.css';

export default function ModerationAgreement({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('moderation.agreement', 'Agreement between readings')}
    >
      {({ inspection }) => <AgreementBody inspection={inspection} />}
    </InspectionFrame>
  );
}

/** The small-base mark every figure carries on a base under 10 (here, paired answers). */
function SmallBase({ agreement }: { agreement: Agreement }) {
  return agreement.pairs > 0 && agreement.pairs < SMALL_BASE ? (
    <span class="ca-moderation__small">
      <span aria-hidden="true">{SMALL_BASE_MARK}</span>
      <span class="govuk-visually-hidden"> {t('moderation.agreement', 'small base')}</span>
    </span>
  ) : null;
}

function AgreementBody({ inspection }: { inspection: Inspection }) {
  const loaded = useLive(() => loadModerationReadings(inspection.id), [inspection.id]);
  if (loaded.status === 'loading')
    return <Loading what={t('moderation.agreement', 'Working out the agreement')} />;
  if (loaded.status === 'failed' || !loaded.value) {
    return (
      <p class="govuk-body">
        {t('moderation.agreement', 'The second readings could not be read. Reload the page.')}
      </p>
    );
  }
  const { framework, readings } = loaded.value;
  const finished = readings.filter((r) => r.status !== 'assigned');
  if (finished.length === 0) {
    return (
      <>
        <p class="govuk-body">
          {t(
            'moderation.agreement',
            'No second reading is finished yet, so there is no agreement to show.',
          )}
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={moderationPath(inspection.id)}>
            {t('moderation.agreement', 'Back to moderation')}
          </a>
        </p>
      </>
    );
  }
  return <Tables framework={framework} readings={finished} />;
}

function Tables({
  framework,
  readings,
}: {
  framework: Framework;
  readings: Parameters<typeof moderationAgreement>[1];
}) {
  const result = moderationAgreement(framework, readings);
  return (
    <>
      <dl class="govuk-summary-list" data-testid="agreement-overall">
        <SummaryRow label={t('moderation.agreement', 'Cases read twice')}>
          {t('moderation.agreement', '{count, plural, one {# case} other {# cases}}', {
            count: result.cases,
          })}
        </SummaryRow>
        <SummaryRow label={t('moderation.agreement', 'Paired answers (the base)')}>
          {result.overall.pairs}
        </SummaryRow>
        <SummaryRow label={t('moderation.agreement', 'Agreement')}>
          {agreementText(result.overall)} <SmallBase agreement={result.overall} />
        </SummaryRow>
        <SummaryRow label={t('moderation.agreement', 'Cohen’s kappa')}>
          {kappaText(result.overall)}
        </SummaryRow>
      </dl>
      <HowWorkedOut />
      {result.standards.map((standard) => (
        <section key={standard.standardId} class="govuk-!-margin-bottom-8">
          <span class="govuk-caption-m">{standard.sectionTitle}</span>
          <h2 class="govuk-heading-m">{standard.title}</h2>
          <table class="govuk-table" data-standard={standard.standardId}>
            <caption class="govuk-table__caption govuk-visually-hidden">
              {t('moderation.agreement', 'Agreement on the questions of {standard}', {
                standard: standard.title,
              })}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {t('moderation.agreement', 'Question')}
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {t('moderation.agreement', 'Paired answers')}
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {t('moderation.agreement', 'Agreement')}
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {t('moderation.agreement', 'Kappa')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('moderation.agreement', 'Left out')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {standard.questions.map((q) => (
                <tr class="govuk-table__row" key={q.questionId} data-question={q.questionId}>
                  <th scope="row" class="govuk-table__header">
                    {q.text}
                    {q.key && (
                      <>
                        {' '}
                        <strong class="govuk-tag govuk-tag--grey">
                          {t('moderation.agreement', 'Key')}
                        </strong>
                      </>
                    )}
                  </th>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{q.pairs}</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">
                    {q.pairs === 0 ? '–' : agreementText(q)} <SmallBase agreement={q} />
                  </td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{kappaText(q)}</td>
                  <td class="govuk-table__cell">{leftOut(q.hidden, q.answeredOnce)}</td>
                </tr>
              ))}
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  {t('moderation.agreement', 'All questions of this standard')}
                </th>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {standard.overall.pairs}
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {standard.overall.pairs === 0 ? '–' : agreementText(standard.overall)}{' '}
                  <SmallBase agreement={standard.overall} />
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {kappaText(standard.overall)}
                </td>
                <td class="govuk-table__cell" />
              </tr>
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

function leftOut(hidden: number, answeredOnce: number): string {
  const parts = [
    hidden > 0 ? t('moderation.agreement', '{count} not asked', { count: hidden }) : null,
    answeredOnce > 0
      ? t('moderation.agreement', '{count} answered in one reading only', { count: answeredOnce })
      : null,
  ].filter(Boolean);
  return parts.length === 0 ? t('moderation.agreement', 'None') : parts.join('; ');
}

/** How agreement and kappa are worked out, and what counts, in words. */
function HowWorkedOut() {
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          {t('moderation.agreement', 'How agreement is worked out')}
        </span>
      </summary>
      <div class="govuk-details__text">
        <p class="govuk-body">
          {t(
            'moderation.agreement',
            'A paired answer is one case where a question applied in both readings and both readers answered it. Agreement is the paired answers that are the same, out of all paired answers: 91% (49/54) is 49 of 54.',
          )}
        </p>
        <p class="govuk-body">
          {t(
            'moderation.agreement',
            'N/A and “not known” are answers like any other: N/A against Yes is a disagreement, because it decides whether the case counts in the finding at all. A question not asked in either reading (because of an earlier answer) and a question answered in one reading only are left out of the base and counted apart. Numbers, dates and text are not compared.',
          )}
        </p>
        <p class="govuk-body">
          {t(
            'moderation.agreement',
            'Cohen’s kappa discounts the agreement two readers would reach by chance, given how often each gives each answer: 1 is perfect agreement, 0 no better than chance, below 0 worse than chance. It is not defined when both readers gave one and the same answer every time. A standard’s and the overall figures pool their questions’ paired answers. A base under {smallBase} paired answers is a small base, marked {mark}: read it with care.',
            { smallBase: SMALL_BASE, mark: SMALL_BASE_MARK },
          )}
        </p>
      </div>
    </details>
  );
}
