// The first look at untrusted JSON, before any schema: refuses prototype-polluting keys anywhere and
// nesting deep enough to overflow the stack of a recursive parser. Iterative on purpose.

import { MAX_JSON_DEPTH } from './limits';
import { formatPath, ModelError, type PathSegment } from './model-error';

/** Keys that can reach Object.prototype when data is merged or assigned; no model field uses them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Pending {
  value: unknown;
  depth: number;
  /** Linked to the parent so a path is only built when something is wrong. */
  parent: Pending | undefined;
  key: PathSegment;
}

function pathOf(item: Pending): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: Pending | undefined = item; at?.parent; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Throws ModelError FORBIDDEN_KEY or TOO_LARGE; `what` opens the message ("This dossier file cannot be
 * opened"). Cycles (possible only in values that did not come from JSON.parse) end at the depth limit.
 */
export function guardJson(value: unknown, what: string): void {
  const stack: Pending[] = [{ value, depth: 0, parent: undefined, key: '' }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const current = item.value;
    if (typeof current !== 'object' || current === null) continue;
    if (item.depth >= MAX_JSON_DEPTH) {
      // The first few segments say where; all 200 would bury the message.
      const path = pathOf(item);
      const shown = path.length > 8 ? `${formatPath(path.slice(0, 8))}…` : formatPath(path);
      const problem = `${shown}: nested deeper than the limit of ${MAX_JSON_DEPTH} levels`;
      throw new ModelError('TOO_LARGE', `${what}: ${problem}. It may be damaged or deliberately malformed.`, [
        problem,
      ]);
    }
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        stack.push({ value: current[index], depth: item.depth + 1, parent: item, key: index });
      }
      continue;
    }
    for (const key of Object.keys(current)) {
      const child: Pending = { value: undefined, depth: item.depth + 1, parent: item, key };
      if (FORBIDDEN_KEYS.has(key)) {
        const problem = `${formatPath(pathOf(child))}: the key "${key}" is not allowed`;
        throw new ModelError(
          'FORBIDDEN_KEY',
          `${what}: ${problem}. Files written by Dossier Desk never contain it; this one may be deliberately malformed.`,
          [problem],
        );
      }
      child.value = (current as Record<string, unknown>)[key];
      stack.push(child);
    }
  }
}
