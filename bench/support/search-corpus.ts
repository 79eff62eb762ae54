// The search bench's library: 10,000 sources of 1,000 words in English, French, German and Arabic, drawn
// with Zipf frequencies from a vocabulary composed from word lists of each language grown by their own
// inflection, prefixes and compounding (German compounds of two and three parts, Arabic clitics and
// suffixes), with names, places and reference numbers, so the index meets a library's few hundred
// thousand distinct terms rather than a few thousand. Deterministic: every run indexes and asks the same.

import type { RichTextDoc, Source } from '../../shared/model';

export const SOURCES = 10_000;
export const WORDS_PER_SOURCE = 1_000;
const WORDS_PER_PARAGRAPH = 100;
const DOSSIERS = 200;

// ---- A deterministic generator (mulberry32).
let seed = 0x5eed_d055;
export function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}
export const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const words = (text: string) => text.split(/\s+/).filter(Boolean);

function shuffled<T>(list: T[]): T[] {
  for (let index = list.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [list[index], list[other]] = [list[other] as T, list[index] as T];
  }
  return list;
}

/**
 * A vocabulary in Zipf order: the function words first (the commonest words of any text), then the base
 * words, then their inflected, prefixed and compound forms, each tier shuffled, so that rare words are
 * mostly the long derived ones, as in real text.
 */
function zipfOrder(...tiers: string[][]): string[] {
  const seen = new Set<string>();
  const ordered: string[] = [];
  for (const tier of tiers) {
    for (const word of shuffled([...tier])) {
      if (!seen.has(word)) {
        seen.add(word);
        ordered.push(word);
      }
    }
  }
  return ordered;
}

// ---- English
const ENGLISH_FUNCTION = words(`the of and to in a is that for on with as by was at from it be this are an or
  has have had not but which were their its they been after said also who will would more than over two
  into other new about one all some there when up out can could during between under against three may
  we he she his her them our no if only most before such while since where any both each through both`);
const ENGLISH_STEMS = words(`border police custom harbour port vessel cargo container shipment smuggle
  traffic network cell group minister ministry agency directorate service office officer agent liaison
  delegation embassy consulate report assess analyse brief inform warn monitor observe record interview
  question detain arrest charge court judge trial sentence appeal prison release transfer extradite
  deport return migrate travel visa passport document forge fraud launder finance fund bank account
  payment money cash currency threat risk attack plot prevent protect secure defend guard patrol inspect
  search seize confiscate weapon explosive drug narcotic cocaine heroin cannabis precursor chemical
  laboratory sample evidence witness informant source contact handle meet conference summit visit talk
  negotiate agree sign treaty accord memorandum protocol framework program project initiative train
  exercise operate mission deploy station base camp facility build compound warehouse depot terminal
  airport airfield aircraft flight route corridor road highway bridge tunnel coast shore island strait
  channel river region province district city town village capital centre north south east west election
  party parliament senate govern cabinet president premier deputy spokesman statement press media
  newspaper broadcast website forum message post video image photo cyber hack breach intrusion malware
  server domain address phone number device computer data intelligence analysis estimate judge confident
  likely possible probable certain doubt cooperate coordinate exchange share request respond reply deny
  confirm claim allege suspect accuse increase decrease rise fall grow decline expand reduce improve
  worsen change shift continue resume secure safe stable crisis conflict tension dispute incident event
  accident collide sink rescue recover locate identify track trace follow watch film photograph measure
  count early late recent previous current future annual month week day public private official secret
  foreign domestic local nation region international bilateral multilateral joint common mutual senior
  junior chief head leader member partner ally rival oppose critic support sponsor donor recruit finance
  radical extreme militant cell courier shipment seizure raid warrant custody bail verdict acquit
  convict parole asylum refugee camp shelter aid relief famine drought flood storm quake outbreak
  vaccine clinic hospital school university student teacher worker union strike protest march riot
  clash curfew checkpoint convoy escort tanker pipeline refinery grid power outage fuel price wage tax
  budget deficit debt loan grant tender contract bribe embezzle audit inquiry hearing testimony leak
  whistle dossier file archive register database list watch alert notice bulletin digest summary`);
const ENGLISH_ENDINGS = words(
  `s ed ing er ers ment ments ation ations al ally ly ness ive ity able ist ists ism`,
);
const ENGLISH_PREFIXES = words(`counter anti pre post re non over under inter cross sub co de mis multi trans
  cyber para semi`);

// ---- French
const FRENCH_FUNCTION = words(`le la les de des du un une et à en est que qui dans pour par sur au aux
  avec il elle ils ont a été son sa ses ce cette pas plus ne se leur leurs selon après avant entre mais
  comme où dont deux sous lors depuis contre`);
