import { useEffect, useState } from 'react';
import { errorMessage } from '../../shared/errors';
import type { Attachment, Source } from '../../shared/model';
import { db } from '../db';
import { readAttachment } from '../db/attachments';
import { useT } from '../i18n';
import { formatCapturedAt, formatFileSize, savableFileName } from '../ingest/original-details';
import { platform } from '../platform';

/** On a source made from a file or a page: the original as captured (name, size, SHA-256, when), to save a copy. */
export function SourceOriginals({ source }: { source: Source }) {
  const t = useT('originals');
  const originals = source.originals ?? [];
  const [attachments, setAttachments] = useState<ReadonlyMap<string, Attachment>>(new Map());
  const [error, setError] = useState('');

  useEffect(() => {
    let current = true;
    const ids = (source.originals ?? []).map((original) => original.attachmentId);
    void db.attachments.bulkGet(ids).then((found) => {
      if (!current) return;
      setAttachments(
        new Map(found.flatMap((attachment) => (attachment ? [[attachment.id, attachment]] : []))),
      );
    });
    return () => {
      current = false;
    };
  }, [source.originals]);

  if (originals.length === 0) return null;

  const saveCopy = async (attachment: Attachment) => {
    setError('');
    try {
      const bytes = new Uint8Array(await (await readAttachment(db, attachment.id)).arrayBuffer());
      await platform.saveFile({
        title: t('saveTitle'),
        suggestedName: savableFileName(attachment.name),
        bytes,
      });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <section className="source-originals" aria-labelledby={`originals-${source.id}`}>
      <h3 id={`originals-${source.id}`}>{t('heading')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('file')}</th>
            <th scope="col">{t('size')}</th>
            <th scope="col">{t('sha256')}</th>
            <th scope="col">{t('capturedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {originals.map((original) => {
            const attachment = attachments.get(original.attachmentId);
            return (
              <tr key={original.attachmentId}>
                <td>
                  <bdi>{attachment?.name ?? t('missing')}</bdi>
                </td>
                <td>{attachment ? formatFileSize(attachment.size) : ''}</td>
                <td>
                  <code className="sha256" dir="ltr">
                    {original.attachmentId}
                  </code>
                </td>
                <td>{formatCapturedAt(original.capturedAt)}</td>
                <td>
                  {attachment && (
                    <button
                      type="button"
                      className="button"
                      aria-label={t('saveCopyOf', { name: attachment.name })}
                      onClick={() => void saveCopy(attachment)}
                    >
                      {t('saveCopy')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
