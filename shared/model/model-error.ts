// The one error type the model throws, and the translation of zod issues into messages that name the
// field path ("sources.3.grading.reliability: expected one of A–F") so a user or a sender can find it.

import type { z } from 'zod';
import { DeskError } from '../errors';

export type ModelErrorCode =
  /** A value does not have the shape the model requires. */
  | 'SCHEMA_INVALID'
  /** An id points at something that is not in the document. */
  | 'BROKEN_REFERENCE'
  /** Two items of one kind share an id. */
  | 'DUPLICATE_ID'
  /** `__proto__`, `constructor` or `prototype` used as a key: never legitimate, refused outright. */
  | 'FORBIDDEN_KEY'
  /** Too long, too many, or nested too deep: beyond the limits in limits.ts. */
  | 'TOO_LARGE'
  /** Written by a newer Dossier Desk that uses a format this version does not know. */
  | 'UNSUPPORTED_VERSION'
  /** Text that is not an Admiralty grading such as "B2". */
  | 'INVALID_GRADING';

export class ModelError extends DeskError<ModelErrorCode> {
  override readonly name = 'ModelError';
  constructor(
    code: ModelErrorCode,
    message: string,
    /** Every problem found, each "path: what is wrong"; the message shows the first. */
    readonly problems: readonly string[] = [message],
  ) {
    super(code, message);
  }
}

/** At most this many problems are kept; a hostile file could otherwise produce millions. */
const MAX_KEPT_PROBLEMS = 50;

export type PathSegment = string | number | symbol;

export function formatPath(path: readonly PathSegment[]): string {
  return path.length === 0 ? '(top level)' : path.map(String).join('.');
}

/** The message of one zod issue, without zod's "Invalid input:" style prefixes. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `longer than the limit of ${max} characters`;
      if (issue.origin === 'array') return `more than the limit of ${max} items`;
      return `greater than ${max}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min === 1 ? 'must not be empty' : `shorter than ${min} characters`;
      if (issue.origin === 'array') return min === 1 ? 'must not be empty' : `fewer than ${min} items`;
      return `less than ${min}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      // Zod's own wording for an unknown `type`; schemas with a custom error keep theirs.
      if (issue.message.startsWith('Invalid discriminator value')) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return `expected one of ${options.map(String).join(', ')}`;
      }
      return issue.message.replace(/^Invalid input:?\s*/, '') || 'does not match any allowed shape';
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

/** Size issues first: when a file is both too large and wrong, the size is the likelier story. */
function isSizeIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'too_big' || (issue.code === 'custom' && issue.params?.tooLarge === true);
}

/**
 * Turn a failed zod parse into a ModelError. `prefix` is prepended to every path (when a schema parsed
 * a part of something larger) and `what` opens the message ("This dossier file cannot be opened").
 */
export function modelErrorFromZod(
  error: z.ZodError,
  what: string,
  advice: string,
  prefix: readonly PathSegment[] = [],
): ModelError {
  const issues = [...error.issues].sort((a, b) => Number(isSizeIssue(b)) - Number(isSizeIssue(a)));
  const problems = issues
    .slice(0, MAX_KEPT_PROBLEMS)
    .map((issue) => `${formatPath([...prefix, ...issue.path])}: ${describeIssue(issue)}`);
  const first = issues[0];
  const code: ModelErrorCode = first && isSizeIssue(first) ? 'TOO_LARGE' : 'SCHEMA_INVALID';
  return new ModelError(code, composeMessage(what, problems, issues.length, advice), problems);
}

/** "What: first problem (and N more problems). Advice." */
export function composeMessage(what: string, problems: readonly string[], total: number, advice: string) {
  const more = total > 1 ? ` (and ${total - 1} more problem${total > 2 ? 's' : ''})` : '';
  return `${what}: ${problems[0] ?? 'unknown problem'}${more}. ${advice}`;
}
