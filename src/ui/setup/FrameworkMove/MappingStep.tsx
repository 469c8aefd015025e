import type { Framework, FrameworkMapping } from '../../../core';
import { SelectField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { renamedCodeChoices, renamedItemChoices } from './moveChoices';

/** The field id of an item's mapping, and of one of its codes: the error summary links to them. */
export const itemFieldId = (itemId: string) => `map-item-${itemId}`;
export const codeFieldId = (itemId: string, code: string) => `map-code-${itemId}-${code}`;

/** The mapping with one item's new id set ('' = no longer asked). */
export function withItem(mapping: FrameworkMapping, old: string, to: string): FrameworkMapping {
  const items = { ...mapping.items };
  if (to === '') delete items[old];
  else items[old] = to;
  return { ...mapping, items };
}

/** The mapping with one answer code of one item set ('' = no longer an answer). */
export function withCode(
  mapping: FrameworkMapping,
  itemId: string,
  old: string,
  to: string,
): FrameworkMapping {
  const codes = { ...(mapping.codes[itemId] ?? {}) };
  if (to === '') delete codes[old];
  else codes[old] = to;
  const all = { ...mapping.codes, [itemId]: codes };
  if (Object.keys(codes).length === 0) delete all[itemId];
  return { ...mapping, codes: all };
}

/**
 * The lead's mapping: for each question or profile field the new version no longer has, the new
 * one it became (or none), and for each answer code the new scale lacks, the code it became.
 * Pre-filled with the suggested mapping; answers not mapped are no longer asked.
 */
export function MappingStep({
  from,
  to,
  mapping,
  onChange,
}: {
  from: Framework;
  to: Framework;
  mapping: FrameworkMapping;
  onChange: (mapping: FrameworkMapping) => void;
}) {
  const { missing, added } = renamedItemChoices(from, to);
  const codes = renamedCodeChoices(from, to, mapping.items);
  return (
    <>
      <h2 class="govuk-heading-m">{t('setup', 'Renamed questions')}</h2>
      {missing.length === 0 ? (
        <p class="govuk-body">
          {t('setup', 'Every question and profile field keeps its identifier.')}
        </p>
      ) : (
        <>
          <p class="govuk-body">
            {t(
              'setup',
              'These are not in version {version} under the same identifier. If one was renamed, choose what it is now, and its answers move with it; otherwise its answers are no longer asked (they stay in each case’s history).',
              { version: to.version },
            )}
          </p>
          {missing.map((item) => (
            <SelectField
              key={item.id}
              id={itemFieldId(item.id)}
              label={item.label}
              labelClass="govuk-label--s"
              value={mapping.items[item.id] ?? ''}
              options={[
                { value: '', label: t('setup', 'No longer asked') },
                ...added.map((a) => ({
                  value: a.id,
                  label: t('setup', 'Now {label}', { label: a.label }),
                })),
              ]}
              onChange={(value) => onChange(withItem(mapping, item.id, value))}
            />
          ))}
        </>
      )}
      <h2 class="govuk-heading-m">{t('setup', 'Renamed answers')}</h2>
      {codes.length === 0 ? (
        <p class="govuk-body">{t('setup', 'Every answer already given keeps its code.')}</p>
      ) : (
        codes.map((choice) => (
          <fieldset class="govuk-fieldset" key={choice.itemId}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
              {choice.itemLabel}
            </legend>
            {choice.missing.map((code) => (
              <SelectField
                key={code.code}
                id={codeFieldId(choice.itemId, code.code)}
                label={t('setup', 'Answer “{label}” ({code})', {
                  label: code.label,
                  code: code.code,
                })}
                value={mapping.codes[choice.itemId]?.[code.code] ?? ''}
                options={[
                  { value: '', label: t('setup', 'No longer an answer') },
                  ...choice.options.map((o) => ({
                    value: o.code,
                    label: t('setup', 'Now “{label}” ({code})', { label: o.label, code: o.code }),
                  })),
                ]}
                onChange={(value) => onChange(withCode(mapping, choice.itemId, code.code, value))}
              />
            ))}
          </fieldset>
        ))
      )}
    </>
  );
}
