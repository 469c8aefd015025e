/**
 * What every part of the framework editor shares: the draft loaded and provided to its fields,
 * the way back, the parts' navigation, the save status, the notice when another tab saved the
 * draft too, and the problems the checks found, each a link to its field.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../hooks/usePageTitle';
import { DraftProblems } from './DraftProblems';
import { ConflictNotice, SaveState } from './DraftStatus';
import { draftPath, PARTS, partLabel } from './editorLinks';
import { MissingWelsh } from './MissingWelsh';
import { ProblemsContext, ProblemsStore } from './problemsStore';
import { DraftContext, type DraftEditor, useDraftEditor } from './useDraftEditor';
import './FrameworkEditor.css';
import { t, tx } from '../../i18n/translate';

type Props = {
  draftId: string;
  /** The part's heading and page title. */
  title: string;
  /** Which part this is, for the navigation ("overview": the editor's top page). */
  current: string;
  /** Whether to list the problems here (the preview lists its own). */
  showProblems?: boolean;
  children: (editor: DraftEditor) => ComponentChildren;
};

function titleOf(editor: DraftEditor): string {
  return editor.framework.title.trim() || t('frameworkEditor', 'Untitled framework');
}

export function EditorFrame({ draftId, title, current, showProblems = true, children }: Props) {
  const screen = useDraftEditor(draftId);
  const ready = screen.status === 'ready' ? screen.editor : null;
  const [problems] = useState(() => new ProblemsStore());
  const problemAt = ready?.problemAt;
  useEffect(() => {
    if (problemAt) problems.set(problemAt);
  }, [problems, problemAt]);
  usePageTitle(ready ? `${title} – ${titleOf(ready)}` : title);
  if (screen.status === 'loading')
    return <Loading what={t('frameworkEditor', 'Loading the draft')} />;
  if (!ready) {
    return (
      <>
        <a href="/frameworks" class="govuk-back-link">
          {t('frameworkEditor', 'Back to frameworks')}
        </a>
        <h1 class="govuk-heading-l">{t('frameworkEditor', 'This draft is not on this device')}</h1>
        <p class="govuk-body">
          {tx(
            'frameworkEditor',
            'It may have been published or deleted. <link>Go to frameworks</link>.',
            { link: (chunks: ComponentChildren) => <a href="/frameworks">{chunks}</a> },
          )}
        </p>
      </>
    );
  }
  // The overview's way back is the library; a part's is the overview.
  const atOverview = current === 'overview';
  return (
    <DraftContext.Provider value={ready.handle}>
      <ProblemsContext.Provider value={problems}>
        <a href={atOverview ? '/frameworks' : draftPath(draftId)} class="govuk-back-link">
          {atOverview
            ? t('frameworkEditor', 'Back to frameworks')
            : t('frameworkEditor', 'Back to the draft')}
        </a>
        <ConflictNotice editor={ready} />
        {showProblems && <DraftProblems problems={ready.problems} />}
        {showProblems && <MissingWelsh framework={ready.framework} />}
        <span class="govuk-caption-l">
          {t('frameworkEditor', 'Draft: {title}', { title: titleOf(ready) })}
        </span>
        <h1 class="govuk-heading-l">{title}</h1>
        <SaveState editor={ready} />
        <PartsNav draftId={draftId} current={current} />
        {children(ready)}
      </ProblemsContext.Provider>
    </DraftContext.Provider>
  );
}

function PartsNav({ draftId, current }: { draftId: string; current: string }) {
  return (
    <nav class="ca-editor-parts" aria-label={t('frameworkEditor', 'Parts of the framework')}>
      <ul class="govuk-list ca-editor-parts__list">
        <li>
          <a
            class="govuk-link"
            href={draftPath(draftId)}
            aria-current={current === 'overview' ? 'page' : undefined}
          >
            {t('frameworkEditor', 'Overview')}
          </a>
        </li>
        {PARTS.map((p) => (
          <li key={p.part}>
            <a
              class="govuk-link"
              href={draftPath(draftId, `/${p.part}`)}
              aria-current={p.part === current ? 'page' : undefined}
            >
              {partLabel(p.part)}
            </a>
          </li>
        ))}
        <li>
          <a
            class="govuk-link"
            href={draftPath(draftId, '/preview')}
            aria-current={current === 'preview' ? 'page' : undefined}
          >
            {t('frameworkEditor', 'Preview')}
          </a>
        </li>
      </ul>
    </nav>
  );
}

/** A part whose page is one body drawn from the draft, as its route's screen. */
export function editorPart(
  /** The part's title, said when drawn (in the language chosen then). */
  title: () => string,
  current: string,
  Body: (props: { editor: DraftEditor }) => ComponentChildren,
) {
  return function EditorPart({ draftId }: { draftId: string }) {
    return (
      <EditorFrame draftId={draftId} title={title()} current={current}>
        {(editor) => <Body editor={editor} />}
      </EditorFrame>
    );
  };
}
