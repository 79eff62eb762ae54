// The renderer's style sheets keep their own rules: one definition per selector, logical properties only
// (so `dir="rtl"` mirrors the layout with no second sheet), and colours, radii and font sizes only from the
// token blocks (`:root` and `:root[data-theme="dark"]`, and their print values).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CssRule, isTokenBlock, literalOutsideTokens, parseCssRules, physicalSide } from './css-rules';

const STYLES = path.resolve(__dirname, '../../../../renderer/styles');

const sheets = readdirSync(STYLES)
  .filter((name) => name.endsWith('.css'))
  .sort()
  .map((name) => ({ name, css: readFileSync(path.join(STYLES, name), 'utf8') }));
const rules = sheets.flatMap(({ name, css }) => parseCssRules(name, css));
const where = (rule: CssRule, line = rule.line) => `${rule.file}:${line} ${rule.selector}`;

describe('the style sheets', () => {
  it('are read (app, editor, ingest and templates)', () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'app.css',
      'editor.css',
      'ingest.css',
      'templates.css',
    ]);
    expect(rules.length).toBeGreaterThan(300);
  });

  it('define each selector once, across all sheets', () => {
    const seen = new Map<string, CssRule>();
    const repeats: string[] = [];
    for (const rule of rules) {
      if (rule.context.startsWith('@keyframes')) continue;
      const key = `${rule.context} ${rule.selector}`;
      const first = seen.get(key);
      if (first) repeats.push(`${where(rule)} repeats ${first.file}:${first.line}`);
      else seen.set(key, rule);
    }
    expect(repeats).toEqual([]);
  });

  it('use no physical left or right, so a right-to-left page needs no second sheet', () => {
    const physical = rules.flatMap((rule) =>
      rule.declarations.flatMap((declaration) => {
        const problem = physicalSide(declaration.property, declaration.value);
        return problem ? [`${where(rule, declaration.line)}: ${problem}`] : [];
      }),
    );
    expect(physical).toEqual([]);
  });

  it('take colours, radii, font sizes and line heights from the tokens', () => {
    const literals = rules
      .filter((rule) => !isTokenBlock(rule))
      .flatMap((rule) =>
        rule.declarations.flatMap((declaration) => {
          const problem = literalOutsideTokens(declaration.property, declaration.value);
          return problem ? [`${where(rule, declaration.line)}: ${problem}`] : [];
        }),
      );
    expect(literals).toEqual([]);
  });

  it('use only custom properties that a token block defines', () => {
    const defined = new Set(
      rules
        .filter(isTokenBlock)
        .flatMap((rule) =>
          rule.declarations
            .filter((declaration) => declaration.property.startsWith('--'))
            .map((d) => d.property),
        ),
    );
    const undefinedUses = rules.flatMap((rule) =>
      rule.declarations.flatMap((declaration) =>
        [...declaration.value.matchAll(/var\((--[\w-]+)/g)]
          .map((match) => match[1] as string)
          .filter((name) => !defined.has(name))
          .map((name) => `${where(rule, declaration.line)}: ${name}`),
      ),
    );
    expect(undefinedUses).toEqual([]);
  });

  it('give every status colour a dark value', () => {
    const lightTokens = new Set(
      rules
        .filter((rule) => rule.context === '' && rule.selector === ':root')
        .flatMap((rule) => rule.declarations.map((declaration) => declaration.property)),
    );
    const darkTokens = new Set(
      rules
        .filter((rule) => rule.context === '' && rule.selector === ':root[data-theme="dark"]')
        .flatMap((rule) => rule.declarations.map((declaration) => declaration.property)),
    );
    for (const status of ['--ok', '--warn', '--error', '--info']) {
      expect(lightTokens, status).toContain(status);
      expect(darkTokens, status).toContain(status);
    }
  });
});

describe('the checks themselves', () => {
  it('catch physical properties and keywords, and let logical ones through', () => {
    expect(physicalSide('margin-left', '8px')).toBeDefined();
    expect(physicalSide('padding-right', '4px')).toBeDefined();
    expect(physicalSide('left', '0')).toBeDefined();
    expect(physicalSide('border-left', '3px solid var(--border)')).toBeDefined();
    expect(physicalSide('border-right-width', '0')).toBeDefined();
    expect(physicalSide('text-align', 'left')).toBeDefined();
    expect(physicalSide('float', 'right')).toBeDefined();
    expect(physicalSide('padding', '2px 12px 2px 16px')).toBeDefined();
    expect(physicalSide('border-radius', '4px 0 0 4px')).toBeDefined();
    expect(physicalSide('margin-inline-start', '8px')).toBeUndefined();
    expect(physicalSide('text-align', 'start')).toBeUndefined();
    expect(physicalSide('float', 'inline-end')).toBeUndefined();
    expect(physicalSide('padding', '2px 12px 2px 12px')).toBeUndefined();
    expect(physicalSide('margin', '0 auto')).toBeUndefined();
  });

  it('catch literal colours, radii and sizes, and let tokens through', () => {
    expect(literalOutsideTokens('background', '#3a8a4f')).toBeDefined();
    expect(
      literalOutsideTokens('background', 'color-mix(in srgb, #c9a227 22%, var(--surface))'),
    ).toBeDefined();
    expect(literalOutsideTokens('border', '1px solid rgb(0 0 0 / 0.25)')).toBeDefined();
    expect(literalOutsideTokens('color', 'white')).toBeDefined();
    expect(literalOutsideTokens('border-radius', '8px')).toBeDefined();
    expect(literalOutsideTokens('font-size', '12px')).toBeDefined();
    expect(literalOutsideTokens('line-height', '1.45')).toBeDefined();
    expect(literalOutsideTokens('color', 'var(--ok)')).toBeUndefined();
    expect(
      literalOutsideTokens('background', 'color-mix(in srgb, var(--warn) 22%, transparent)'),
    ).toBeUndefined();
    expect(literalOutsideTokens('border-radius', 'var(--radius-lg)')).toBeUndefined();
    expect(literalOutsideTokens('font-size', '0.86em')).toBeUndefined();
  });

  it('find a selector repeated in another at-rule context as a different rule', () => {
    const parsed = parseCssRules(
      'x.css',
      '.a { color: var(--text); }\n@media print {\n  .a { display: none; }\n}',
    );
    expect(parsed.map((rule) => [rule.context, rule.selector, rule.line])).toEqual([
      ['', '.a', 1],
      ['@media print', '.a', 3],
    ]);
  });
});
