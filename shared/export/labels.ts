// The words an exported briefing prints around its text (contents heading, page footer, Sources annex,
// cover fields, citation words), in each of the desk's languages, and which apply to one briefing: the
// defaults of its language, with the template's own words for that language over them.

import type { Language } from '../i18n/languages';
import type { ExportLabelKey, Template } from '../model';

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
