import { describe, expect, it } from 'vitest';
import { decodePlatformError, encodePlatformErrorMessage, PlatformError } from '../../../shared/errors';

describe('platform errors across the bridge', () => {
  it('rebuilds the typed error from the message the bridge kept', () => {
    const crossed = new Error(
      encodePlatformErrorMessage('FILE_WRITE_FAILED', 'Disk full.\nNothing was changed.'),
    );
    const decoded = decodePlatformError(crossed);
    expect(decoded).toBeInstanceOf(PlatformError);
    expect(decoded).toMatchObject({ code: 'FILE_WRITE_FAILED', message: 'Disk full.\nNothing was changed.' });
  });

  it("reads through Electron's remote-method prefix", () => {
    const crossed = new Error(
      "Error invoking remote method 'desk:save-file': Error: [FILE_WRITE_FAILED] Could not save briefing.docx",
    );
    expect(decodePlatformError(crossed)).toMatchObject({ code: 'FILE_WRITE_FAILED' });
  });

  it('leaves other errors alone', () => {
    const plain = new Error('something else');
    expect(decodePlatformError(plain)).toBe(plain);
    expect(decodePlatformError('text')).toBe('text');
  });
});
