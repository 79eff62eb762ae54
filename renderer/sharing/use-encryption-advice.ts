// Whether a dossier's markings ask for an encrypted package, read live from the store: the dossier's own
// marking, its sources' and its briefings' (a CLEAR dossier may still hold an AMBER source).

import { useLiveQuery } from 'dexie-react-hooks';
import { compareMarkings, type Marking, markingAsksForEncryption, markingLabel } from '../../shared/model';
import { db } from '../db';

export interface EncryptionAdvice {
  /** Some marking in the dossier is at or above the schemes' thresholds. */
  asks: boolean;
  /** The highest such marking, as printed ("TLP:AMBER"); never translated. */
  label: string;
  /** What an attacker with the file would guess first: the dossier's title. */
  personal: string[];
}

/** The markings of a dossier's records that ask for encryption, the most restrictive first. */
export async function markingsAskingForEncryption(dossierId: string): Promise<Marking[]> {
  const dossier = await db.dossiers.get(dossierId);
  if (!dossier) return [];
  const sources = await db.sources.where('dossierId').equals(dossierId).toArray();
  const briefings = await db.briefings.where('dossierId').equals(dossierId).toArray();
  return [dossier.marking, ...sources.map((source) => source.marking), ...briefings.map((b) => b.marking)]
    .filter(markingAsksForEncryption)
    .sort((a, b) => -(compareMarkings(a, b) ?? 0));
}

export function useEncryptionAdvice(dossierId: string): EncryptionAdvice {
  const found = useLiveQuery(async () => {
    const dossier = await db.dossiers.get(dossierId);
    return { asking: await markingsAskingForEncryption(dossierId), title: dossier?.title ?? '' };
  }, [dossierId]);
  const highest = found?.asking[0];
  return {
    asks: highest !== undefined,
    label: highest ? markingLabel(highest) : '',
    personal: found?.title ? [found.title] : [],
  };
}
