// The public API of the dossier model: schemas, types, marking and grading rules, rich-text helpers,
// templates, and the DossierDocument format. Import from here, not from the files behind it.

export * from './attachment';
export * from './briefing';
export * from './dossier';
export * from './dossier-document';
export * from './entity';
export * from './grading';
export * from './ids';
export { FORBIDDEN_KEYS } from './json-guard';
export * from './limits';
export * from './lineage';
export * from './marking';
export { ModelError, type ModelErrorCode } from './model-error';
export * from './office-template';
export * from './reassign-ids';
export * from './rich-text';
export * from './source';
export * from './template';
export * from './timeline-event';
export * from './xml-safe-text';
