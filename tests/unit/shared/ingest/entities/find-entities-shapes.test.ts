// Shapes of names the rules read whatever the words: connector chains, bodies named by their last word,
// acronyms spelling out lower-case words, French bodies in lower case after their head, one-word bodies.

import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../../shared/ingest';

const found = (texts: string[], language: string) =>
  findEntities(texts, { language }).map(({ name, kind, aliases }) => [name, kind, aliases]);

describe('entity shapes', () => {
  it('carries a name across two connectors: "Ministry of the Interior"', () => {
    expect(
      found(['The Ministry of the Interior and the coast guard agreed on patrols.'], 'en'),
    ).toContainEqual(['Ministry of the Interior', 'organisation', []]);
  });

  it('takes a body named by its last word even when each word is also a title: "National Police"', () => {
    expect(found(["Spain's National Police said the seizure was the largest."], 'en')).toContainEqual([
      'National Police',
      'organisation',
      [],
    ]);
  });

  it('finds how far back an acronym’s written-out name starts, lower-case words and all', () => {
    expect(
      found(
        [
          'Les enquêteurs de la Direction nationale du renseignement et des enquêtes douanières (DNRED) suivaient le groupe.',
        ],
        'fr',
      ),
    ).toEqual([
      ['Direction nationale du renseignement et des enquêtes douanières', 'organisation', ['DNRED']],
    ]);
    expect(
      found(['Das Bundesamt für Migration und Flüchtlinge (BAMF) meldete weniger Anträge.'], 'de'),
    ).toEqual([['Bundesamt für Migration und Flüchtlinge', 'organisation', ['BAMF']]]);
    expect(found(['Das Bundeskriminalamt (BKA) teilte mit.'], 'de')).toEqual([
      ['Bundeskriminalamt', 'organisation', ['BKA']],
    ]);
  });

  it('reads a French body on past its head into adjectives and "de …"', () => {
    const texts = [
      'La Gendarmerie royale a arrêté deux hommes.',
      "Les enquêteurs de l'Office central de lutte contre le crime organisé ont perquisitionné.",
      'La Direction générale de la Sûreté nationale a publié un bilan.',
    ];
    expect(found(texts, 'fr').map(([name]) => name)).toEqual([
      'Gendarmerie royale',
      'Office central de lutte contre le crime organisé',
      'Direction générale de la Sûreté nationale',
    ]);
  });

  it('takes a one-word body of its own name, never a common noun written with a capital', () => {
    expect(found(['Interpol said the operation covered 35 countries.'], 'en')).toEqual([
      ['Interpol', 'organisation', []],
    ]);
    expect(found(['Die Polizei nahm zwei Männer fest. Die Bundespolizei half.'], 'de')).toEqual([
      ['Bundespolizei', 'organisation', []],
    ]);
  });
});
