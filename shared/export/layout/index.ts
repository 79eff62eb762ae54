export { layOutContentsPages, type PageLayoutInput } from './page-layout';
export { type FontFace, singleLineHeight, textWidth } from './text-measure';
