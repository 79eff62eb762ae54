export { type RunBase, renderInline } from './inline';
export { type ParagraphExtras, placementProperties, renderParagraph } from './paragraph';
export { hasRightToLeftText, isRightToLeftParagraph, paragraphRunsRightToLeft } from './text-direction';
