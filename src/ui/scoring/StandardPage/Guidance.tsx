/** A question's guidance and prompts, open or closed as last left on this device. */
import { useState } from 'preact/hooks';
import type { FrameworkItem } from '../../../core';
import { t } from '../../i18n/translate';
import { guidanceOpen, rememberGuidanceOpen } from './detailsMemory';

function paragraphs(text: string) {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function Guidance({ entry, frameworkKey }: { entry: FrameworkItem; frameworkKey: string }) {
  const { id, guidance, prompts } = entry.item;
  const [open, setOpen] = useState(() => guidanceOpen(frameworkKey, id));
  if (!guidance && !prompts?.length) return null;
  const summary =
    guidance && prompts?.length
      ? t('scoring', 'Guidance and prompts')
      : guidance
        ? t('scoring', 'Guidance')
        : t('scoring', 'Prompts');
  return (
    <details
      class="govuk-details ca-guidance"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        setOpen(now);
        rememberGuidanceOpen(frameworkKey, id, now);
      }}
    >
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{summary}</span>
      </summary>
      <div class="govuk-details__text">
        {guidance &&
          paragraphs(guidance).map((p, i) => (
            <p class="govuk-body" key={i}>
              {p}
            </p>
          ))}
        {prompts && prompts.length > 0 && (
          <>
            <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              {t('scoring', 'Prompts')}
            </p>
            <ul class="govuk-list govuk-list--bullet">
              {prompts.map((prompt, i) => (
                <li key={i}>{prompt}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
