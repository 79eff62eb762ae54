// "Export changes since…": the current briefing to Word with its differences from a saved version as tracked
// changes (Word's revisions, credited and dated), for a head of division to accept or reject in Word's review
// pane. The same exporter and worker as Export to Word; saved through the platform bridge.

import type { BriefingVersion } from '../../shared/model';
import { flushOpenBriefings } from '../briefing/use-briefing-autosave';
import { db, store } from '../db';
import { readAttachment } from '../db/attachments';
import { exportBriefingInWorker } from '../export/export-client';
import { translate } from '../i18n';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';
import { changesFileName } from './changes-file-name';

export async function exportChangesSince(briefingId: string, version: BriefingVersion): Promise<void> {
  try {
    await flushOpenBriefings();
    const stored = await db.briefings.get(briefingId);
    if (!stored) return;
    const document = await store.dossierDocument(stored.dossierId);
    let fileName = `${stored.title}.docx`;
    const bytes = await exportBriefingInWorker(document, briefingId, stored.templateId, {
      changesSince: version.id,
      readAttachment: async (id) => new Uint8Array(await (await readAttachment(db, id)).arrayBuffer()),
      onResult: (result) => {
        fileName = result.fileName;
      },
    });
    const saved = await platform.saveFile({
      title: translate('review:exportChangesTitle'),
      suggestedName: changesFileName(fileName, version),
      filters: [{ name: 'Word document', extensions: ['docx'] }],
      bytes: bytes as Uint8Array<ArrayBuffer>,
    });
    if (!saved.canceled) {
      dispatch({
        type: 'notice/show',
        tone: 'info',
        text: translate('review:exported', { name: saved.name }),
      });
    }
  } catch (error) {
    reportError(error);
  }
}
