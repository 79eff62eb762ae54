// The words an exported briefing prints around its text (contents heading, page footer, Sources annex,
// cover fields, citation words), in each of the desk's languages, and which apply to one briefing: the
// defaults of its language, with the template's own words for that language over them.

import type { Language } from '../i18n/languages';
import {
  CREDIBILITY_MEANINGS,
  type Credibility,
  type ExportLabelKey,
  type Grading,
  type Marking,
  markingLevel,
  RELIABILITY_MEANINGS,
  type Reliability,
  type Template,
} from '../model';

export type ExportLabels = Readonly<Record<ExportLabelKey, string>>;

/**
 * The defaults (docs/reference: export labels). `{page}`, `{pages}`, `{date}` and `{grading}` are filled at
 * export. Markings are never among them: TLP:AMBER or VS-NfD read the same in every language.
 */
export const DEFAULT_EXPORT_LABELS: Readonly<Record<Language, ExportLabels>> = {
  en: {
    contents: 'Contents',
    pageFooter: 'Page {page} of {pages}',
    sourcesAnnex: 'Sources',
    annex: 'Annex',
    date: 'Date',
    author: 'Author',
    reference: 'Reference',
    status: 'Status',
    draft: 'Draft',
    final: 'Final',
    distribution: 'Distribution',
    handling: 'Handling',
    retrieved: 'retrieved {date}',
    grading: 'Grading {grading}',
    annexNote:
      'Every source cited in this document, numbered as its footnotes. Grading: source reliability A–F, information credibility 1–6 (Admiralty scale).',
    sourceNumber: 'No.',
    source: 'Source',
    published: 'Published',
    gradingColumn: 'Grading',
    marking: 'Marking',
    notDated: 'not dated',
  },
  fr: {
    contents: 'Sommaire',
    pageFooter: 'Page {page} sur {pages}',
    sourcesAnnex: 'Sources',
    annex: 'Annexe',
    date: 'Date',
    author: 'Auteur',
    reference: 'Référence',
    status: 'Statut',
    draft: 'Projet',
    final: 'Version définitive',
    distribution: 'Diffusion',
    handling: 'Diffusion autorisée',
    retrieved: 'consulté le {date}',
    grading: 'Cotation {grading}',
    annexNote:
      'Toutes les sources citées dans ce document, numérotées comme leurs notes de bas de page. Cotation : fiabilité de la source A à F, crédibilité de l’information 1 à 6 (grille de l’Amirauté).',
    sourceNumber: 'N°',
    source: 'Source',
    published: 'Publication',
    gradingColumn: 'Cotation',
    marking: 'Marquage',
    notDated: 'non daté',
  },
  de: {
    contents: 'Inhalt',
    pageFooter: 'Seite {page} von {pages}',
    sourcesAnnex: 'Quellen',
    annex: 'Anlage',
    date: 'Datum',
    author: 'Verfasser',
    reference: 'Aktenzeichen',
    status: 'Status',
    draft: 'Entwurf',
    final: 'Endfassung',
    distribution: 'Verteiler',
    handling: 'Weitergabe',
    retrieved: 'abgerufen am {date}',
    grading: 'Bewertung {grading}',
    annexNote:
      'Alle in diesem Dokument zitierten Quellen, nummeriert wie ihre Fußnoten. Bewertung: Zuverlässigkeit der Quelle A–F, Glaubwürdigkeit der Information 1–6 (Admiralty-Skala).',
    sourceNumber: 'Nr.',
    source: 'Quelle',
    published: 'Veröffentlicht',
    gradingColumn: 'Bewertung',
    marking: 'Einstufung',
    notDated: 'ohne Datum',
  },
  ar: {
    contents: 'المحتويات',
    pageFooter: 'صفحة {page} من {pages}',
    sourcesAnnex: 'المصادر',
    annex: 'ملحق',
    date: 'التاريخ',
    author: 'المُعِدّ',
    reference: 'المرجع',
    status: 'الحالة',
    draft: 'مسودة',
    final: 'نهائية',
    distribution: 'التوزيع',
    handling: 'التداول',
    retrieved: 'تاريخ الاطلاع {date}',
    grading: 'التقييم {grading}',
    annexNote:
      'جميع المصادر المستشهد بها في هذه الوثيقة، مرقّمة كحواشيها. التقييم: موثوقية المصدر من A إلى F، ومصداقية المعلومة من 1 إلى 6 (سلّم الأميرالية).',
    sourceNumber: 'الرقم',
    source: 'المصدر',
    published: 'تاريخ النشر',
    gradingColumn: 'التقييم',
    marking: 'التصنيف',
    notDated: 'غير مؤرّخ',
  },
};

