/** The fields a section and a standard both have: title, identifier, description, when shown. */
import type { Condition, RuleHolder } from '../../../core';
import { t } from '../../i18n/translate';
import { TextInput } from './fields';
import { withKey } from './optionalKey';
import { RuleBuilder } from './RuleBuilder';

type Titled = { title: string; id: string; description?: string | undefined };

type Change<T> = (update: (x: T) => T, immediate?: boolean) => void;

export function TitleFields<T extends Titled>({
  path,
  value,
  change,
}: {
  path: string;
  value: T;
  change: Change<T>;
}) {
  return (
    <>
      <TextInput
        path={`${path}.title`}
        label={t('frameworkEditor', 'Title')}
        value={value.title}
        onChange={(v) => change((x) => ({ ...x, title: v ?? '' }))}
      />
      <TextInput
        path={`${path}.id`}
        label={t('frameworkEditor', 'Identifier')}
        width="govuk-input--width-20"
        value={value.id}
        onChange={(v) => change((x) => ({ ...x, id: v ?? '' }))}
      />
      <TextInput
        path={`${path}.description`}
        label={t('frameworkEditor', 'Description')}
        optional
        multiline
        value={value.description}
        onChange={(v) => change((x) => withKey(x, 'description', v))}
      />
    </>
  );
}

/** When the section or standard is shown: a rule, or always. */
export function ShownWhen<T extends { showWhen?: Condition | undefined }>({
  path,
  holder,
  value,
  change,
}: {
  path: string;
  holder: RuleHolder;
  value: T;
  change: Change<T>;
}) {
  return (
    <RuleBuilder
      path={`${path}.showWhen`}
      holder={holder}
      rule={value.showWhen}
      verb="shown"
      onChange={(rule) => change((x) => withKey(x, 'showWhen', rule), true)}
    />
  );
}
