import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../../shared/ingest/entities';

const found = (texts: string[]) =>
  findEntities(texts, { language: 'ar' }).map((entity) => [entity.name, entity.kind]);

describe('entities in Arabic text', () => {
  it('takes a person from the title before the name, without the title or what it is of', () => {
    expect(found(['وقال الوزير عبد الوافي لفتيت إن الاتفاق سيسمح بتبادل المعلومات.'])).toEqual([
      ['عبد الوافي لفتيت', 'person'],
    ]);
    expect(
      found([
        'استقبل وزير الداخلية مازن الفراية اليوم سفير الاتحاد الأوروبي لدى الأردن بيير كريستوف شاتزيسافاس، وبحث الجانبان التعاون.',
      ]),
    ).toEqual([
      ['مازن الفراية', 'person'],
      ['الاتحاد الأوروبي', 'organisation'],
      ['الأردن', 'place'],
    ]);
    expect(found(['وأكدت السيدة فاطمة الزهراء بن علي أن العمل مستمر.'])).toEqual([
      ['فاطمة الزهراء بن علي', 'person'],
    ]);
  });

  it('takes an organisation from its head noun and the definite words after it, particles taken off', () => {
    expect(
      found(['حسب بيان لوزارة الداخلية.', 'وأكدت المديرية العامة للأمن الوطني أن التحقيق مستمر.']),
    ).toEqual([
      ['وزارة الداخلية', 'organisation'],
      ['المديرية العامة للأمن الوطني', 'organisation'],
    ]);
    expect(found(['أعلنت وزارة الداخلية المصرية عن ضبط شبكة.'])).toEqual([
      ['وزارة الداخلية المصرية', 'organisation'],
    ]);
    expect(found(['حذرت الأمم المتحدة من تدهور الوضع.'])).toEqual([['الأمم المتحدة', 'organisation']]);
    // "The services of" the national security: the body is the one known by its name.
    expect(found(['تمكنت مصالح الأمن الوطني من تفكيك شبكة.'])).toEqual([['الأمن الوطني', 'organisation']]);
    // A head noun with nothing definite after it names no body: "a non-governmental organisation".
    expect(found(['أفاد تقرير صادر عن منظمة غير حكومية بأن المحاولات ارتفعت.'])).toEqual([]);
  });

  it('finds places of the gazetteer with their particles, the longest first, and never the dateline', () => {
    expect(found(['الرباط - وقع المغرب وإسبانيا يوم الثلاثاء في الرباط اتفاقا.'])).toEqual([
      ['المغرب', 'place'],
      ['إسبانيا', 'place'],
      ['الرباط', 'place'],
    ]);
    expect(found(['جنيف (وكالة الأنباء) - ارتفعت محاولات الهجرة نحو جزر الكناري وبمدينة وجدة.'])).toEqual([
      ['جزر الكناري', 'place'],
      ['وجدة', 'place'],
    ]);
    expect(found(['ستجتمع اللجنة في الجزائر العاصمة.'])).toEqual([['الجزائر العاصمة', 'place']]);
  });

  it('reads names written with diacritics as without', () => {
    expect(found(['وَقَالَ الوَزِيرُ عَبْدُ الوَافِي لَفْتِيت إِنَّ الاتفاق جيد.'])).toEqual([['عبد الوافي لفتيت', 'person']]);
  });
});
