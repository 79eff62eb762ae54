// Reads our style sheets into rules and says what in a declaration is physical (left/right) or literal
// (a colour, radius or size that belongs in the token blocks). Used by stylesheets.test.ts.

export interface CssRule {
  file: string;
  line: number;
  /** The at-rules around the rule, e.g. `@media print`; empty at the top level. */
  context: string;
  selector: string;
  declarations: { property: string; value: string; line: number }[];
}

/** The style rules of a sheet, with their at-rule context. Enough CSS for our sheets: no nesting. */
export function parseCssRules(file: string, css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const rules: CssRule[] = [];
  const contexts: { prelude: string; isAtRule: boolean }[] = [];
  let start = 0;
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"' || char === "'") {
      index = text.indexOf(char, index + 1);
      continue;
    }
    if (char === '{') {
      const prelude = text.slice(start, index).trim().replace(/\s+/g, ' ');
      contexts.push({ prelude, isAtRule: prelude.startsWith('@') });
      if (!prelude.startsWith('@')) {
        const end = text.indexOf('}', index);
        const body = text.slice(index + 1, end);
        const bodyLine = lineAt(index);
        const declarations = body
          .split(';')
          .map((part) => {
            const offset = body.indexOf(part);
            const colon = part.indexOf(':');
            return {
              property: part.slice(0, colon).trim().toLowerCase(),
              value: part
                .slice(colon + 1)
                .trim()
                .replace(/\s+/g, ' '),
              line: bodyLine + body.slice(0, offset + part.search(/\S|$/)).split('\n').length - 1,
            };
          })
          .filter((declaration) => declaration.property !== '');
        rules.push({
          file,
          line: lineAt(
            start + (text.slice(start, index).length - text.slice(start, index).trimStart().length),
          ),
          context: contexts
            .filter((context) => context.isAtRule)
            .map((context) => context.prelude)
            .join(' '),
          selector: prelude
            .split(',')
            .map((part) => part.trim())
            .join(', '),
          declarations,
        });
        contexts.pop();
        index = end;
      }
      start = index + 1;
    } else if (char === '}') {
      contexts.pop();
      start = index + 1;
    } else if (char === ';' && contexts.length === 0) {
      start = index + 1; // a statement at-rule such as @import
    }
  }
  return rules;
}

/** Token blocks may hold literal values; every other rule takes them from there. */
export const isTokenBlock = (rule: CssRule) =>
  rule.selector.split(', ').every((selector) => /^:root(\[data-theme="(dark|light)"\])?$/.test(selector));

// Properties whose physical side does not follow the writing direction.
const PHYSICAL_PROPERTY = /(^|-)(left|right)(-|$)/;
const PHYSICAL_KEYWORD_PROPERTIES = new Set(['text-align', 'float', 'clear', 'caption-side', 'resize']);
// Four-value shorthands list top, right, bottom, left: with unequal sides they are physical.
const SIDED_SHORTHANDS = new Set([
  'margin',
  'padding',
  'inset',
  'border-width',
  'border-style',
  'border-color',
  'scroll-margin',
  'scroll-padding',
]);
const NAMED_COLOURS =
  /\b(white|black|red|green|blue|yellow|orange|purple|gray|grey|silver|maroon|navy|olive|teal|aqua|fuchsia|lime|pink|brown|gold)\b/i;
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;

/** Splits a value on top-level spaces, keeping `var(...)`, `calc(...)` and friends whole. */
function valueParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ' ' && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += char;
  }
  if (current) parts.push(current);
  return parts;
}

/** What is physical about a declaration, or undefined when it follows the writing direction. */
export function physicalSide(property: string, value: string): string | undefined {
  if (property.startsWith('--')) return undefined;
  if (PHYSICAL_PROPERTY.test(property)) return `${property} (use its -inline-start/-inline-end form)`;
  if (PHYSICAL_KEYWORD_PROPERTIES.has(property) && /\b(left|right)\b/.test(value))
    return `${property}: ${value} (use start/end or inline-start/inline-end)`;
  if (SIDED_SHORTHANDS.has(property)) {
    const parts = valueParts(value.replace(/\s*!important$/, ''));
    if (parts.length === 4 && parts[1] !== parts[3])
      return `${property}: ${value} (unequal left and right: use -block and -inline)`;
  }
  if (/^border(-[a-z]+)*-radius$/.test(property) && new Set(valueParts(value)).size > 1)
    return `${property}: ${value} (corners by side: use border-start-start-radius…)`;
  return undefined;
}

/** What is literal about a declaration that should come from a token, or undefined. */
export function literalOutsideTokens(property: string, value: string): string | undefined {
  if (property.startsWith('--')) return undefined;
  const withoutVars = value.replace(/var\([^)]*\)/g, 'var()');
  if (COLOUR_LITERAL.test(withoutVars) || NAMED_COLOURS.test(withoutVars))
    return `${property}: ${value} (a colour: add a token with light and dark values)`;
  if (/radius$/.test(property) && !valueParts(value).every((part) => part === '0' || part.startsWith('var(')))
    return `${property}: ${value} (a radius: use a --radius token)`;
  if (property === 'font-size' && /\d(px|pt)\b/.test(value))
    return `${property}: ${value} (a font size: use a --text token or em)`;
  if (property === 'line-height' && /^\d*\.\d+$/.test(value))
    return `${property}: ${value} (a line height: use a --leading token)`;
  return undefined;
}
