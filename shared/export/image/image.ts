// Images: the attachment's bytes at the size the author gave them (or their own size), shrunk to fit the
// text width if need be, with their alt text and title in the picture's properties for screen readers.
// An image whose bytes are missing or in a format Word cannot show leaves a visible note instead.

import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import type { ImageNode } from '../../model';
import type { Placement, RenderContext } from '../render-context';
import { STYLE } from '../style-ids';
import { twipsToPx } from '../units';
import { readImageFile } from './image-file';

/** The tallest an image may be, in pixels: most of an A4 or Letter page's text height. */
const MAX_HEIGHT_PX = 820;

/** Width and height in pixels: the author's, else the file's, keeping the aspect ratio, within the bounds. */
export function imageSize(
  attrs: Pick<ImageNode['attrs'], 'width' | 'height'>,
  natural: { width: number; height: number },
  maxWidth: number,
  maxHeight = MAX_HEIGHT_PX,
): { width: number; height: number } {
  const aspect = natural.width > 0 && natural.height > 0 ? natural.height / natural.width : 0.75;
  let width = attrs.width ?? (attrs.height ? attrs.height / aspect : natural.width || 400);
  let height = attrs.height ?? width * aspect;
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  width *= scale;
  height *= scale;
  return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
}

function missingImage(text: string, placement: Placement): Paragraph {
  return new Paragraph({
    style: STYLE.figure,
    indent: placement.indent > 0 ? { left: placement.indent } : undefined,
    children: [new TextRun({ text, italics: true })],
  });
}

export function renderImage(node: ImageNode, ctx: RenderContext, placement: Placement): Paragraph {
  const { attachmentId, alt, title } = node.attrs;
  const name = ctx.attachments.get(attachmentId)?.name ?? 'image';
  const label = alt?.trim() || title?.trim() || name;
  const bytes = ctx.readAttachment(attachmentId);
  if (!bytes) {
    ctx.warnings.push({
      code: 'IMAGE_MISSING',
      message: `The image "${label}" is not in the dossier's files; the document says so in its place.`,
    });
    return missingImage(`[Image not available: ${label}]`, placement);
  }
  const file = readImageFile(bytes);
  if (!file) {
    ctx.warnings.push({
      code: 'IMAGE_UNSUPPORTED',
      message: `The image "${label}" is not a PNG, JPEG, GIF or BMP file, which Word needs; the document says so in its place.`,
    });
    return missingImage(`[Image in a format Word cannot show: ${label}]`, placement);
  }
  const size = imageSize(node.attrs, file, twipsToPx(placement.width));
  return new Paragraph({
    style: STYLE.figure,
    alignment: placement.cell ? AlignmentType.LEFT : AlignmentType.CENTER,
    indent: placement.indent > 0 ? { left: placement.indent } : undefined,
    children: [
      new ImageRun({
        type: file.format,
        data: bytes,
        transformation: size,
        altText: { name: title?.trim() || name, description: alt ?? '', title: title ?? '' },
      }),
    ],
  });
}
