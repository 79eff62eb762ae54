// The one Dexie database of the app: tables, their record types, and the schema versions.

import { Dexie, type EntityTable } from 'dexie';
import type {
  Attachment,
  Briefing,
  BriefingVersion,
  Dossier,
  Entity,
  Source,
  TimelineEvent,
} from '../../shared/model';
import { DATABASE_NAME, declareSchema } from './schema';

export type StoredDossier = Dossier & { markingRank: string };

export interface StoredAttachment extends Attachment {
  /** How many rows of attachmentChunks hold its bytes. */
  chunkCount: number;
  createdAt: string;
}

export interface AttachmentChunk {
  attachmentId: string;
  index: number;
  /** Never indexed: IndexedDB would copy it into the index. */
  data: Blob;
}

export class DossierDatabase extends Dexie {
  dossiers!: EntityTable<StoredDossier, 'id'>;
  sources!: EntityTable<Source, 'id'>;
  entities!: EntityTable<Entity, 'id'>;
  timeline!: EntityTable<TimelineEvent, 'id'>;
  briefings!: EntityTable<Briefing, 'id'>;
  briefingVersions!: EntityTable<BriefingVersion, 'id'>;
  attachments!: EntityTable<StoredAttachment, 'id'>;
  attachmentChunks!: Dexie.Table<AttachmentChunk, [string, number]>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareSchema(this);
  }
}
