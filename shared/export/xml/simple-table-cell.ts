// Table cells with no more than a width and a shading, nearly every cell of a briefing's tables and of its
// Sources annex. docx's TableCell formats its properties again for every cell; these are formatted once for
// each width and shading in use, by docx itself, and shared. Otherwise it is docx's TableCell: built the
// same, laid out in its table the same (its width is its own, so the table leaves it as it is).

import { type IContext, type IXmlableObject, type Paragraph, type Table, TableCell, WidthType } from 'docx';
import { freezeXml, NO_DOCUMENT, writeElement } from './written';

export interface SimpleTableCellOptions {
  /** Twips. */
  readonly width: number;
  /** A fill colour, RRGGBB. */
  readonly shading?: string;
  readonly children: readonly (Paragraph | Table)[];
}

const cellOptions = ({ width, shading }: Pick<SimpleTableCellOptions, 'width' | 'shading'>) => ({
  width: { size: width, type: WidthType.DXA },
  shading: shading === undefined ? undefined : { fill: shading },
});

/** `w:tcPr` for each width and shading in use, shared by every cell with them. */
const propertiesByKey = new Map<string, IXmlableObject | undefined>();

function cellProperties(options: SimpleTableCellOptions): IXmlableObject | undefined {
  const key = `${options.width}|${options.shading ?? ''}`;
  if (!propertiesByKey.has(key)) {
    // An empty cell as docx writes it: its properties, then the paragraph docx gives a cell without one.
    const empty = new TableCell({ ...cellOptions(options), children: [] }).prepForXml(NO_DOCUMENT);
    const [first] = (empty?.['w:tc'] ?? []) as IXmlableObject[];
    propertiesByKey.set(key, first && 'w:tcPr' in first ? freezeXml(first) : undefined);
  }
  return propertiesByKey.get(key);
}

class SimpleTableCell extends TableCell {
  private readonly writtenProperties: IXmlableObject | undefined;
  /** docx adds a paragraph to a cell that does not end with one, as Word requires; it writes such a cell. */
  private readonly endsWithParagraph: boolean;

  constructor(options: SimpleTableCellOptions) {
    const { width, shading } = cellOptions(options);
    super({ width, shading, children: options.children as (Paragraph | Table)[] });
    this.writtenProperties = cellProperties(options);
    // As docx tells, by the element: root[0] is the properties, so a cell without children ends with them.
    this.endsWithParagraph = (this.root[this.root.length - 1] as { rootKey?: string }).rootKey === 'w:p';
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (!this.endsWithParagraph) return super.prepForXml(context);
    // root[0] holds the properties docx made; the children follow.
    return writeElement(this, 'w:tc', this.writtenProperties, this.root, 1, context);
  }
}

/** A table cell as `new TableCell({ width: { size: width, type: WidthType.DXA }, shading: { fill } })` writes it. */
export function simpleTableCell(options: SimpleTableCellOptions): TableCell {
  return new SimpleTableCell(options);
}
