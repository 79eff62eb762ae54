import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeOfficeReference,
  packOfficeReference,
  ReferenceDocumentError,
  readOfficeReference,
} from '../../../../../shared/export/reference';
import {
  generateHostileReferences,
  type HostileReference,
} from '../../../../fixtures/hostile/reference-documents';
import { OFFICE_REFERENCE } from '../../../../fixtures/reference/make-office-reference';

const officeBytes = () => new Uint8Array(readFileSync(OFFICE_REFERENCE.file));

describe('readOfficeReference on the LibreOffice-made office template', () => {
  it('keeps its styles, page setup, header with logo and footer text', async () => {
    const reference = await readOfficeReference(officeBytes());
    expect(reference.notices).toEqual([]);
    expect(reference.styles).toContain('w:styleId="Heading1"');
    expect(reference.page).toMatchObject({
      width: OFFICE_REFERENCE.page.width,
      height: OFFICE_REFERENCE.page.height,
    });
    expect(reference.page?.margin.left).toBe(OFFICE_REFERENCE.page.margin);
    expect(reference.page?.margin.right).toBe(OFFICE_REFERENCE.page.margin);
    expect(reference.header?.images).toHaveLength(1);
    expect(reference.header?.images[0]).toMatchObject({ format: 'png', width: 120, height: 40 });
    expect(reference.header?.body).toContain(OFFICE_REFERENCE.headerText);
    expect(reference.footer?.body).toContain(OFFICE_REFERENCE.footerText);
  });

  it('describes its look for the Templates view', async () => {
    const look = describeOfficeReference(await readOfficeReference(officeBytes()));
    expect(look.bodyFont).toBe(OFFICE_REFERENCE.bodyFont);
    expect(look.heading1Color).toBe(`#${OFFICE_REFERENCE.heading1Color}`);
    expect(look.page).toEqual({
      width: 210,
      height: 297,
      margins: expect.objectContaining({ left: 30, right: 30 }),
    });
    expect(look.headerText).toBe(OFFICE_REFERENCE.headerText);
    expect(look.footerText).toBe(OFFICE_REFERENCE.footerText);
    expect(look.logo?.format).toBe('png');
  });

  it('packs into a small clean template that reads back the same, which unzip accepts', async () => {
    const reference = await readOfficeReference(officeBytes());
    const packed = packOfficeReference(reference);
    const again = await readOfficeReference(packed);
    expect(again).toEqual(reference);
    expect(Object.keys(unzipSync(packed)).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'word/_rels/document.xml.rels',
        'word/_rels/footer1.xml.rels',
        'word/_rels/header1.xml.rels',
        'word/document.xml',
        'word/footer1.xml',
        'word/header1.xml',
        'word/media/header1-image1.png',
        'word/styles.xml',
      ].sort(),
    );
  });
});

describe('readOfficeReference on hostile files', () => {
  let fixtures: HostileReference[];
  beforeAll(() => {
    fixtures = generateHostileReferences();
  });

  it('refuses each refusable fixture with its code and a message saying what to do', async () => {
    const refusable = fixtures.filter((fixture) => fixture.refusedWith);
    expect(refusable.map((fixture) => fixture.name)).toEqual([
      'zip-bomb.dotx',
      'huge-image.dotx',
      'doctype.dotx',
      'not-word.docx',
    ]);
    for (const fixture of refusable) {
      const error = await readOfficeReference(new Uint8Array(readFileSync(fixture.file))).catch((e) => e);
      expect(error, fixture.name).toBeInstanceOf(ReferenceDocumentError);
      expect(error.code, fixture.name).toBe(fixture.refusedWith);
      expect(error.message, fixture.name).toMatch(/cannot be used as a template: .+\. .+/);
    }
  });

  it('reads the cleanable fixtures with a notice, and keeps nothing of what was cleaned', async () => {
    const cleanable = fixtures.filter((fixture) => fixture.cleanedWith);
    expect(cleanable.map((fixture) => fixture.name)).toEqual(['macros.dotm', 'external-relationship.dotx']);
    for (const fixture of cleanable) {
      const reference = await readOfficeReference(new Uint8Array(readFileSync(fixture.file)));
      expect(
        reference.notices.map((notice) => notice.code),
        fixture.name,
      ).toContain(fixture.cleanedWith);
      const kept = Object.entries(unzipSync(packOfficeReference(reference)));
      const keptText = kept
        .map(([name, bytes]) => `${name}\n${Buffer.from(bytes).toString('latin1')}`)
        .join('\n');
      expect(keptText, fixture.name).not.toContain(fixture.absentAfterCleaning);
      expect(keptText, fixture.name).not.toMatch(/TargetMode="External"|macroEnabled|vbaProject/);
      // The office's look is still there.
      expect(reference.header?.body, fixture.name).toContain(OFFICE_REFERENCE.headerText);
    }
  });

  it('refuses a file larger than a template may be before unzipping it', async () => {
    const error = await readOfficeReference(new Uint8Array(21 * 1024 * 1024)).catch((e) => e);
    expect(error.code).toBe('REFERENCE_TOO_LARGE');
  });
});