const FRENCH_NOUNS = words(`sécurité frontière douane police navire cargaison réseau ministère délégation
  ambassade rapport évaluation enquête arrestation procès tribunal prison extradition voyage passeport
  fraude paiement menace attentat protection arme stupéfiant échantillon preuve témoin réunion accord
  traité opération côte île région ville élection gouvernement déclaration presse journal donnée
  coopération échange demande réponse crise événement sauvetage étranger intérieur préfecture
  gendarmerie caméra juge avocat parquet garde vue perquisition saisie trafic filière passeur migrant
  réfugié asile consulat visa titre séjour contrôle patrouille frégate port quai conteneur entrepôt
  convoi camion véhicule plaque immatriculation téléphone message compte virement banque somme euro dirham
  chef membre groupe cellule militant suspect victime blessé mort otage rançon drogue résine cocaïne
  haschich kilo tonne bateau pirogue vedette hélicoptère avion aéroport gare autoroute route chantier`);
const FRENCH_VERBS = words(`arrêt interpell saisi contrôl surveill enquêt signal déclar annonc confirm
  dément transfér expuls extrad condamn jug accus soupçonn financ blanch transport import export
  débarqu intercept identifi localis coopér échang partag demand répond renforc déploy organis
  sécuris protég menac attaqu négoci sign ratifi prolong suspend reprend lanc mobilis évacu`);
const FRENCH_VERB_ENDINGS = words(`er e es ons ez ent é ée és ées ait aient ant era eront erait eraient
  ation ations ement eur eurs euse`);
const FRENCH_PREFIXES = words(`re dé pré co sur sous anti contre inter auto`);

// ---- German
const GERMAN_FUNCTION = words(`der die das und in den von zu mit sich des auf für ist im dem nicht ein eine
  als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so
  zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei`);
const GERMAN_MODIFIERS = words(`Bundes Landes Grenz Kriminal Polizei Sicherheits Zoll Hafen Staats Innen
  Außen Regierungs Verkehrs Daten Terror Drogen Waffen Geld Menschen Schleuser Kontroll Einsatz
  Ermittlungs Straf Justiz Nachrichten Verfassungs Melde Ausländer Asyl Flüchtlings Reise Ausweis
  Fahndungs Lage Krisen Küsten Luft See Wasser Schutz Rauschgift Spreng Beweis Zeugen Haft Gerichts`);
const GERMAN_HEADS = words(`amt behörde polizei kontrolle dienst stelle abteilung ministerium verwaltung
  bericht lage zentrum netzwerk gruppe einheit kommando wache station hafen grenze schutz recht gesetz
  verfahren ermittlung fahndung festnahme anklage urteil strafe haft gefängnis akte datei register
  meldung warnung analyse bewertung einschätzung lagebild übung einsatz streife boot schiff fahrzeug
  waffe ausweis pass visum antrag bescheid verordnung abkommen vertrag treffen konferenz sitzung
  beamter beamtin leiter leiterin sprecher sprecherin kommissar kommissarin richter richterin zeuge
  täter opfer verdächtiger schleuser händler kurier geld zahlung konto betrug fälschung schmuggel`);
const GERMAN_ENDINGS = ['', 'n', 's', 'en', 'es', 'e', 'er'];
const GERMAN_NOUNS = words(`Behörde Grenze Polizei Zoll Hafen Schiff Ladung Schmuggel Netzwerk Gruppe
  Ministerium Abteilung Beamter Verbindung Botschaft Bericht Bewertung Überwachung Festnahme Anklage
  Gericht Urteil Gefängnis Auslieferung Rückführung Reise Ausweis Fälschung Betrug Geldwäsche Zahlung
  Bedrohung Gefahr Anschlag Schutz Sicherheit Waffe Sprengstoff Rauschgift Probe Beweis Zeuge Quelle
  Treffen Vertrag Abkommen Übung Einsatz Straße Brücke Küste Insel Stadt Bezirk Land Wahl Regierung
  Äußerung Erklärung Presse Zeitung Nachricht Gerät Rechner Daten Einschätzung Zusammenarbeit
  Austausch Anfrage Prüfung Lösung`);

// ---- Arabic: words as written in news, then with their clitics (wa-, bi-, li-, the article al-) and
// suffixes, which make most of the distinct forms of Arabic text.
const ARABIC_FUNCTION = words(`في من على إلى عن أن مع هذا هذه التي الذي كان قد لا ما بين بعد قبل حيث
  كما أو ثم عند خلال منذ حول ضد`);
