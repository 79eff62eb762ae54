// The one Dexie database of the app: tables, their record types, and the schema versions.

import { Dexie, type EntityTable } from 'dexie';
import type {
  Attachment,
  Briefing,
  BriefingVersion,
  Dossier,
  DossierDocument,
  Entity,
  OfficeTemplate,
  Source,
  TimelineEvent,
} from '../../shared/model';
import type { SignerCard } from '../../shared/package';
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

/** A briefing's Yjs text state (shared/sharing/briefing-state.ts), kept beside its JSON. */
export interface StoredBriefingState {
  briefingId: string;
  dossierId: string;
  /** Never indexed. */
  state: Uint8Array;
}

/** The dossier as it was at a lineage revision it shared or merged: a base for the next merge. */
export interface SharedBase {
  dossierId: string;
  revision: string;
  storedAt: string;
  document: DossierDocument;
}

/** The officer's own signing identity (schema version 4): one row, `id` always `own`. */
export interface StoredIdentity {
  id: 'own';
  card: SignerCard;
  /** The Ed25519 secret key; never indexed, never sent anywhere but into a sealed backup file. */
  secretKey: Uint8Array;
  createdAt: string;
}

/** A colleague's card the officer chose to trust, and when. */
export interface TrustedKey extends SignerCard {
  trustedAt: string;
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
  briefingStates!: EntityTable<StoredBriefingState, 'briefingId'>;
  sharedBases!: Dexie.Table<SharedBase, [string, string]>;
  identity!: EntityTable<StoredIdentity, 'id'>;
  trustedKeys!: EntityTable<TrustedKey, 'publicKey'>;
  officeTemplates!: EntityTable<OfficeTemplate, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareSchema(this);
  }
}
