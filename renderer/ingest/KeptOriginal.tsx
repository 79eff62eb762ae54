import type { PagePictures } from '../../shared/ingest/readers';
import type { IngestedOriginal } from '../db/dossier-store';
import { useT } from '../i18n';
import { formatFileSize } from './original-details';

interface KeptOriginalProps {
  originals: readonly IngestedOriginal[];
  pictures?: PagePictures;
}

/** In the review: which file is kept with the source as it was read, and what became of a saved page's pictures. */
export function KeptOriginal({ originals, pictures }: KeptOriginalProps) {
  const t = useT('originals');
  const [file, ...folderPictures] = originals;
  if (!file) return null;
  const inArchive = folderPictures.length === 0 ? (pictures?.found.length ?? 0) : 0;
  return (
    <div className="ingest-original muted" role="note">
      <p>
        {t('keptFile', { name: file.name, size: formatFileSize(file.bytes.size) })}{' '}
        {folderPictures.length > 0 && t('keptPictures', { count: folderPictures.length })}
        {inArchive > 0 && t('picturesInArchive', { count: inArchive })}
      </p>
      {pictures && pictures.missing.length > 0 && (
        <p>{t('picturesMissing', { count: pictures.missing.length, first: pictures.missing[0] })}</p>
      )}
      {pictures && pictures.remote.length > 0 && (
        <p>{t('picturesRemote', { count: pictures.remote.length })}</p>
      )}
      {pictures && pictures.refused.length > 0 && (
        <p>{t('picturesRefused', { count: pictures.refused.length, first: pictures.refused[0] })}</p>
      )}
    </div>
  );
}
