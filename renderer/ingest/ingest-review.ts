// What the user decides while reviewing ingested material (which blocks to keep, which suggested
// entities and dates to accept, how the source is described and graded), and the one store call it
// becomes. Pure functions over the ingest result, so they are tested without a browser.

import {
  blockText,
  eventFromDateSuggestion,
  findMatchingEntity,
  richTextFromReviewedBlocks,
} from '../../shared/ingest';
import type {
  DateSuggestion,
  EntitySuggestion,
  IngestBlock,
  IngestResult,
  ReviewedBlock,
} from '../../shared/ingest/material';
import {
  type Credibility,
  DEFAULT_MARKING,
  type Entity,
  type EntityKind,
  type EventDate,
  type Marking,
  type Reliability,
  UNGRADED,
} from '../../shared/model';
import type { IngestedSourceFields } from '../db/dossier-store';
import { translate } from '../i18n';

export interface SourceDescription {
  title: string;
  outlet: string;
  url: string;
  author: string;
  /** ISO date or empty. */
  publishedAt: string;
  /** ISO 639-1 or empty (the user must then fill it in). */
  language: string;
  reliability: Reliability;
  credibility: Credibility;
  marking: Marking;
  notes: string;
}

export interface EntityChoice {
  readonly suggestion: EntitySuggestion;
  /** The dossier's entity this suggestion is, by name, alias or spelling variant. */
  readonly existing?: Pick<Entity, 'id' | 'name' | 'kind'>;
  /** For a new entity; the user may correct the guess. */
  readonly kind: EntityKind;
  readonly accepted: boolean;
}

export interface DateChoice {
  readonly suggestion: DateSuggestion;
  readonly date: EventDate;
  readonly title: string;
  readonly accepted: boolean;
}

export function describeSource(result: IngestResult): SourceDescription {
  return {
    title: result.title,
    outlet: result.metadata.outlet,
    url: result.metadata.url,
    author: result.metadata.author,
    publishedAt: result.metadata.published,
    language: result.metadata.language,
    reliability: UNGRADED.reliability,
    credibility: UNGRADED.credibility,
    marking: DEFAULT_MARKING,
    notes: '',
  };
}

/** The blocks the clean-up kept, by index; the user toggles from there. */
export function initiallyKept(blocks: readonly ReviewedBlock[]): ReadonlySet<number> {
  return new Set(blocks.filter((block) => !block.dropped).map((block) => block.index));
}

export function toggled(kept: ReadonlySet<number>, index: number): ReadonlySet<number> {
  const next = new Set(kept);
  if (next.has(index)) next.delete(index);
  else next.add(index);
  return next;
}

export function entityChoices(
  suggestions: readonly EntitySuggestion[],
  entities: readonly Entity[],
): EntityChoice[] {
  return suggestions.map((suggestion) => {
    const existing = findMatchingEntity(suggestion, entities);
    return {
      suggestion,
      ...(existing ? { existing: { id: existing.id, name: existing.name, kind: existing.kind } } : {}),
      kind: existing?.kind ?? suggestion.kind,
      accepted: false,
    };
  });
}

/** What accepting the suggestion does: “Links to existing ‘Holger Münch’” or “New person”. */
export function entityChoiceOutcome(choice: EntityChoice): string {
  return choice.existing
    ? translate('ingest:linksToExisting', { name: choice.existing.name })
    : translate('ingest:newEntity', { kind: choice.kind satisfies EntityKind });
}

/**
 * The date suggestions again after the published date changed or blocks were brought back or dropped:
 * a date found in the same words of the same sentence keeps the user's title and acceptance.
 */
export function refreshedDateChoices(
  previous: readonly DateChoice[],
  suggestions: readonly DateSuggestion[],
): DateChoice[] {
  const key = (suggestion: DateSuggestion) => `${suggestion.text}\u0000${suggestion.sentence}`;
  const before = new Map(previous.map((choice) => [key(choice.suggestion), choice]));
  return dateChoices(suggestions).map((fresh) => {
    const old = before.get(key(fresh.suggestion));
    return old ? { ...fresh, title: old.title, accepted: old.accepted } : fresh;
  });
}

export function dateChoices(suggestions: readonly DateSuggestion[]): DateChoice[] {
  return suggestions.map((suggestion) => ({
    suggestion,
    ...eventFromDateSuggestion(suggestion),
    accepted: false,
  }));
}

/** A block's text in one line, for labels and excerpts. */
export function blockLabelText(block: IngestBlock): string {
  return blockText(block, { item: ' · ', cell: ' | ', row: ' / ' });
}

export function excerpt(text: string, words = 8): string {
  const parts = text.split(/\s+/).filter(Boolean);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : parts.join(' ');
}

/** The store call: the source with the kept blocks as its body, and the accepted entities and events. */
export function ingestedSourceFields(
  result: IngestResult,
  description: SourceDescription,
  kept: ReadonlySet<number>,
  entities: readonly EntityChoice[],
  dates: readonly DateChoice[],
): IngestedSourceFields {
  const url = description.url.trim();
  return {
    title: description.title.trim(),
    outlet: description.outlet.trim(),
    author: description.author.trim(),
    ...(url ? { url } : {}),
    ...(description.publishedAt ? { publishedAt: description.publishedAt } : {}),
    language: description.language.trim().toLowerCase(),
    grading: { reliability: description.reliability, credibility: description.credibility },
    marking: description.marking,
    notes: description.notes,
    body: richTextFromReviewedBlocks(result.blocks, (block) => kept.has(block.index)),
    entities: entities
      .filter((choice) => choice.accepted)
      .map((choice) =>
        choice.existing
          ? { existingId: choice.existing.id }
          : { kind: choice.kind, name: choice.suggestion.name, aliases: choice.suggestion.aliases },
      ),
    events: dates
      .filter((choice) => choice.accepted)
      .map((choice) => ({
        date: choice.date,
        title: choice.title.trim(),
        description: choice.suggestion.sentence,
      })),
  };
}
