export { HEADING_NUMBERING_REFERENCE, headingNumbering, renderHeading } from './heading';
export { type HeadingNumberer, headingNumberer } from './heading-number';
