/**
 * A refused request as the GOV.UK error pattern shows it: each problem the server named in the
 * summary, linked to its field, and beside the field; a refusal with no field, or a server that
 * could not be reached, in the summary alone.
 */
import { type TeamReply, UNREACHABLE } from '../../teamClient/teamClient';
import type { SummaryError } from '../components/ErrorSummary';
import { t } from '../i18n/translate';

export type FormErrors = {
  summary: readonly SummaryError[];
  /** The message beside each field, by the field's name in the request. */
  fields: Readonly<Record<string, string>>;
};

export const NO_ERRORS: FormErrors = { summary: [], fields: {} };

type NotOk = Exclude<TeamReply<unknown>, { status: 'ok' }>;

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What went wrong, in the reader's language: the server words its refusals in the page's language
 * (the request says which); a server that could not be reached is said here.
 */
export function replyText(reply: NotOk): string {
  return failureText(reply.error);
}

/** A sync's or a request's failure as the screens say it: "could not be reached" said here. */
export function failureText(message: string): string {
  return message === UNREACHABLE
    ? t('teamServer', 'The team server could not be reached. Check the network and try again.')
    : message;
}

/** `fieldIds` maps a request field's name to its control's id on the page. */
export function formErrors(reply: NotOk, fieldIds: Readonly<Record<string, string>>): FormErrors {
  if (reply.status === 'unreachable') return { summary: [{ text: replyText(reply) }], fields: {} };
  const named = reply.problems.filter((p) => fieldIds[p.path] !== undefined);
  if (named.length === 0) return { summary: [{ text: reply.error }], fields: {} };
  const fields: Record<string, string> = {};
  for (const problem of named) fields[problem.path] ??= sentence(problem.message);
  return {
    summary: Object.entries(fields).map(([path, text]) => ({ text, href: `#${fieldIds[path]}` })),
    fields,
  };
}

/** One problem with one field, found before anything is sent. */
export function fieldError(path: string, id: string, text: string): FormErrors {
  return { summary: [{ text, href: `#${id}` }], fields: { [path]: text } };
}
