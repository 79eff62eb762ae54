export { HEADING_NUMBERING_REFERENCE, headingNumbering, renderHeading } from './heading';
