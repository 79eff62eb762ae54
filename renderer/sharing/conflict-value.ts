// How a conflicting field's value reads in the merge dialog: the words an officer would use for it, so
// two values side by side can be compared by eye.

import {
  formatGrading,
  type Grading,
  type Marking,
  markingLabel,
  plainTextOf,
  type RichTextDoc,
} from '../../shared/model';
import { translate } from '../i18n';

/** A field's value as text: gradings as "B2", markings by their label, lists joined, rich text as text. */
export function conflictValueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return translate('sharing:emptyValue');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? translate('sharing:noValues') : value.map(conflictValueText).join(', ');
  const record = value as Record<string, unknown>;
  if ('reliability' in record && 'credibility' in record) return formatGrading(value as Grading);
  if ('scheme' in record && 'level' in record) {
    // A marking this version does not know still shows, as it is written.
    try {
      return markingLabel(value as Marking);
    } catch {
      return `${String(record.scheme)}: ${String(record.level)}`;
    }
  }
  if ('precision' in record && 'value' in record) return String(record.value);
  if (record.type === 'doc') return plainTextOf(value as RichTextDoc) || translate('sharing:emptyValue');
  return JSON.stringify(value);
}
