import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Framework } from '../../../core';
import { type FrameworkDraftRecord, saveDraft } from '../../../db/frameworks/frameworkDrafts';
import { publishDraft } from '../../../db/frameworks/publishDraft';
import { t } from '../../i18n/translate';
import { frameworkHref } from '../Frameworks/frameworkStatus';

/** What stopped a publish: the checks, the number taken, or another tab's change. */
export type PublishRefusal = { text: string; field?: string };

/**
 * Publishing a draft with the version number chosen on the Publish screen: the number is saved
 * into the draft first (if it changed), then the draft is checked and stored as a version. On
 * success the new version's page opens with a success banner.
 */
export function usePublish(draft: FrameworkDraftRecord) {
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<PublishRefusal | null>(null);
  const publish = async (version: string) => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    try {
      const outcome = await saveVersionThenPublish(draft, version);
      if (outcome.status === 'published') {
        route(`${frameworkHref(outcome.key)}?published=1`);
        return;
      }
      setRefusal(outcome.refusal);
    } catch (error) {
      setRefusal({
        text: t(
          'frameworks',
          'Nothing was published: the browser’s storage refused ({reason}). Try again.',
          { reason: String(error) },
        ),
      });
    }
    setBusy(false);
  };
  return { busy, refusal, publish };
}

async function saveVersionThenPublish(
  draft: FrameworkDraftRecord,
  version: string,
): Promise<{ status: 'published'; key: string } | { status: 'refused'; refusal: PublishRefusal }> {
  if (version !== draft.framework.version) {
    const framework: Framework = { ...draft.framework, version };
    const saved = await saveDraft(draft.draftId, framework, draft.revision);
    if (saved.status === 'changed-elsewhere') {
      return {
        status: 'refused',
        refusal: {
          text: t(
            'frameworks',
            'The draft was changed in another tab or window meanwhile: this page now shows its latest state. Check it, then publish again.',
          ),
        },
      };
    }
  }
  const outcome = await publishDraft(draft.draftId);
  if (outcome.status === 'published') return { status: 'published', key: outcome.record.key };
  if (outcome.status === 'invalid') {
    // The same checks this screen lists: the draft changed since they were shown.
    return {
      status: 'refused',
      refusal: {
        text: t('frameworks', 'The draft has problems to fix first: they are listed below.'),
      },
    };
  }
  return {
    status: 'refused',
    refusal: {
      field: 'publish-version',
      text: t(
        'frameworks',
        'Version {version} of {id} is already on this device, and a published version never changes: choose another version number',
        { version: outcome.record.version, id: outcome.record.id },
      ),
    },
  };
}
