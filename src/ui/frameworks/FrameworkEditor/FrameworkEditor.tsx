/**
 * A framework draft's top page: what it holds, what the checks say, a link to each part of the
 * editor, the preview, and Publish (its own screen checks the draft once more).
 */
import { type Framework, summariseFramework } from '../../../core';
import { t } from '../../i18n/translate';
import { EditorFrame } from './EditorFrame';
import { draftPath, PARTS, partLabel } from './editorLinks';
import type { DraftEditor } from './useDraftEditor';

export default function FrameworkEditor({ draftId }: { draftId: string }) {
  return (
    <EditorFrame
      draftId={draftId}
      title={t('frameworkEditor', 'Edit a framework')}
      current="overview"
    >
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
      return t('frameworkEditor', '{count, plural, one {# scale} other {# scales}}', {
        count: framework.scales.length,
      });
    case 'profile':
      return t(
        'frameworkEditor',
        '{count, plural, one {# profile field} other {# profile fields}}',
        {
          count: counts.profileFields,
        },
      );
    case 'sections':
      return t(
        'frameworkEditor',
        '{sections, plural, one {# section} other {# sections}}, {standards, plural, one {# standard} other {# standards}}, {questions, plural, one {# question} other {# questions}}',
        { sections: counts.sections, standards: counts.standards, questions: counts.questions },
      );
    case 'ratings':
      return framework.rating
        ? t('frameworkEditor', '{count, plural, one {# band} other {# bands}}', {
            count: framework.rating.bands.length,
          })
        : t('frameworkEditor', 'Not rated');
    case 'lists':
      return t(
        'frameworkEditor',
        '{areas, plural, one {# area} other {# areas}}, {strata, plural, one {# stratum} other {# strata}}, {terms, plural, one {# glossary term} other {# glossary terms}}',
        {
          areas: framework.areas?.length ?? 0,
          strata: framework.strata?.length ?? 0,
          terms: framework.glossary?.length ?? 0,
        },
      );
  }
}

function Overview({ editor }: { editor: DraftEditor }) {
  const { draftId, framework, problems } = editor;
  return (
    <>
      <h2 class="govuk-heading-m">{t('frameworkEditor', 'Checks')}</h2>
      <p class="govuk-body" role="status" data-testid="draft-check-summary">
        {problems === null
          ? t('frameworkEditor', 'Checking the draft…')
          : problems.length === 0
            ? t('frameworkEditor', 'The draft passes every check: it can be published.')
            : t(
                'frameworkEditor',
                '{count, plural, one {# problem} other {# problems}} to fix before it can be published. Each is listed above, with a link to its field.',
                { count: problems.length },
              )}
      </p>
      <h2 class="govuk-heading-m">{t('frameworkEditor', 'Parts of the framework')}</h2>
      <ul class="govuk-task-list">
        {PARTS.map((p) => (
          <li class="govuk-task-list__item govuk-task-list__item--with-link" key={p.part}>
            <div class="govuk-task-list__name-and-hint">
              <a
                class="govuk-link govuk-task-list__link"
                href={draftPath(draftId, `/${p.part}`)}
                aria-describedby={`part-${p.part}-hint`}
              >
                {partLabel(p.part)}
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
          {t('frameworkEditor', 'Preview')}
        </a>
        <a class="govuk-button" href={draftPath(draftId, '/publish')} data-testid="publish-link">
          {t('frameworkEditor', 'Publish')}
        </a>
      </div>
    </>
  );
}
