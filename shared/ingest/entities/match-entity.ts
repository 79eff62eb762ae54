// Links a suggested entity to one the dossier already has, when any of their names meet under
// entityKey: "Holger Munch" finds "Holger Münch", "BKA" finds the entity that lists it as an alias.

import type { Entity } from '../../model';
import { entityKey } from './entity-key';

export function findMatchingEntity(
  suggestion: { readonly name: string; readonly aliases: readonly string[] },
  entities: readonly Entity[],
): Entity | undefined {
  const wanted = new Set([suggestion.name, ...suggestion.aliases].map(entityKey).filter(Boolean));
  return entities.find((entity) =>
    [entity.name, ...entity.aliases].some((name) => wanted.has(entityKey(name))),
  );
}
