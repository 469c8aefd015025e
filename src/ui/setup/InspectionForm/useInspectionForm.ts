/**
 * What the inspection form holds and does: its fields, their problems, the framework's
 * suggestions, removing rows that cases do not use, and saving.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  type CaseUsage,
  type Framework,
  type InspectionDraft,
  removalProblem,
} from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { currentTranslator, t } from '../../i18n/translate';
import { checkedDraft, summaryOf } from './formErrors';
import {
  blankRow,
  type FieldError,
  type FormState,
  type NamedRow,
  withSuggestions,
} from './inspectionFormState';

export type SubmitResult = { status: 'saved' } | { status: 'problems'; errors: FieldError[] };

type Group = 'areas' | 'strata' | 'team';

export interface InspectionFormOptions {
  initial: FormState;
  frameworks: readonly FrameworkRecord[];
  pinned?: FrameworkRecord | null;
  usage?: CaseUsage;
  onSubmit: (draft: InspectionDraft) => Promise<SubmitResult>;
  onErrorsChange?: (hasErrors: boolean) => void;
}

function sameNames(rows: readonly NamedRow[], named: readonly { name: string }[]): boolean {
  return rows.length === named.length && rows.every((r, i) => r.name === named[i]?.name);
}

/** What the form's areas and strata need from it. */
interface RowsContext {
  state: FormState;
  setState: (next: (s: FormState) => FormState) => void;
  errors: FieldError[];
  chosen: Framework | undefined;
  messageFor: (field: string) => string | undefined;
  touch: (group: 'areas' | 'strata') => void;
  update: (patch: Partial<FormState>) => void;
  remove: (group: Group, index: number) => void;
}

/** Areas and strata alike: their rows, errors, the framework's suggestion, and edits. */
function namedRowsOf(group: 'areas' | 'strata', form: RowsContext) {
  const { state, chosen, touch, update } = form;
  const suggested = chosen?.[group] ?? [];
  return {
    group,
    rows: state[group],
    errors: form.errors,
    groupError: form.messageFor(group),
    suggestion:
      suggested.length > 0 && !sameNames(state[group], suggested)
        ? group === 'areas'
          ? t('setup', 'Use the {count} areas the framework suggests', { count: suggested.length })
          : t('setup', 'Use the {count} strata the framework suggests', { count: suggested.length })
        : undefined,
    onSuggest: () =>
      form.setState((s) =>
        withSuggestions({ ...s, touched: { ...s.touched, [group]: false } }, chosen),
      ),
    onChange: (rows: NamedRow[]) => {
      touch(group);
      update({ [group]: rows });
    },
    onAdd: () => {
      touch(group);
      update({ [group]: [...state[group], blankRow()] });
    },
    onRemove: (i: number) => form.remove(group, i),
  };
}

export function useInspectionForm(options: InspectionFormOptions) {
  const { frameworks, pinned, usage } = options;
  const [state, setState] = useState<FormState>(options.initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const byKey = useMemo(() => new Map(frameworks.map((r) => [r.key, r])), [frameworks]);
  const chosen: Framework | undefined = pinned
    ? pinned.framework
    : byKey.get(state.frameworkKey)?.framework;
  const summary = useMemo(() => summaryOf(errors), [errors]);

  const showErrors = (list: FieldError[]) => {
    setErrors(list);
    options.onErrorsChange?.(list.length > 0);
  };
  const errorFor = (field: string) => errors.find((e) => e.field === field);
  const messageFor = (field: string) => errorFor(field)?.message;
  const update = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));
  const touch = (group: keyof FormState['touched']) =>
    setState((s) => ({ ...s, touched: { ...s.touched, [group]: true } }));

  /** Removes a row unless cases use it; then says why, there and in the summary. */
  const remove = (group: Group, index: number) => {
    const row = state[group][index];
    if (!row) return;
    const what = group === 'areas' ? 'area' : group === 'strata' ? 'stratum' : 'member';
    const problem =
      row.id && usage ? removalProblem(what, row.name, usage, row.id, currentTranslator()) : null;
    if (problem) {
      const field = group === 'team' ? `team-${index}-name` : `${group}-${index}`;
      showErrors([{ field, message: problem }]);
      return;
    }
    if (group !== 'team') touch(group);
    setState((s) => ({ ...s, [group]: s[group].filter((_, i) => i !== index) }));
    showErrors(errors.filter((e) => !e.field.startsWith(group === 'team' ? 'team-' : `${group}-`)));
  };

  return {
    state,
    errors,
    saving,
    summary,
    errorFor,
    messageFor,
    update,
    touch,
    remove,
    namedRows: (group: 'areas' | 'strata') =>
      namedRowsOf(group, { state, setState, errors, chosen, messageFor, touch, update, remove }),
    chooseFramework: (key: string) =>
      setState((s) => withSuggestions({ ...s, frameworkKey: key }, byKey.get(key)?.framework)),
    submit: async (event: Event) => {
      event.preventDefault();
      const { draft, problems } = checkedDraft(state);
      if (problems.length > 0) {
        showErrors(problems);
        return;
      }
      setSaving(true);
      const result = await options.onSubmit(draft);
      setSaving(false);
      showErrors(result.status === 'problems' ? result.errors : []);
    },
  };
}
