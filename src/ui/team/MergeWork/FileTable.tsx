/**
 * The chosen files and what merging each would do: one row per file (from whom, made when, new,
 * updated and unchanged cases, conflicts), then, for files that cannot be merged as they are,
 * why — and for a protected file, its passphrase.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FilePlan } from '../../../core';
import type { TeamFileSummary } from '../../../workers/teamWorkService';
import { formatMoment } from '../../components/InspectionFrame/format';
import { formatNumber, t, tx } from '../../i18n/translate';

export type FileRow = { readonly summary: TeamFileSummary; readonly plan: FilePlan | null };

function statusOf(row: FileRow): { tag: string; text: string } {
  const { summary, plan } = row;
  if (summary.status === 'invalid')
    return { tag: 'govuk-tag--red', text: t('team.files', 'Cannot be read') };
  if (summary.status === 'locked')
    return { tag: 'govuk-tag--yellow', text: t('team.files', 'Needs its passphrase') };
  if (summary.status === 'inspection')
    return { tag: 'govuk-tag--grey', text: t('team.files', 'Not a work file') };
  if (!plan) return { tag: 'govuk-tag--grey', text: t('team.files', 'Checking…') };
  if (plan.status === 'refused')
    return { tag: 'govuk-tag--red', text: t('team.files', 'Cannot be merged') };
  if (plan.status === 'already-merged')
    return { tag: 'govuk-tag--grey', text: t('team.files', 'Already merged') };
  if (summary.kind === 'pack') return { tag: 'govuk-tag--blue', text: t('team.files', 'Pack') };
  return { tag: 'govuk-tag--green', text: t('team.files', 'Ready') };
}

function count(
  plan: FilePlan | null,
  key: 'newCases' | 'updatedCases' | 'unchangedCases' | 'conflicts',
) {
  return plan?.status === 'ok' ? formatNumber(plan.counts[key]) : '—';
}

/** Which framework version the file was made for, and the one it is read into after a move. */
function MadeFor({ plan }: { plan: FilePlan | null }) {
  if (plan?.status !== 'ok') return null;
  return (
    <>
      <br />
      <span class="govuk-body-s" data-made-for>
        {plan.readInto
          ? t('team.files', 'for {madeFor}: read into {readInto} through the inspection’s move', {
              madeFor: plan.madeFor,
              readInto: plan.readInto,
            })
          : t('team.files', 'for {madeFor}', { madeFor: plan.madeFor })}
      </span>
    </>
  );
}

export function FileTable({ rows }: { rows: readonly FileRow[] }) {
  const what = t('team.files', 'What each file would change');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls, and keyboard users must be able to scroll it.
    <section class="ca-merge__scroll" aria-label={what} tabIndex={0}>
      <table class="govuk-table ca-merge__table" data-merge-preview>
        <caption class="govuk-table__caption govuk-table__caption--m">{what}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t('team.files', 'File')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('team.files', 'From')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {t('team.files', 'New cases')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {t('team.files', 'Updated')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {t('team.files', 'Unchanged')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {t('team.files', 'Conflicts')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {rows.map((row) => {
            const status = statusOf(row);
            return (
              <tr class="govuk-table__row" key={row.summary.index}>
                <th scope="row" class="govuk-table__header ca-team-work__file-name">
                  {row.summary.name}
                  <br />
                  <strong class={`govuk-tag ${status.tag}`}>{status.text}</strong>
                </th>
                <td class="govuk-table__cell">
                  {row.summary.person ?? '—'}
                  {row.summary.exportedAt && (
                    <>
                      <br />
                      <span class="govuk-body-s">
                        {t('team.files', 'made {moment}', {
                          moment: formatMoment(row.summary.exportedAt),
                        })}
                      </span>
                    </>
                  )}
                  <MadeFor plan={row.plan} />
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {count(row.plan, 'newCases')}
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {count(row.plan, 'updatedCases')}
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {count(row.plan, 'unchangedCases')}
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  {count(row.plan, 'conflicts')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

const SHOWN = 5;

const strong = (chunks: ComponentChildren) => <strong>{chunks}</strong>;

/** Why a file cannot be merged, in the file's own terms (where in it, what is wrong). */
export function FileProblems({ row }: { row: FileRow }) {
  const { summary, plan } = row;
  const errors =
    summary.status === 'invalid' ? summary.errors : plan?.status === 'refused' ? plan.errors : [];
  const total = summary.status === 'invalid' ? summary.errorCount : errors.length;
  if (summary.status === 'inspection') {
    return (
      <p class="govuk-body">
        {tx(
          'team.files',
          '<strong>{name}</strong> is a whole inspection, not an inspector’s work. Import it from the Inspections page (“Open a Case Audit file”).',
          { name: summary.name, strong },
        )}
      </p>
    );
  }
  if (plan?.status === 'already-merged') {
    return (
      <p class="govuk-body">
        {tx(
          'team.files',
          '<strong>{name}</strong> was merged before (or is chosen twice): merging it again changes nothing.',
          { name: summary.name, strong },
        )}
      </p>
    );
  }
  if (errors.length === 0) return null;
  return (
    <div class="govuk-form-group" data-file-problems>
      <p class="govuk-body govuk-!-margin-bottom-1">
        {summary.status === 'invalid'
          ? tx('team.files', '<strong>{name}</strong> cannot be read:', {
              name: summary.name,
              strong,
            })
          : tx('team.files', '<strong>{name}</strong> cannot be merged into this inspection:', {
              name: summary.name,
              strong,
            })}
      </p>
      <ul class="govuk-list govuk-list--bullet">
        {errors.slice(0, SHOWN).map((e, i) => (
          <li key={i}>
            {e.path === '(the whole file)' || e.path === 'inspection'
              ? e.message
              : `${e.path}: ${e.message}`}
          </li>
        ))}
        {total > SHOWN && (
          <li>{t('team.files', 'and {count} more', { count: formatNumber(total - SHOWN) })}</li>
        )}
      </ul>
    </div>
  );
}

/** The passphrase of a protected file, asked for on the page; a wrong one says so. */
export function UnlockForm({
  summary,
  busy,
  onUnlock,
}: {
  summary: TeamFileSummary;
  busy: boolean;
  onUnlock: (passphrase: string) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [empty, setEmpty] = useState(false);
  const id = `unlock-${summary.index}`;
  const error = empty ? t('team.files', 'Enter the passphrase') : summary.passphraseError;
  return (
    <form
      class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setEmpty(passphrase === '');
        if (passphrase !== '') onUnlock(passphrase);
      }}
    >
      <label class="govuk-label govuk-label--s" for={id}>
        {t('team.files', 'Passphrase for {name}', { name: summary.name })}
      </label>
      <div id={`${id}-hint`} class="govuk-hint">
        {t('team.files', 'This file is protected. Ask the person who made it for the passphrase.')}
      </div>
      {error && (
        <p id={`${id}-error`} class="govuk-error-message">
          <span class="govuk-visually-hidden">{t('team.files', 'Error:')}</span> {error}
        </p>
      )}
      <input
        class={`govuk-input govuk-!-width-one-half${error ? ' govuk-input--error' : ''}`}
        id={id}
        type="password"
        autoComplete="off"
        spellcheck={false}
        value={passphrase}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
      />{' '}
      <button
        type="submit"
        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        data-module="govuk-button"
        disabled={busy}
      >
        {busy ? t('team.files', 'Opening…') : t('team.files', 'Open the file')}
      </button>
    </form>
  );
}
