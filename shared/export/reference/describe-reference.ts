// What an office template looks like, in a few facts the Templates view shows beside its page sketch: the
// fonts, the colours, the paper and margins, the header's and footer's text and its logo.

import type { OfficeReference, ReferenceImage } from './read-reference';
import { attribute, findElement, findElements, plainTextOf } from './xml-text';

export interface OfficeReferenceLook {
  readonly bodyFont?: string;
  readonly headingFont?: string;
  /** `#RRGGBB`, when Heading 1 names a colour. */
  readonly heading1Color?: string;
  /** The theme's accent colours, `#RRGGBB`. */
  readonly themeColors: readonly string[];
  /** Millimetres, rounded to a tenth. */
  readonly page?: {
    readonly width: number;
    readonly height: number;
    readonly margins: {
      readonly top: number;
      readonly right: number;
      readonly bottom: number;
      readonly left: number;
    };
  };
  readonly headerText: string;
  readonly footerText: string;
  readonly logo?: ReferenceImage;
}

const mm = (twips: number) => Math.round((twips / 1440) * 254) / 10;

function styleXml(styles: string, id: string): string | undefined {
  return findElements(styles, 'w:style').find(({ openTag }) => attribute(openTag, 'w:styleId') === id)?.xml;
}

/** A font named in `w:rFonts`, or the theme's major or minor font it points to. */
function fontOf(xml: string | undefined, theme: string | undefined): string | undefined {
  const fonts = xml ? findElement(xml, 'w:rFonts')?.openTag : undefined;
  if (!fonts) return undefined;
  const named = attribute(fonts, 'w:ascii') ?? attribute(fonts, 'w:hAnsi');
  if (named) return named;
  const themed = attribute(fonts, 'w:asciiTheme') ?? attribute(fonts, 'w:hAnsiTheme');
  if (!themed || !theme) return undefined;
  const scheme = findElement(theme, themed.startsWith('major') ? 'a:majorFont' : 'a:minorFont');
  const latin = scheme ? findElement(scheme.inner, 'a:latin') : undefined;
  return latin ? attribute(latin.openTag, 'typeface') || undefined : undefined;
}

function colorOf(xml: string | undefined): string | undefined {
  const color = xml ? findElement(xml, 'w:color')?.openTag : undefined;
  const value = color ? attribute(color, 'w:val') : undefined;
  return value && /^[0-9A-Fa-f]{6}$/.test(value) ? `#${value.toUpperCase()}` : undefined;
}

export function describeOfficeReference(reference: OfficeReference): OfficeReferenceLook {
  const styles = reference.styles ?? '';
  const theme = reference.theme;
  const defaults = findElement(styles, 'w:docDefaults')?.xml;
  const normal = styleXml(styles, 'Normal');
  const heading1 = styleXml(styles, 'Heading1');
  const bodyFont = fontOf(normal, theme) ?? fontOf(defaults, theme) ?? themeFont(theme, 'a:minorFont');
  const themeColors = theme
    ? [1, 2, 3, 4, 5, 6].flatMap((n) => {
        const accent = findElement(theme, `a:accent${n}`);
        const rgb = accent ? findElement(accent.inner, 'a:srgbClr') : undefined;
        const value = rgb ? attribute(rgb.openTag, 'val') : undefined;
        return value && /^[0-9A-Fa-f]{6}$/.test(value) ? [`#${value.toUpperCase()}`] : [];
      })
    : [];
  const page = reference.page;
  return {
    bodyFont,
    headingFont: fontOf(heading1, theme) ?? themeFont(theme, 'a:majorFont') ?? bodyFont,
    heading1Color: colorOf(heading1),
    themeColors,
    page: page && {
      width: mm(page.width),
      height: mm(page.height),
      margins: {
        top: mm(page.margin.top),
        right: mm(page.margin.right),
        bottom: mm(page.margin.bottom),
        left: mm(page.margin.left),
      },
    },
    headerText: reference.header ? paragraphsText(reference.header.body) : '',
    footerText: reference.footer ? paragraphsText(reference.footer.body) : '',
    logo: reference.header?.images[0] ?? reference.footer?.images[0],
  };
}

function themeFont(theme: string | undefined, scheme: 'a:majorFont' | 'a:minorFont'): string | undefined {
  const element = theme ? findElement(theme, scheme) : undefined;
  const latin = element ? findElement(element.inner, 'a:latin') : undefined;
  return latin ? attribute(latin.openTag, 'typeface') || undefined : undefined;
}

function paragraphsText(body: string): string {
  return findElements(body, 'w:p')
    .map((paragraph) => plainTextOf(paragraph.xml).trim())
    .filter(Boolean)
    .join('\n');
}
