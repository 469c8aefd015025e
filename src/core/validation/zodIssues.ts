import type { z } from 'zod';
import { plural } from '../phrasing/plural';
import { formatPath, type ValidationError } from './validationResult';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  int: 'a whole number',
};

function describeReceived(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return 'a number';
  if (typeof input === 'boolean') return 'true or false';
  if (input === undefined) return 'nothing';
  return 'an object';
}

/** A value quoted in a message, cut short so junk input cannot flood the error list. */
function shortJson(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** Plain-words messages for zod's issues, each with the JSON path it concerns. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const issue of issues) {
    const path = formatPath(issue.path);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        const received = describeReceived(issue.input);
        errors.push({
          path,
          message:
            received === 'nothing'
              ? `is missing (expected ${expected})`
              : `expected ${expected}, found ${received}`,
        });
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          errors.push({
            path: formatPath([...issue.path, key]),
            message: 'is not a field this format knows (check the spelling)',
          });
        }
        break;
      case 'invalid_value':
        {
          const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
          errors.push({
            path,
            message:
              issue.input === undefined
                ? `is missing (expected ${issue.values.length === 1 ? allowed : `one of: ${allowed}`})`
                : `${issue.values.length === 1 ? `must be ${allowed}` : `must be one of: ${allowed}`}, found ${shortJson(issue.input)}`,
          });
        }
        break;
      case 'too_small':
        errors.push({
          path,
          message:
            issue.message && !issue.message.startsWith('Too small')
              ? issue.message
              : issue.origin === 'array'
                ? `needs at least ${plural(Number(issue.minimum), 'item')}`
                : issue.origin === 'string'
                  ? 'must not be empty'
                  : `must be at least ${issue.minimum}`,
        });
        break;
      case 'too_big':
        errors.push({
          path,
          message:
            issue.origin === 'array'
              ? `has too many items (at most ${issue.maximum})`
              : issue.origin === 'string'
                ? `is too long (at most ${issue.maximum} characters)`
                : `must be at most ${issue.maximum}`,
        });
        break;
      case 'invalid_union': {
        // Report the branch that got furthest: it is the one the author most likely meant.
        const branches = issue.errors.filter((b) => b.length > 0);
        const best = branches.sort((a, b) => a.length - b.length)[0];
        if (best) {
          errors.push(
            ...issuesToErrors(best.map((sub) => ({ ...sub, path: [...issue.path, ...sub.path] }))),
          );
        } else errors.push({ path, message: 'is not in a form this format accepts' });
        break;
      }
      default:
        errors.push({ path, message: issue.message });
    }
  }
  return errors;
}