/**
 * The labels for a briefing in `language` laid out by `template`: the defaults, then the template's words
 * for that language. A template's own page-number pattern counts for the language it is written in.
 */
export function exportLabels(language: Language, template: Template): ExportLabels {
  const own = language === template.language ? { pageFooter: template.footer.pageNumbers } : {};
  return { ...DEFAULT_EXPORT_LABELS[language], ...own, ...template.translations[language]?.labels };
}

/** A label with its `{name}` values filled in. */
export function fillLabel(label: string, values: Readonly<Record<string, string>>): string {
  return label.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

type GradingWords = {
  readonly reliability: Readonly<Record<Reliability, string>>;
  /** As it follows the reliability after a semicolon: "usually reliable; probably true". */
  readonly credibility: Readonly<Record<Credibility, string>>;
};

/** The Admiralty scale's words in the Sources annex, as each desk's grading handbook writes them. */
const GRADING_WORDS: Readonly<Record<Exclude<Language, 'en'>, GradingWords>> = {
  fr: {
    reliability: {
      A: 'Totalement fiable',
      B: 'Habituellement fiable',
      C: 'Assez fiable',
      D: 'Habituellement peu fiable',
      E: 'Peu fiable',
      F: 'Fiabilité impossible à évaluer',
    },
    credibility: {
      1: 'confirmée par d’autres sources',
      2: 'probablement vraie',
      3: 'possiblement vraie',
      4: 'douteuse',
      5: 'improbable',
      6: 'véracité impossible à évaluer',
    },
  },
  de: {
    reliability: {
      A: 'Völlig zuverlässig',
      B: 'Normalerweise zuverlässig',
      C: 'Ziemlich zuverlässig',
      D: 'Normalerweise nicht zuverlässig',
      E: 'Nicht zuverlässig',
      F: 'Zuverlässigkeit nicht beurteilbar',
    },
    credibility: {
      1: 'durch andere Quellen bestätigt',
      2: 'wahrscheinlich zutreffend',
      3: 'möglicherweise zutreffend',
      4: 'zweifelhaft',
      5: 'unwahrscheinlich',
      6: 'Wahrheitsgehalt nicht beurteilbar',
    },
  },
  ar: {
    reliability: {
      A: 'موثوق تماماً',
      B: 'موثوق عادةً',
      C: 'موثوق إلى حدّ ما',
      D: 'غير موثوق عادةً',
      E: 'غير موثوق',
      F: 'لا يمكن تقدير موثوقيته',
    },
    credibility: {
      1: 'مؤكَّدة من مصادر أخرى',
      2: 'صحيحة على الأرجح',
      3: 'قد تكون صحيحة',
      4: 'مشكوك فيها',
      5: 'مستبعَدة',
      6: 'لا يمكن تقدير صحتها',
    },
  },
};

/** French sets a thin no-break space before it; Arabic has its own. */
const SEMICOLON: Readonly<Record<Exclude<Language, 'en'>, string>> = { fr: '\u202f;', de: ';', ar: '؛' };

/** "Usually reliable; probably true" in the briefing's language, for the Sources annex. */
export function gradingMeaning(grading: Grading, language: Language): string {
  if (language === 'en') {
    return `${RELIABILITY_MEANINGS[grading.reliability]}; ${CREDIBILITY_MEANINGS[grading.credibility].toLowerCase()}`;
  }
  const words = GRADING_WORDS[language];
  return `${words.reliability[grading.reliability]}${SEMICOLON[language]} ${words.credibility[grading.credibility]}`;
}

/**
 * What each marking level means, printed on the cover beside the marking (which itself is never
 * translated), as the interface says it in each language (renderer/i18n/locales/<language>/markings.json;
 * a test keeps the two the same). English is the model's own wording.
 */
const MARKING_MEANINGS: Readonly<Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    'tlp-clear': 'Public : la diffusion n’est pas limitée.',
    'tlp-green': 'Communauté : peut être partagé au sein de la communauté, pas rendu public.',
    'tlp-amber': 'Organisation du destinataire et ses clients, selon le besoin d’en connaître.',
    'tlp-amber-strict': 'Organisation du destinataire uniquement.',
    'tlp-red': 'Destinataires nommément désignés uniquement.',
    'uk-official': 'Affaires courantes du gouvernement ; le marquage est facultatif sur la page.',
    'uk-official-sensitive':
      'OFFICIAL nécessitant une attention particulière : ne partager qu’avec ceux qui ont besoin d’en connaître.',
    'uk-secret': 'Doit être protégé contre des menaces compétentes et déterminées.',
    'uk-top-secret':
      'Le plus sensible : une compromission pourrait causer un préjudice exceptionnellement grave.',
    'de-vs-nfd':
      'Usage officiel uniquement : la divulgation à des personnes non autorisées pourrait être préjudiciable à l’État.',
    'de-vs-vertraulich':
      'Confidentiel : la divulgation à des personnes non autorisées pourrait nuire aux intérêts de l’État.',
    'de-geheim':
      'Secret : la divulgation pourrait mettre en danger la sécurité de l’État ou nuire gravement à ses intérêts.',
    'de-streng-geheim':
      'Très secret : la divulgation pourrait mettre en danger l’existence ou les intérêts vitaux de l’État.',
  },
  de: {
    'tlp-clear': 'Öffentlich: Weitergabe nicht beschränkt.',
    'tlp-green': 'Community: darf innerhalb der Community geteilt, aber nicht veröffentlicht werden.',
    'tlp-amber':
      'Organisation des Empfängers und deren Kunden, nach dem Grundsatz „Kenntnis nur, wenn nötig“.',
    'tlp-amber-strict': 'Nur die Organisation des Empfängers.',
    'tlp-red': 'Nur namentlich genannte Empfänger.',
    'uk-official': 'Routinemäßige Regierungsgeschäfte; die Kennzeichnung auf der Seite ist freiwillig.',
    'uk-official-sensitive': 'OFFICIAL mit besonderer Sorgfalt: nur mit denen teilen, die es wissen müssen.',
    'uk-secret': 'Muss gegen fähige, entschlossene Bedrohungen geschützt werden.',
    'uk-top-secret':
      'Höchst sensibel: eine Kompromittierung könnte außergewöhnlich schweren Schaden verursachen.',
    'de-vs-nfd':
      'Nur für den Dienstgebrauch: Kenntnisnahme durch Unbefugte kann für die Interessen des Staates nachteilig sein.',
    'de-vs-vertraulich':
      'Vertraulich: Kenntnisnahme durch Unbefugte kann den Interessen des Staates schaden.',
    'de-geheim':
      'Geheim: Kenntnisnahme durch Unbefugte kann die Sicherheit des Staates gefährden oder seinen Interessen schweren Schaden zufügen.',
    'de-streng-geheim':
      'Streng geheim: Kenntnisnahme durch Unbefugte kann den Bestand oder lebenswichtige Interessen des Staates gefährden.',
  },
  ar: {
    'tlp-clear': 'عام: الإفصاح غير مقيَّد.',
    'tlp-green': 'المجتمع: يجوز تداوله داخل المجتمع، دون نشره للعموم.',
    'tlp-amber': 'مؤسسة المتلقّي وعملاؤها، على أساس الحاجة إلى المعرفة.',
    'tlp-amber-strict': 'مؤسسة المتلقّي فقط.',
    'tlp-red': 'المتلقّون المسمَّون فقط.',
    'uk-official': 'أعمال حكومية اعتيادية؛ وضع التصنيف على الصفحة اختياري.',
    'uk-official-sensitive': 'OFFICIAL يحتاج عناية إضافية: لا يُشارك إلا مع من يحتاج إلى معرفته.',
    'uk-secret': 'يحتاج إلى حماية من تهديدات قادرة ومصمِّمة.',
    'uk-top-secret': 'الأشد حساسية: قد يسبب الاختراق ضررًا بالغ الخطورة.',
    'de-vs-nfd': 'للاستخدام الرسمي فقط: قد يضرّ الإفصاح لغير المخوَّلين بمصالح الدولة.',
    'de-vs-vertraulich': 'سرّي: قد يضرّ الإفصاح لغير المخوَّلين بمصالح الدولة.',
    'de-geheim': 'سرّي للغاية: قد يعرّض الإفصاح أمن الدولة للخطر أو يضرّ بمصالحها ضررًا جسيمًا.',
    'de-streng-geheim': 'سرّي جدًا: قد يعرّض الإفصاح وجود الدولة أو مصالحها الحيوية للخطر.',
  },
};

/** "TLP:AMBER: Recipient's organisation and its clients…" in the briefing's language, for the cover. */
export function markingCaveat(marking: Marking, language: Language): string {
  const level = markingLevel(marking);
  const meaning =
    language === 'en'
      ? level.meaning
      : (MARKING_MEANINGS[language][`${marking.scheme}-${level.id}`] ?? level.meaning);
  return `${level.label}: ${meaning}${level.printNote ? ` (${level.printNote})` : ''}`;
}
