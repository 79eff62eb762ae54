// A small drawing of a page in an office template's look: its paper's shape and margins, the marking lines
// at the very top and bottom, its logo and header and footer text, a heading in its colour and font, and
// body lines in its body font. Enough to recognise the template, not a rendering of it.

import { useEffect, useMemo } from 'react';
import type { OfficeReferenceLook } from '../../shared/export/reference/describe-reference';
import { useT } from '../i18n';

const MIME = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp' } as const;
/** Sketch width in CSS pixels; the height follows the paper. */
const WIDTH = 180;

/** A font name as a CSS font-family, with a generic fallback; names are XML text, so quotes are removed. */
function family(name: string | undefined, generic: string): string {
  return name ? `"${name.replace(/["\\]/g, '')}", ${generic}` : generic;
}

export function PageSketch({ look, name }: { look: OfficeReferenceLook; name: string }) {
  const t = useT('templates');
  const logoUrl = useMemo(
    () =>
      look.logo
        ? URL.createObjectURL(
            new Blob([look.logo.bytes as Uint8Array<ArrayBuffer>], { type: MIME[look.logo.format] }),
          )
        : undefined,
    [look.logo],
  );
  useEffect(() => () => (logoUrl ? URL.revokeObjectURL(logoUrl) : undefined), [logoUrl]);
  const page = look.page ?? {
    width: 210,
    height: 297,
    margins: { top: 25, right: 25, bottom: 25, left: 25 },
  };
  const scale = WIDTH / page.width;
  const serif =
    /serif|times|roman|garamond|georgia|cambria/i.test(look.bodyFont ?? '') &&
    !/sans/i.test(look.bodyFont ?? '');
  return (
    <figure
      className="page-sketch"
      role="img"
      aria-label={t('card.preview', { name })}
      style={{
        width: WIDTH,
        height: Math.round(page.height * scale),
        paddingBlockStart: Math.round(page.margins.top * scale * 0.5),
        paddingBlockEnd: Math.round(page.margins.bottom * scale * 0.5),
        paddingInlineStart: Math.round(page.margins.left * scale),
        paddingInlineEnd: Math.round(page.margins.right * scale),
      }}
    >
      <div className="page-sketch-marking" title={t('sketch.marking')} />
      {logoUrl && <img className="page-sketch-logo" src={logoUrl} alt={t('card.logo')} />}
      {look.headerText && <p className="page-sketch-furniture">{look.headerText}</p>}
      <div
        className="page-sketch-body"
        style={{ fontFamily: family(look.bodyFont, serif ? 'serif' : 'sans-serif') }}
      >
        <p
          className="page-sketch-heading"
          style={{
            color: look.heading1Color,
            fontFamily: family(look.headingFont, serif ? 'serif' : 'sans-serif'),
          }}
        >
          {t('sketch.heading')}
        </p>
        <p className="page-sketch-text">{t('sketch.body')}</p>
      </div>
      {look.footerText && <p className="page-sketch-furniture page-sketch-footer">{look.footerText}</p>}
      <div className="page-sketch-marking" title={t('sketch.marking')} />
    </figure>
  );
}
