/**
 * A question or profile field in the editor: its text and id, kind and scale, whether it is
 * required (and key, for a question), guidance and prompts, finding wording, a number's unit,
 * limits and thresholds, N/A and "not known" for unscaled kinds, when it is asked, and whether
 * its wording is verified.
 */
import {
  type Framework,
  type ItemKind,
  type ItemPlace,
  type ProfileField,
  type Question,
  type RuleHolder,
  renameItem,
  SCALED_KINDS,
  withKind,
} from '../../../core';
import { t } from '../../i18n/translate';
import { Check, IdInput, Pick, Radios, TextInput } from './fields';
import { NumberFields } from './NumberFields';
import { RuleBuilder } from './RuleBuilder';
import { TextList } from './TextList';
import { useDraft, useDraftValue } from './useDraftEditor';

const kinds = (): readonly { value: ItemKind; label: string }[] => [
  { value: 'judgement', label: t('frameworkEditor', 'Judgement (on a scale, such as yes or no)') },
  { value: 'rating', label: t('frameworkEditor', 'Rating (on an ordered scale)') },
  { value: 'choice', label: t('frameworkEditor', 'Choice (one answer of a list)') },
  { value: 'multichoice', label: t('frameworkEditor', 'Multichoice (several answers of a list)') },
  { value: 'number', label: t('frameworkEditor', 'Number') },
  { value: 'date', label: t('frameworkEditor', 'Date') },
  { value: 'text', label: t('frameworkEditor', 'Text') },
];

type Item = Question | ProfileField;

type Props<T extends Item> = {
  path: string;
  item: T;
  holder: RuleHolder;
  /** Changes this item; `immediate` for choices. */
  change: (update: (item: T) => T, immediate?: boolean) => void;
};

export function ItemEditor<T extends Item>({ path, item, holder, change }: Props<T>) {
  const { edit, session } = useDraft();
  const question = holder.kind === 'question';
  const set = <K extends keyof T>(key: K, value: T[K] | undefined, immediate = false) =>
    change((current) => {
      const next = { ...current };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    }, immediate);
  return (
    <>
      <TextInput
        path={`${path}.text`}
        label={question ? t('frameworkEditor', 'Question') : t('frameworkEditor', 'Field')}
        value={item.text}
        onChange={(v) => set('text', v ?? '')}
        multiline
      />
      <IdInput
        path={`${path}.id`}
        label={t('frameworkEditor', 'Identifier')}
        hint={t(
          'frameworkEditor',
          'Letters, digits, dots, dashes or underscores. Rules that look at it follow a new identifier.',
        )}
        value={item.id}
        others={() => otherItemIds(session.framework, item)}
        onChange={(v) => edit((f) => renameItem(f, placeOf(holder), v))}
      />
      <KindFields path={path} item={item} change={change} set={set} />
      {item.kind === 'number' && <NumberFields path={path} item={item} set={set} />}
      <Check
        path={`${path}.required`}
        label={t('frameworkEditor', 'Optional: it never blocks completing a case')}
        checked={item.required === false}
        onChange={(on) => set('required', on ? false : undefined, true)}
      />
      {question && 'id' in item && (
        <QuestionOnly path={path} item={item as Question} set={set as QuestionSet} />
      )}
      <TextInput
        path={`${path}.guidance`}
        label={t('frameworkEditor', 'Guidance')}
        value={item.guidance}
        optional
        multiline
        onChange={(v) => set('guidance', v)}
      />
      <TextList
        path={`${path}.prompts`}
        legend={t('frameworkEditor', 'Prompts')}
        noun="prompt"
        values={item.prompts ?? []}
        onChange={(list) => set('prompts', list.length > 0 ? list : undefined, true)}
      />
      <RuleBuilder
        path={`${path}.showWhen`}
        holder={holder}
        rule={item.showWhen}
        onChange={(rule) => set('showWhen', rule, true)}
      />
      <Radios
        path={`${path}.wording`}
        legend={t('frameworkEditor', 'Wording')}
        inline
        value={item.wording ?? ''}
        items={[
          { value: '', label: t('frameworkEditor', 'Not said') },
          { value: 'verified', label: t('frameworkEditor', 'The source’s own words') },
          { value: 'reconstructed', label: t('frameworkEditor', 'Reconstructed') },
        ]}
        onChange={(v) =>
          set('wording', v === 'verified' || v === 'reconstructed' ? v : undefined, true)
        }
      />
    </>
  );
}

