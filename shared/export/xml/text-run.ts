// A run of text written as the XML docx's TextRun writes for it, built once. A long briefing has tens of
// thousands of runs; for each, TextRun builds half a dozen components (the run, its properties, one per
// property, the text and its attributes) only to turn them back into this same XML when the file is packed.
// The properties are docx's own RunProperties, formatted once for each format in use.

import { BaseXmlComponent, type IXmlableObject, type ParagraphChild, RunProperties } from 'docx';
import { freezeXml, NO_DOCUMENT } from './written';

/** The run formatting the export uses; `false` or left out means not set. */
export interface RunFormat {
  /** A character style id. */
  readonly style?: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly strike?: boolean;
  /** A single underline. */
  readonly underline?: boolean;
  readonly rightToLeft?: boolean;
}

/** `w:rPr` for each format in use (undefined for none), shared by every run with that format. */
const propertiesByFormat = new Map<string, IXmlableObject | undefined>();

function runProperties(format: RunFormat): IXmlableObject | undefined {
  const { style, bold, italics, strike, underline, rightToLeft } = format;
  const key = `${style ?? ''}|${[bold, italics, strike, underline, rightToLeft].map((on) => (on ? 1 : 0)).join('')}`;
  if (!propertiesByFormat.has(key)) {
    const properties = new RunProperties({
      style,
      bold: bold || undefined,
      italics: italics || undefined,
      strike: strike || undefined,
      underline: underline ? {} : undefined,
      rightToLeft: rightToLeft || undefined,
    });
    propertiesByFormat.set(key, freezeXml(properties.prepForXml(NO_DOCUMENT)));
  }
  return propertiesByFormat.get(key);
}

const PRESERVE_SPACE = freezeXml({ _attr: { 'xml:space': 'preserve' } });

class XmlTextRun extends BaseXmlComponent {
  private readonly xml: IXmlableObject;

  constructor(text: string, format: RunFormat) {
    super('w:r');
    const content = { 'w:t': [PRESERVE_SPACE, text] };
    const properties = runProperties(format);
    this.xml = { 'w:r': properties ? [properties, content] : [content] };
  }

  prepForXml(): IXmlableObject {
    return this.xml;
  }
}

/** A run of text, as `new TextRun({ text, ...format })` writes it. */
export function textRun(text: string, format: RunFormat = {}): ParagraphChild {
  // docx writes any component among a paragraph's or hyperlink's children by its prepForXml, but types the
  // children as its own classes.
  return new XmlTextRun(text, format) as unknown as ParagraphChild;
}
