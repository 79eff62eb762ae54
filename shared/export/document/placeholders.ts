// The values a template's header and footer text may name, e.g. "Briefing note · {reference}".

import type { TEMPLATE_PLACEHOLDERS } from '../../model';

export type PlaceholderValues = Readonly<Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>>;

/** Replaces each {name} with its value; the template schema has already refused unknown names. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{([a-z]+)\}/g, (whole, name: string) =>
    name in values ? values[name as keyof PlaceholderValues] : whole,
  );
}

/** A header or footer line: placeholders filled, and the "·" separators an empty value leaves dangling removed. */
export function fillLine(text: string, values: PlaceholderValues): string {
  return fillPlaceholders(text, values)
    .split('·')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' · ');
}
