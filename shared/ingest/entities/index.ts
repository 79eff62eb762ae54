export { entityKey } from './entity-key';
export { findEntities } from './find-entities';
export { findMatchingEntity } from './match-entity';
