import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../../shared/ingest';
import { editDistance, NAME_EDITS } from '../../../../../shared/ingest/entities/find-entities';

const found = (texts: string[], language: string) =>
  findEntities(texts, { language }).map(({ name, kind, aliases }) => ({ name, kind, aliases }));
const names = (texts: string[], language: string) => found(texts, language).map((entity) => entity.name);

describe('entities, told by the article’s language', () => {
  it('suggests no German common noun as a person, and keeps names with a title or a known given name', () => {
    const text = [
      'Die Bundesregierung hat das Abkommen unterzeichnet. Das Abkommen sieht vor, dass Marokko schneller zurücknimmt.',
      'Innenministerin Nancy Faeser sprach von einem Schritt. Die Verhandlungen hatten vor zwei Monaten begonnen.',
      'Die Angeklagte war nach Syrien ausgereist. Das Urteil ist nicht rechtskräftig; es drohen vier Jahren Haft.',
      'Der Sonderbevollmächtigte Joachim Stamp leitete die Delegation.',
    ];
    const people = found(text, 'de').filter((entity) => entity.kind === 'person');
    expect(people.map((person) => person.name)).toEqual(['Nancy Faeser', 'Joachim Stamp']);
    expect(found(text, 'de')).toContainEqual({ name: 'Bundesregierung', kind: 'organisation', aliases: [] });
  });

  it('never takes a dateline in capitals for an entity', () => {
    const text = ['ISLAMABAD: Pakistan and Morocco signed the accord, the ministry in Islamabad said.'];
    expect(names(text, 'en')).not.toContain('ISLAMABAD');
    expect(found(['HAMBURG (nfa) – Zollfahnder fanden Kokain im Hafen von Bremen.'], 'de')).toEqual([
      { name: 'Bremen', kind: 'place', aliases: [] },
    ]);
  });

  it('never takes the label before a colon in a tag line for an organisation', () => {
    expect(names(['TAGS: customs, ports, drug trafficking'], 'en')).toEqual([]);
    expect(names(['Our Standards: the principles we follow.'], 'en')).toEqual([]);
  });

  it('never suggests the honorific "M." and reads "New York" whole', () => {
    const text = [
      'M. Laftit a salué « une relation exemplaire ». M. Laftit a rappelé les chiffres.',
      "Le Conseil a adopté jeudi à New York une résolution. L'ambassadeur Issa Konaté a regretté le vote.",
    ];
    const result = names(text, 'fr');
    expect(result).toContain('New York');
    expect(result).toContain('Issa Konaté');
    expect(result).not.toContain('York');
    expect(result).not.toContain('M');
    expect(result).not.toContain('M. Laftit');
  });

  it('suggests no plural common-noun phrase as an organisation, even with its abbreviation', () => {
    const text = [
      'Pakistan and Morocco signed three Memorandums of Understanding (MoUs) on Monday.',
      'The Memorandums of Understanding cover police training; the MoUs run for five years.',
    ];
    expect(found(text, 'en')).toEqual([
      { name: 'Pakistan', kind: 'place', aliases: [] },
      { name: 'Morocco', kind: 'place', aliases: [] },
    ]);
  });

  it('makes two spellings of one name in one article one suggestion with an alias', () => {
    const text = [
      'Le chef présumé du réseau, Mohamed Bouzekri, a été arrêté.',
      'Selon les enquêteurs, Mohammed Bouzekri utilisait plusieurs identités.',
    ];
    expect(found(text, 'fr')).toEqual([
      { name: 'Mohamed Bouzekri', kind: 'person', aliases: ['Mohammed Bouzekri'] },
    ]);
  });

  it('keeps names a letter apart as two people when they are short ("Ali Said", "Ali Saad")', () => {
    expect(names(['Ali Said met Ali Saad in Rabat.'], 'en')).toEqual(
      expect.arrayContaining(['Ali Said', 'Ali Saad']),
    );
  });

  it('fixes the edit distance between spellings: one from 10 characters, two from 14', () => {
    expect(NAME_EDITS).toEqual({ oneFrom: 10, twoFrom: 14 });
    expect(editDistance('mohamed bouzekri', 'mohammed bouzekri', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
  });
});
