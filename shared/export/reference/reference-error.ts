// What can be wrong with an office's Word file offered as a reference document: each refusal has a code and
// says what to do; what is only removed (macros, external links) is a notice, and the rest is still used.

import { DeskError } from '../../errors';

export type ReferenceErrorCode =
  /** Larger than any house template needs to be. */
  | 'REFERENCE_TOO_LARGE'
  /** Not a Word document or template (.docx, .dotx; .docm/.dotm are read with their macros left out). */
  | 'REFERENCE_NOT_WORD'
  /** The ZIP or its XML is broken. */
  | 'REFERENCE_DAMAGED'
  /** Entries that inflate far more than real content does, or too many of them. */
  | 'REFERENCE_ZIP_BOMB'
  /** XML with a DOCTYPE or entity declarations, which Word never writes and parsers can be attacked with. */
  | 'REFERENCE_XML_UNSAFE'
  /** A picture in the header or footer too large in bytes or pixels for a logo. */
  | 'REFERENCE_IMAGE_TOO_LARGE';

export class ReferenceDocumentError extends DeskError<ReferenceErrorCode> {
  override readonly name = 'ReferenceDocumentError';
}

export const ADVICE_SAVE_AGAIN =
  'Open the template in Word or LibreOffice, save it again as a Word template (.dotx), and add that file.';

/** Something left out of the reference document; it is used without it. */
export interface ReferenceNotice {
  readonly code: 'MACROS_REMOVED' | 'EXTERNAL_LINKS_REMOVED' | 'IMAGE_LEFT_OUT';
  readonly message: string;
}
