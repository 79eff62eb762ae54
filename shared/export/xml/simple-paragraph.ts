// Paragraphs with no more than a style, a direction and an indent, which is most of a briefing: its text,
// its table cells, the Sources annex. docx's Paragraph formats its properties again for every paragraph, as
// half a dozen components; these are formatted once for each combination in use, by docx's own
// ParagraphProperties, and shared. Otherwise it is docx's Paragraph: built the same, and written by docx
// itself when it ends a section or holds an external hyperlink (docx gives the link its relationship then).

import {
  ExternalHyperlink,
  type IContext,
  type IXmlableObject,
  Paragraph,
  type ParagraphChild,
  ParagraphProperties,
  type SectionProperties,
} from 'docx';
import { freezeXml, NO_DOCUMENT, writeElement } from './written';

export interface SimpleParagraphOptions {
  readonly style?: string;
  /** Right to left; `false` or left out leaves it to the style. */
  readonly bidirectional?: boolean;
  readonly indent?: { readonly left: number };
  readonly children: readonly ParagraphChild[];
}

/** `w:pPr` for each combination in use (undefined for none), shared by every paragraph with it. */
const propertiesByKey = new Map<string, IXmlableObject | undefined>();

function paragraphProperties({ style, bidirectional, indent }: SimpleParagraphOptions) {
  const key = `${style ?? ''}|${bidirectional ? 1 : 0}|${indent?.left ?? ''}`;
  if (!propertiesByKey.has(key)) {
    const properties = new ParagraphProperties({ style, bidirectional: bidirectional || undefined, indent });
    propertiesByKey.set(key, freezeXml(properties.prepForXml(NO_DOCUMENT)));
  }
  return propertiesByKey.get(key);
}

class SimpleParagraph extends Paragraph {
  private readonly writtenProperties: IXmlableObject | undefined;
  private readonly linked: boolean;
  /** Section properties docx has added while it writes the body. */
  private sections = 0;

  constructor(options: SimpleParagraphOptions) {
    super({
      style: options.style,
      bidirectional: options.bidirectional || undefined,
      indent: options.indent,
      children: options.children,
    });
    this.writtenProperties = paragraphProperties(options);
    this.linked = this.root.some((child) => child instanceof ExternalHyperlink);
  }

  override addSectionProperties(sectionProperties: SectionProperties): void {
    this.sections += 1;
    super.addSectionProperties(sectionProperties);
  }

  override removeSectionProperties(sectionProperties: SectionProperties): void {
    this.sections -= 1;
    super.removeSectionProperties(sectionProperties);
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (this.sections > 0 || this.linked) return super.prepForXml(context);
    // root[0] holds the properties docx made; the children follow, bookmarks opened up already.
    return writeElement(this, 'w:p', this.writtenProperties, this.root, 1, context);
  }
}

/** A paragraph as `new Paragraph(options)` writes it. */
export function simpleParagraph(options: SimpleParagraphOptions): Paragraph {
  return new SimpleParagraph(options);
}
