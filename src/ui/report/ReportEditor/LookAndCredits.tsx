/**
 * How the report looks and whom it thanks: the template (house style), numbered paragraphs,
 * the chapter of published figures (where the framework has them), the cover's logo, the
 * acknowledgements and the inspection team's credits. Choices are saved at
 * once; typing as the rest of the editor's text is.
 */
import {
  type CurrentFigures,
  type Inspection,
  publishedFiguresShown,
  REPORT_TEMPLATES,
  type ReportDraft,
  type ReportStyle,
  type ReportTemplate,
  reportTemplateOf,
} from '../../../core';
import { DocumentLanguageChoice } from '../../components/DocumentLanguageChoice';
import { CheckboxField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { LogoField } from './LogoField';
import { ReportPart } from './ReportParts';
import { ReportTextArea } from './ReportTextArea';
import { TeamCreditsEditor } from './TeamCreditsEditor';

export function LookAndCredits({
  inspection,
  publishedFiguresAvailable,
  draft,
  figures,
  update,
  flush,
  newId,
}: {
  inspection: Inspection;
  /** The framework has published figures, so the report can carry them beside this audit's. */
  publishedFiguresAvailable: boolean;
  draft: ReportDraft;
  figures: CurrentFigures | null;
  update: (next: ReportDraft, immediate?: boolean) => void;
  flush: () => void;
  newId: () => string;
}) {
  const template = reportTemplateOf(draft.style?.template, inspection.kind);
  const style: ReportStyle = {
    template: template.id,
    numberedParagraphs: draft.style?.numberedParagraphs ?? template.numberedParagraphs,
    logo: draft.style?.logo ?? null,
    // Absent until chosen: the inspection's kind decides, as it does for a new report.
    ...(draft.style?.publishedFigures === undefined
      ? {}
      : { publishedFigures: draft.style.publishedFigures }),
    ...(draft.style?.language === undefined ? {} : { language: draft.style.language }),
  };
  const setStyle = (patch: Partial<ReportStyle>) =>
    update({ ...draft, style: { ...style, ...patch } }, true);

  return (
    <ReportPart id="part-look" title={t('reportScreen', 'Look and credits')}>
      <TemplateChoice
        chosen={template}
        onChoose={(next) =>
          setStyle({ template: next.id, numberedParagraphs: next.numberedParagraphs })
        }
      />
      <CheckboxField
        id="report-numbered-paragraphs"
        small
        label={t('reportScreen', 'Number paragraphs (1.1, 1.2 …)')}
        hint={t(
          'reportScreen',
          'Each paragraph of a numbered chapter is numbered by its chapter. The template sets the first choice.',
        )}
        checked={style.numberedParagraphs}
        onChange={(checked) => setStyle({ numberedParagraphs: checked })}
      />
      {publishedFiguresAvailable && (
        <CheckboxField
          id="report-published-figures"
          small
          label={t('reportScreen', 'Include our figures beside the published ones')}
          hint={t(
            'reportScreen',
            'A chapter setting each of this audit’s figures beside the figure the inspection report published for the same question, with the difference and whether it is more than chance would explain. A self-audit’s report includes it unless you untick it.',
          )}
          checked={publishedFiguresShown(draft, inspection.kind)}
          onChange={(checked) => setStyle({ publishedFigures: checked })}
        />
      )}
      <DocumentLanguageChoice
        id="report-language"
        legend={t('reportScreen.language', 'Language of the report')}
        hint={t(
          'reportScreen.language',
          'The fixed words of the report (headings, tables, notes) are printed in this language. A report in both puts the Welsh first, then the English, in one file.',
        )}
        language={style.language ?? 'en'}
        onChoose={(language) => setStyle({ language })}
      />
      <LogoField logo={style.logo} onChange={(logo) => setStyle({ logo })} />
      <ReportTextArea
        id="report-acknowledgements"
        label={t('reportScreen', 'Acknowledgements (optional)')}
        hint={t(
          'reportScreen',
          'Thanks to the areas and partners who helped. Printed before the foreword.',
        )}
        value={draft.acknowledgements ?? ''}
        rows={4}
        figures={figures}
        onInput={(acknowledgements) => update({ ...draft, acknowledgements })}
        onBlur={flush}
      />
      <h3 class="govuk-heading-s">{t('reportScreen', 'The inspection team')}</h3>
      <TeamCreditsEditor
        items={draft.team ?? []}
        team={inspection.team}
        onChange={(team, immediate) => update({ ...draft, team }, immediate)}
        onBlur={flush}
        newId={newId}
      />
    </ReportPart>
  );
}

function TemplateChoice({
  chosen,
  onChoose,
}: {
  chosen: ReportTemplate;
  onChoose: (template: ReportTemplate) => void;
}) {
  return (
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset" aria-describedby="report-template-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {t('reportScreen', 'Report template')}
        </legend>
        <div class="govuk-hint" id="report-template-hint">
          {t(
            'reportScreen',
            'The house style the report follows: how it numbers, labels and closes. Choosing one sets whether paragraphs are numbered, which you can then change.',
          )}
        </div>
        <div class="govuk-radios" data-module="govuk-radios">
          {REPORT_TEMPLATES.map((template) => (
            <div class="govuk-radios__item" key={template.id}>
              <input
                class="govuk-radios__input"
                id={`report-template-${template.id}`}
                name="report-template"
                type="radio"
                value={template.id}
                checked={template.id === chosen.id}
                aria-describedby={`report-template-${template.id}-hint`}
                onChange={() => onChoose(template)}
              />
              <label class="govuk-label govuk-radios__label" for={`report-template-${template.id}`}>
                {templateName(template.id)}
              </label>
              <div class="govuk-hint govuk-radios__hint" id={`report-template-${template.id}-hint`}>
                {templateDescription(template.id)}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** The templates' names where the lead chooses, in the language of the screen. */
function templateName(id: ReportTemplate['id']): string {
  switch (id) {
    case 'hmip-thematic':
      return t('reportScreen', 'HMIP thematic inspection');
    case 'cssiw-national':
      return t('reportScreen', 'CSSIW national inspection');
    case 'council-self-audit':
      return t('reportScreen', 'Council self-audit');
  }
}

function templateDescription(id: ReportTemplate['id']): string {
  switch (id) {
    case 'hmip-thematic':
      return t(
        'reportScreen',
        'As HM Inspectorate of Probation’s joint thematic reports: numbered paragraphs, case and good-practice examples credited to their area, tables and figures numbered and listed, the questions and a glossary as appendices.',
      );
    case 'cssiw-national':
      return t(
        'reportScreen',
        'As the Care and Social Services Inspectorate Wales national reports: unnumbered paragraphs, practice examples credited to their council, tables and figures numbered and listed, a glossary.',
      );
    case 'council-self-audit':
      return t(
        'reportScreen',
        'For a council’s or service’s own audit, read by its managers and committee: unnumbered paragraphs, tables and figures numbered but not listed, the questions as an appendix and no glossary.',
      );
  }
}