const ARABIC_WORDS = words(`أمن حدود شرطة جمارك ميناء سفينة شحنة شبكة وزارة وفد سفارة تقرير تحقيق
  اعتقال محكمة سجن تسليم سفر جواز احتيال تهديد هجوم حماية سلاح مخدرات دليل شاهد اجتماع اتفاقية عملية
  ساحل جزيرة منطقة مدينة انتخابات حكومة بيان صحافة تعاون تبادل طلب رد أزمة حادث إنقاذ مهرب تهريب
  قارب مركب شاحنة سيارة هاتف حساب مصرف تحويل مبلغ قاض محام نيابة مراقبة دورية حاجز مطار طائرة قائد
  عضو خلية جماعة متهم ضحية رهينة فدية كمية طن قنب كوكايين وثيقة ملف سجل قائمة تنبيه إنذار مصدر معلومات
  استخبارات مديرية مفوضية ولاية عمالة جهة إقليم دائرة مصلحة`);
const ARABIC_PREFIXES = ['', 'ال', 'و', 'وال', 'ب', 'بال', 'ل', 'لل', 'ف', 'فال', 'ك'];
const ARABIC_SUFFIXES = ['', 'ة', 'ات', 'ون', 'ين', 'ها', 'هم', 'ه', 'ي', 'نا', 'ان'];
/** Fatha, damma, kasra, sukun, shadda, tanwin: vowel marks some Arabic text carries. */
const ARABIC_MARKS = ['\u064e', '\u064f', '\u0650', '\u0652', '\u0651', '\u064b'];

// ---- Names and places, written in Latin and in Arabic script.
const NAMES = words(`Rabat Casablanca Tanger Agadir Fès Marrakech Oujda Tétouan Nador Laâyoune Algeciras
  Ceuta Melilla Almería Málaga Rotterdam Antwerpen Hamburg Bremerhaven Genua Piräus Valletta Tunis Tripoli
  Alger Nouakchott Dakar Bamako Niamey Lagos Accra Abidjan Lisboa Porto Madrid Brussels Berlin Paris
  London Vienna Warsaw München Köln Düsseldorf Nürnberg Lübeck Görlitz Marseille Nîmes Orléans Besançon
  Genève Ahmed Youssef Fatima Karim Laila Nadia Omar Rachid Samira Tarek Zineb Hakim Mohamed Hassan
  Khadija Mustapha Abdelkader Souad Driss Jürgen Björn Søren Klaus Petra Sabine Matthias Uwe Heike
  François Hélène Zoë Noël Chloé Agnès Renée Jean Pierre Marie Luc Müller Schäfer Schmidt Weber Wagner
  Becker Hoffmann Bouzid Amrani Benali Chraïbi Lefèvre Dubois Moreau Laurent Girard El Idrissi Alaoui
  Bennani Tazi Berrada Fassi Guðmundsdóttir Kovačević Dvořák Łukasz Europol Interpol Frontex DGSN
  BKA DGSI Guardia Civil`);
const ARABIC_NAMES = words(`الرباط طنجة الدار البيضاء فاس مراكش وجدة تطوان الناظور أكادير محمد أحمد
  يوسف فاطمة كريم ليلى نادية عمر رشيد سميرة طارق زينب حكيم حسن خديجة مصطفى إدريس العلوي الإدريسي
  بناني التازي برادة الفاسي`);

function englishVocabulary(): string[] {
  const inflected = ENGLISH_STEMS.flatMap((stem) => ENGLISH_ENDINGS.map((ending) => `${stem}${ending}`));
  const prefixed = ENGLISH_PREFIXES.flatMap((prefix) =>
    [...ENGLISH_STEMS, ...inflected].map((word) => `${prefix}${word}`),
  );
  return zipfOrder(ENGLISH_FUNCTION, ENGLISH_STEMS, inflected, NAMES, prefixed);
}

function frenchVocabulary(): string[] {
  const conjugated = FRENCH_VERBS.flatMap((stem) => FRENCH_VERB_ENDINGS.map((ending) => `${stem}${ending}`));
  const plurals = FRENCH_NOUNS.flatMap((noun) => [`${noun}s`, `${noun}x`]);
  const prefixed = FRENCH_PREFIXES.flatMap((prefix) =>
    [...conjugated, ...FRENCH_NOUNS].map((word) => `${prefix}${word}`),
  );
  return zipfOrder(FRENCH_FUNCTION, FRENCH_NOUNS, conjugated, NAMES, plurals, prefixed);
}

function germanVocabulary(): string[] {
  const heads = GERMAN_HEADS.map((head) => `${head[0]?.toUpperCase()}${head.slice(1)}`);
  const twoParts = GERMAN_MODIFIERS.flatMap((modifier) => GERMAN_HEADS.map((head) => `${modifier}${head}`));
  const threeParts = GERMAN_MODIFIERS.flatMap((first) =>
    GERMAN_MODIFIERS.flatMap((second) =>
      first === second ? [] : GERMAN_HEADS.map((head) => `${first}${second.toLowerCase()}${head}`),
    ),
  );
  const inflect = (list: string[]) =>
    list.flatMap((word) => GERMAN_ENDINGS.slice(0, 3).map((ending) => `${word}${ending}`));
  return zipfOrder(
    GERMAN_FUNCTION,
    [...GERMAN_NOUNS, ...heads],
    inflect([...GERMAN_NOUNS, ...heads]),
    NAMES,
    inflect(twoParts),
    threeParts,
  );
}