type QuestionSet = <K extends keyof Question>(
  key: K,
  value: Question[K] | undefined,
  immediate?: boolean,
) => void;

function QuestionOnly({ path, item, set }: { path: string; item: Question; set: QuestionSet }) {
  return (
    <>
      <Check
        path={`${path}.key`}
        label={t('frameworkEditor', 'Key question: it counts towards the standard’s rating')}
        checked={item.key === true}
        onChange={(on) => set('key', on ? true : undefined, true)}
      />
      <Check
        path={`${path}.finding`}
        label={t('frameworkEditor', 'Give the finding’s wording')}
        checked={item.finding !== undefined}
        onChange={(on) => set('finding', on ? { positive: '', negative: '' } : undefined, true)}
      />
      {item.finding && (
        <div class="govuk-inset-text">
          <TextInput
            path={`${path}.finding.positive`}
            label={t('frameworkEditor', 'What a positive answer says')}
            hint={t('frameworkEditor', 'For example: the case was allocated promptly')}
            value={item.finding.positive}
            onChange={(v) => set('finding', { ...item.finding!, positive: v ?? '' })}
          />
          <TextInput
            path={`${path}.finding.negative`}
            label={t('frameworkEditor', 'What a negative answer says')}
            value={item.finding.negative}
            onChange={(v) => set('finding', { ...item.finding!, negative: v ?? '' })}
          />
        </div>
      )}
    </>
  );
}

type ItemSet<T extends Item> = <K extends keyof T>(
  key: K,
  value: T[K] | undefined,
  immediate?: boolean,
) => void;

/** The kind of answer, its scale, and N/A and "not known" for the kinds without a scale. */
function KindFields<T extends Item>({
  path,
  item,
  change,
  set,
}: {
  path: string;
  item: T;
  change: Props<T>['change'];
  set: ItemSet<T>;
}) {
  const scales = useDraftValue((f) => f.scales);
  const scaled = (SCALED_KINDS as readonly string[]).includes(item.kind);
  return (
    <>
      <Pick
        path={`${path}.kind`}
        label={t('frameworkEditor', 'Kind of answer')}
        value={item.kind}
        options={kinds()}
        onChange={(kind) => change((current) => withKind(current, kind as ItemKind, scales), true)}
      />
      {scaled && (
        <Pick
          path={`${path}.scale`}
          label={t('frameworkEditor', 'Answer scale')}
          value={item.scale ?? ''}
          options={[
            ...(scales.some((s) => s.id === item.scale)
              ? []
              : [{ value: item.scale ?? '', label: t('frameworkEditor', 'Choose a scale') }]),
            ...scales.map((s) => ({
              value: s.id,
              label: s.label ? `${s.label} (${s.id})` : s.id,
            })),
          ]}
          onChange={(v) => set('scale', v, true)}
        />
      )}
      {!scaled && (
        <>
          <Check
            path={`${path}.allowNotApplicable`}
            label={t('frameworkEditor', 'Offer N/A')}
            checked={item.allowNotApplicable === true}
            onChange={(on) => set('allowNotApplicable', on ? true : undefined, true)}
          />
          <Check
            path={`${path}.allowNotKnown`}
            label={t('frameworkEditor', 'Offer “Not known”')}
            checked={item.allowNotKnown === true}
            onChange={(on) => set('allowNotKnown', on ? true : undefined, true)}
          />
        </>
      )}
    </>
  );
}

/** Where the item is, for a rename. */
function placeOf(holder: RuleHolder): ItemPlace {
  if (holder.kind === 'profile') return { type: 'profile', at: holder.at };
  if (holder.kind === 'question') return { type: 'question', ...holder };
  throw new Error('an item is a question or a profile field');
}

/** Every other question's and profile field's identifier. */
function otherItemIds(framework: Framework, item: Item): string[] {
  const all = [
    ...framework.profile,
    ...framework.sections.flatMap((s) => s.standards.flatMap((st) => st.questions)),
  ];
  return all.filter((other) => other !== item).map((other) => other.id);
}
