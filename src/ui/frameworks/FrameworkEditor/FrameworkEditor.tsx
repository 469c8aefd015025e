/**
 * A framework draft's top page: what it holds, what the checks say, a link to each part of the
 * editor, the preview, and Publish (its own screen checks the draft once more).
 */
import { type Framework, plural, summariseFramework } from '../../../core';
import { EditorFrame } from './EditorFrame';
import { draftPath, PARTS } from './editorLinks';
import type { DraftEditor } from './useDraftEditor';

export default function FrameworkEditor({ draftId }: { draftId: string }) {
  return (
    <EditorFrame draftId={draftId} title="Edit a framework" current="overview">
      {(editor) => <Overview editor={editor} />}
    </EditorFrame>
  );
}

function partSummary(framework: Framework, part: (typeof PARTS)[number]['part']): string {
  const counts = summariseFramework(framework);
  switch (part) {
    case 'details':
      return `${framework.id}@${framework.version}`;
    case 'scales':
      return plural(framework.scales.length, 'scale');
    case 'profile':
      return plural(counts.profileFields, 'profile field');
    case 'sections':
      return `${plural(counts.sections, 'section')}, ${plural(counts.standards, 'standard')}, ${plural(counts.questions, 'question')}`;
    case 'ratings':
      return framework.rating ? plural(framework.rating.bands.length, 'band') : 'Not rated';
    case 'lists':
      return `${plural(framework.areas?.length ?? 0, 'area')}, ${plural(framework.strata?.length ?? 0, 'stratum', 'strata')}, ${plural(framework.glossary?.length ?? 0, 'glossary term')}`;
  }
}

function Overview({ editor }: { editor: DraftEditor }) {
  const { draftId, framework, problems } = editor;
  return (
    <>
      <h2 class="govuk-heading-m">Checks</h2>
      <p class="govuk-body" role="status" data-testid="draft-check-summary">
        {problems === null
          ? 'Checking the draft…'
          : problems.length === 0
            ? 'The draft passes every check: it can be published.'
            : `${plural(problems.length, 'problem')} to fix before it can be published. Each is listed above, with a link to its field.`}
      </p>
      <h2 class="govuk-heading-m">Parts of the framework</h2>
      <ul class="govuk-task-list">
        {PARTS.map((p) => (
          <li class="govuk-task-list__item govuk-task-list__item--with-link" key={p.part}>
            <div class="govuk-task-list__name-and-hint">
              <a
                class="govuk-link govuk-task-list__link"
                href={draftPath(draftId, `/${p.part}`)}
                aria-describedby={`part-${p.part}-hint`}
              >
                {p.label}
              </a>
              <div class="govuk-task-list__hint" id={`part-${p.part}-hint`}>
                {partSummary(framework, p.part)}
              </div>
            </div>
          </li>
        ))}
      </ul>
      <div class="govuk-button-group">
        <a class="govuk-button govuk-button--secondary" href={draftPath(draftId, '/preview')}>
          Preview
        </a>
        <a class="govuk-button" href={draftPath(draftId, '/publish')} data-testid="publish-link">
          Publish
        </a>
      </div>
    </>
  );
}