function arabicVocabulary(): string[] {
  const forms = ARABIC_WORDS.flatMap((word) =>
    ARABIC_PREFIXES.flatMap((prefix) => ARABIC_SUFFIXES.map((suffix) => `${prefix}${word}${suffix}`)),
  );
  return zipfOrder(ARABIC_FUNCTION, ARABIC_WORDS, ARABIC_NAMES, forms);
}

/** Reference numbers, dates and counts, as sources are full of them; rare each, many together. */
function numberVocabulary(): string[] {
  return Array.from({ length: 60_000 }, (_, n) => String(n * 7 + 1900));
}

export const LANGUAGES = ['en', 'fr', 'de', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const VOCABULARIES: Record<Language, string[]> = {
  en: englishVocabulary(),
  fr: frenchVocabulary(),
  de: germanVocabulary(),
  ar: arabicVocabulary(),
};
const NUMBERS = numberVocabulary();

/** A word drawn with Zipf frequencies (about 1/rank): the first words of the list are common, the last rare. */
export function zipfWord(vocabulary: readonly string[]): string {
  const rank = Math.floor((vocabulary.length + 1) ** random()) - 1;
  return vocabulary[Math.min(rank, vocabulary.length - 1)] as string;
}

/** A source's language: seven in ten English, the rest French, German and Arabic. */
export function languageOf(n: number): Language {
  const slot = n % 20;
  if (slot < 14) return 'en';
  if (slot < 17) return 'fr';
  if (slot < 19) return 'de';
  return 'ar';
}

function wordIn(language: Language): string {
  const roll = random();
  // Names, places and numbers appear in every language's text; English in others' (quotes, names of things).
  if (roll < 0.03) return pick(language === 'ar' ? ARABIC_NAMES : NAMES);
  if (roll < 0.05) return zipfWord(NUMBERS);
  if (language !== 'en' && roll < 0.07) return zipfWord(VOCABULARIES.en);
  const word = zipfWord(VOCABULARIES[language]);
  // Some Arabic text carries its vowel marks on a word or two.
  if (language === 'ar' && random() < 0.05) return `${word}${pick(ARABIC_MARKS)}`;
  return word;
}

const T = '2025-01-15T10:00:00.000Z';
function paragraphOf(language: Language): RichTextDoc['content'][number] {
  const text = `${Array.from({ length: WORDS_PER_PARAGRAPH }, () => wordIn(language)).join(' ')}.`;
  return { type: 'paragraph', content: [{ type: 'text', text: text[0]?.toUpperCase() + text.slice(1) }] };
}

export function sourceOf(n: number): Source {
  const language = languageOf(n);
  const content = Array.from({ length: WORDS_PER_SOURCE / WORDS_PER_PARAGRAPH }, () => paragraphOf(language));
  return {
    id: `s-${n}`,
    dossierId: `d-${n % DOSSIERS}`,
    title: Array.from({ length: 6 }, () => wordIn(language)).join(' '),
    outlet: pick(['Le Matin', 'Hespress', 'Der Spiegel', 'El País', 'Reuters', 'Jeune Afrique', 'Al Akhbar']),
    author: `${pick(NAMES)} ${pick(NAMES)}`,
    retrievedAt: '2025-01-15',
    language,
    body: { type: 'doc', content },
    notes: n % 3 === 0 ? Array.from({ length: 30 }, () => wordIn(language)).join(' ') : '',
    marking: { scheme: 'tlp', level: 'amber' },
    grading: { reliability: 'B', credibility: 2 },
    attachmentIds: [],
    createdAt: T,
    updatedAt: T,
  };
}

function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Queries people type: a word, two words, the start of a word as typed, a word typed without its accents,
 * an Arabic word without its article, and the part of a German compound a reader remembers.
 */
export function queryOf(n: number): string {
  const language = LANGUAGES[n % 7 === 0 ? 3 : n % 5 === 0 ? 2 : n % 3 === 0 ? 1 : 0] as Language;
  const vocabulary = VOCABULARIES[language];
  switch (n % 6) {
    case 0:
    case 1:
      return zipfWord(vocabulary);
    case 2:
      return `${zipfWord(vocabulary)} ${zipfWord(vocabulary)}`;
    case 3: {
      const word = zipfWord(vocabulary);
      return word.slice(0, 3 + Math.floor(random() * 3));
    }
    case 4:
      return stripAccents(zipfWord(vocabulary)).toLowerCase();
    default:
      return language === 'ar' ? pick(ARABIC_WORDS) : pick(GERMAN_HEADS);
  }
}
