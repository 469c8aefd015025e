import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { diffFrameworks } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { listFrameworks } from '../../../db/frameworks/frameworkStore';
import { SelectField, type SelectGroup } from '../../components/InspectionFrame/formFields';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { currentTranslator, t, tx } from '../../i18n/translate';
import { compareHref } from '../FrameworkDrafts/draftLinks';
import { frameworkHref } from '../Frameworks/frameworkStatus';
import { DiffTables } from './DiffTables';
import { useAnswerEffect } from './useAnswerEffect';

/** The library's versions as select groups, one per framework id. */
function groupsOf(records: readonly FrameworkRecord[]): SelectGroup[] {
  const byId = new Map<string, FrameworkRecord[]>();
  for (const r of records) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  return [...byId.values()].map((versions) => ({
    label: versions[0]!.title,
    options: versions.map((r) => ({
      value: r.key,
      label: t('frameworks', '{title}, version {version}', { title: r.title, version: r.version }),
    })),
  }));
}

/** One of the two frameworks compared, chosen from the library: half the row. */
function FrameworkChoice(props: {
  id: string;
  label: string;
  value: string;
  groups: SelectGroup[];
  onChange: (key: string) => void;
}) {
  return (
    <div class="govuk-grid-column-one-half">
      <SelectField
        id={props.id}
        label={props.label}
        value={props.value}
        options={[{ value: '', label: t('frameworks', 'Choose a framework') }]}
        groups={props.groups}
        onChange={props.onChange}
      />
    </div>
  );
}

/**
 * Compare two frameworks: `/frameworks/compare?from=<key>&to=<key>`, two versions of one
 * framework or any two. Lists what was added, removed, moved, reworded or changed in meaning,
 * each with what it does to the answers already given in inspections on the earlier one.
 */
export default function FrameworkCompare() {
  usePageTitle(t('frameworks', 'Compare two frameworks'));
  const { query, route } = useLocation();
  const from = typeof query.from === 'string' ? query.from : '';
  const to = typeof query.to === 'string' ? query.to : '';
  const records = useLive(listFrameworks, []);
  const [chosenFrom, setFrom] = useState(from);
  const [chosenTo, setTo] = useState(to);
  if (records.status === 'loading')
    return <Loading what={t('frameworks', 'Loading the framework library')} />;
  if (records.status === 'failed') {
    return (
      <>
        <h1 class="govuk-heading-l">{t('frameworks', 'Compare two frameworks')}</h1>
        <p class="govuk-body">
          {t(
            'frameworks',
            "The framework library could not be read from this device's storage. Reload the page to try again.",
          )}
        </p>
      </>
    );
  }
  const groups = groupsOf(records.value);
  const a = records.value.find((r) => r.key === from);
  const b = records.value.find((r) => r.key === to);
  return (
    <>
      <a href="/frameworks" class="govuk-back-link">
        {t('frameworks', 'Back to frameworks')}
      </a>
      <h1 class="govuk-heading-l">{t('frameworks', 'Compare two frameworks')}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          route(compareHref(chosenFrom, chosenTo));
        }}
      >
        <div class="govuk-grid-row">
          <FrameworkChoice
            id="compare-from"
            label={t('frameworks', 'Earlier framework')}
            value={chosenFrom}
            groups={groups}
            onChange={setFrom}
          />
          <FrameworkChoice
            id="compare-to"
            label={t('frameworks', 'Later framework')}
            value={chosenTo}
            groups={groups}
            onChange={setTo}
          />
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary">
          {t('frameworks', 'Compare')}
        </button>
      </form>
      {a && b && <Comparison from={a} to={b} />}
      {(from !== '' && !a) || (to !== '' && !b) ? (
        <p class="govuk-body">
          {t(
            'frameworks',
            'A framework named in the address is not on this device: choose two from the lists.',
          )}
        </p>
      ) : null}
    </>
  );
}

function Comparison({ from, to }: { from: FrameworkRecord; to: FrameworkRecord }) {
  const diff = diffFrameworks(from.framework, to.framework, currentTranslator());
  const effect = useAnswerEffect(from.key, diff);
  return (
    <>
      <h2 class="govuk-heading-m">
        {from.id === to.id
          ? t('frameworks', 'Version {from} to version {to}', {
              from: from.version,
              to: to.version,
            })
          : t('frameworks', '{fromId} {fromVersion} to {toId} {toVersion}', {
              fromId: from.id,
              fromVersion: from.version,
              toId: to.id,
              toVersion: to.version,
            })}
      </h2>
      <p class="govuk-body">
        {tx(
          'frameworks',
          'From <from>{fromTitle}, version {fromVersion}</from> to <to>{toTitle}, version {toVersion}</to>.',
          {
            from: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={frameworkHref(from.key)}>
                {chunks}
              </a>
            ),
            to: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={frameworkHref(to.key)}>
                {chunks}
              </a>
            ),
            fromTitle: from.title,
            fromVersion: from.version,
            toTitle: to.title,
            toVersion: to.version,
          },
        )}
      </p>
      {effect.summary && <p class="govuk-body">{effect.summary}</p>}
      <DiffTables
        diff={diff}
        from={from.framework}
        to={to.framework}
        effect={effect.perEntry}
        headingLevel={3}
      />
    </>
  );
}
