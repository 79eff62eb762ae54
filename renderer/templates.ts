// The briefing templates shipped in templates/, validated once when the app starts.

import { parseTemplate, type Template } from '../shared/model';

const files = import.meta.glob('../templates/*.json', { eager: true, import: 'default' });

export const templates: readonly Template[] = Object.values(files)
  .map((json) => parseTemplate(json))
  .sort((a, b) => a.name.localeCompare(b.name));

export function templateById(id: string): Template | undefined {
  return templates.find((template) => template.id === id);
}
