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
  plural,
  SMALL_BASE,
  SMALL_BASE_MARK,
} from '../../../core';
import { loadModerationReadings } from '../../../db/moderation/moderationStore';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { SummaryRow } from '../../components/SummaryRow';
import { useLive } from '../../hooks/useLive';
import { agreementText, kappaText } from '../ModerationCommon/figures';
import { moderationPath } from '../ModerationCommon/moderationLinks';
import '../ModerationCommon/moderation.css';

export default function ModerationAgreement({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Agreement between readings">
      {({ inspection }) => <AgreementBody inspection={inspection} />}
    </InspectionFrame>
  );
}

/** The small-base mark every figure carries on a base under 10 (here, paired answers). */
function SmallBase({ agreement }: { agreement: Agreement }) {
  return agreement.pairs > 0 && agreement.pairs < SMALL_BASE ? (
    <span class="ca-moderation__small">
      <span aria-hidden="true">{SMALL_BASE_MARK}</span>
      <span class="govuk-visually-hidden"> small base</span>
    </span>
  ) : null;
}

function AgreementBody({ inspection }: { inspection: Inspection }) {
  const loaded = useLive(() => loadModerationReadings(inspection.id), [inspection.id]);
  if (loaded.status === 'loading') return <Loading what="Working out the agreement" />;
  if (loaded.status === 'failed' || !loaded.value) {
    return <p class="govuk-body">The second readings could not be read. Reload the page.</p>;
  }
  const { framework, readings } = loaded.value;
  const finished = readings.filter((r) => r.status !== 'assigned');
  if (finished.length === 0) {
    return (
      <>
        <p class="govuk-body">
          No second reading is finished yet, so there is no agreement to show.
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={moderationPath(inspection.id)}>
            Back to moderation
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
        <SummaryRow label="Cases read twice">{plural(result.cases, 'case', 'cases')}</SummaryRow>
        <SummaryRow label="Paired answers (the base)">{result.overall.pairs}</SummaryRow>
        <SummaryRow label="Agreement">
          {agreementText(result.overall)} <SmallBase agreement={result.overall} />
        </SummaryRow>
        <SummaryRow label="Cohen’s kappa">{kappaText(result.overall)}</SummaryRow>
      </dl>
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">How agreement is worked out</span>
        </summary>
        <div class="govuk-details__text">
          <p class="govuk-body">
            A paired answer is one case where a question applied in both readings and both readers
            answered it. Agreement is the paired answers that are the same, out of all paired
            answers: 91% (49/54) is 49 of 54.
          </p>
          <p class="govuk-body">
            N/A and “not known” are answers like any other: N/A against Yes is a disagreement,
            because it decides whether the case counts in the finding at all. A question not asked
            in either reading (because of an earlier answer) and a question answered in one reading
            only are left out of the base and counted apart. Numbers, dates and text are not
            compared.
          </p>
          <p class="govuk-body">
            Cohen’s kappa discounts the agreement two readers would reach by chance, given how often
            each gives each answer: 1 is perfect agreement, 0 no better than chance, below 0 worse
            than chance. It is not defined when both readers gave one and the same answer every
            time. A standard’s and the overall figures pool their questions’ paired answers. A base
            under {SMALL_BASE} paired answers is a small base, marked {SMALL_BASE_MARK}: read it
            with care.
          </p>
        </div>
      </details>
      {result.standards.map((standard) => (
        <section key={standard.standardId} class="govuk-!-margin-bottom-8">
          <span class="govuk-caption-m">{standard.sectionTitle}</span>
          <h2 class="govuk-heading-m">{standard.title}</h2>
          <table class="govuk-table" data-standard={standard.standardId}>
            <caption class="govuk-table__caption govuk-visually-hidden">
              Agreement on the questions of {standard.title}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Question
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  Paired answers
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  Agreement
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  Kappa
                </th>
                <th scope="col" class="govuk-table__header">
                  Left out
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
                        <strong class="govuk-tag govuk-tag--grey">Key</strong>
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
                  All questions of this standard
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
    hidden > 0 ? `${hidden} not asked` : null,
    answeredOnce > 0 ? `${answeredOnce} answered in one reading only` : null,
  ].filter(Boolean);
  return parts.length === 0 ? 'None' : parts.join('; ');
}
