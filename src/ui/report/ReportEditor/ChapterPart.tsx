/** A chapter of the report: its key findings and its conclusion. */
import {
  type ChapterDraft,
  type CurrentFigures,
  chapterDraftOf,
  type ItemFinding,
  type ReportDraft,
  type Section,
} from '../../../core';
import { t } from '../../i18n/translate';
import { KeyFindingsEditor, type Suggestion } from './KeyFindingsEditor';
import { ReportPart } from './ReportParts';
import { ReportTextArea } from './ReportTextArea';

export function ChapterPart({
  section,
  draft,
  questions,
  figures,
  suggestionsOf,
  update,
  flush,
  newId,
}: {
  section: Section;
  draft: ReportDraft;
  /** Every question's finding, or none while the figures are first worked out. */
  questions: readonly ItemFinding[];
  figures: CurrentFigures | null;
  suggestionsOf: (items: readonly ItemFinding[], scope: 'chapter') => Suggestion[];
  update: (next: ReportDraft, immediate?: boolean) => void;
  flush: () => void;
  newId: () => string;
}) {
  const chapter = chapterDraftOf(draft, section.id);
  const inSection = questions.filter((f) => section.standards.some((s) => s.id === f.standardId));
  const setChapter = (patch: Partial<ChapterDraft>) => ({
    ...draft,
    chapters: {
      ...draft.chapters,
      [section.id]: { ...chapter, ...patch },
    },
  });
  return (
    <ReportPart
      id={`part-${section.id}`}
      title={t('reportScreen', 'Chapter: {title}', { title: section.title })}
    >
      <h3 class="govuk-heading-s">{t('reportScreen', 'Key findings')}</h3>
      <KeyFindingsEditor
        id={`chapter-${section.id}-finding`}
        items={chapter.keyFindings}
        figures={figures}
        suggestions={suggestionsOf(inSection, 'chapter')}
        where="chapter"
        onChange={(keyFindings, immediate) => update(setChapter({ keyFindings }), immediate)}
        onBlur={flush}
        newId={newId}
      />
      <ReportTextArea
        id={`chapter-${section.id}-conclusion`}
        label={t('reportScreen', 'Conclusion')}
        hint={t('reportScreen', 'The chapter’s closing paragraph.')}
        value={chapter.conclusion}
        rows={4}
        figures={figures}
        onInput={(conclusion) => update(setChapter({ conclusion }))}
        onBlur={flush}
      />
    </ReportPart>
  );
}
