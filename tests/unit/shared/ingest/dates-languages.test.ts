import { describe, expect, it } from 'vitest';
import { findDates, ingestMaterial } from '../../../../shared/ingest';

const read = (texts: string[], language: string, published = '2024-03-06') =>
  findDates(texts, { published, today: '2026-11-28', language }).map(
    ({ text, date, precision, approximate }) => ({ text, date, precision, approximate }),
  );

describe('dates in the article’s language', () => {
  it('reads German "am 12. Februar 2024" as a day, though "12." ends like a sentence', () => {
    expect(read(['Die Bundesregierung hat am 12. Februar 2024 ein Abkommen unterzeichnet.'], 'de')).toEqual([
      { text: '12. Februar 2024', date: '2024-02-12', precision: 'day', approximate: false },
    ]);
  });

  it('resolves weekdays to the latest such day on or before the published date (a Wednesday)', () => {
    expect(read(['The port signed the deal on Tuesday.'], 'en')).toEqual([
      { text: 'Tuesday', date: '2024-03-05', precision: 'day', approximate: false },
    ]);
    expect(read(['Le ministre a reçu mardi à Rabat son homologue.'], 'fr')[0]?.date).toBe('2024-03-05');
    expect(read(['Die Polizei hat am Mittwoch Wohnungen durchsucht.'], 'de')[0]?.date).toBe('2024-03-06');
    expect(read(['وقع المغرب وإسبانيا يوم الثلاثاء في الرباط اتفاقا.'], 'ar')[0]?.date).toBe('2024-03-05');
  });

  it('reads relative phrases in French and German as an approximate month before publication', () => {
    expect(read(["Il y a deux mois, l'organisation avait lancé un appel."], 'fr', '2024-06-13')).toEqual([
      expect.objectContaining({ date: '2024-04', precision: 'month', approximate: true }),
    ]);
    expect(read(['Die Verhandlungen hatten vor zwei Monaten begonnen.'], 'de', '2024-06-13')).toEqual([
      expect.objectContaining({
        text: 'vor zwei Monaten',
        date: '2024-04',
        precision: 'month',
        approximate: true,
      }),
    ]);
  });

  it('puts a day written without its year in the year before publication, never after it', () => {
    expect(read(['Die Container waren am 20. September im Hafen angekommen.'], 'de')).toEqual([
      { text: '20. September', date: '2023-09-20', precision: 'day', approximate: false },
    ]);
  });

  it('reads years after French, German and Arabic prepositions', () => {
    expect(read(['Ils avaient été démantelés en 2023.'], 'fr').map((date) => date.date)).toEqual(['2023']);
    expect(read(['Das Projekt wird seit 2021 umgesetzt.'], 'de').map((date) => date.date)).toEqual(['2021']);
    expect(read(['كانت الشبكة تنشط منذ سنة 2022.'], 'ar').map((date) => date.date)).toEqual(['2022']);
  });

  it('reads no date into "la mer" or "today"', () => {
    expect(read(['Les passeurs viennent par la mer.'], 'fr')).toEqual([]);
    expect(read(['Officials met today.'], 'en')).toEqual([]);
  });

  it('gives the detected language to the date finder when ingesting', () => {
    const result = ingestMaterial(
      {
        kind: 'text',
        text: 'Veröffentlicht am 6. März 2024\n\nDie Bundesregierung und Marokko haben die Gespräche vor zwei Monaten in Rabat begonnen, sagte die Ministerin in Berlin.',
      },
      { today: '2026-11-28' },
    );
    expect(result.metadata.language).toBe('de');
    expect(result.dates.map((date) => date.date)).toEqual(['2024-01']);
  });
});
