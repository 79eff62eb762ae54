export { QUOTE_INDENT, renderQuote } from './quote';
