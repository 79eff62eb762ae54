import { useState } from 'react';
import { MAX_MATERIAL_BYTES } from '../../shared/ingest/ingest-error';
import { Field } from '../components/Field';
import { useT } from '../i18n';
import { formatNumber } from '../i18n/format';
import { platform } from '../platform';
import {
  carriesFiles,
  droppedFolders,
  materialFiles,
  startFromClipboard,
  startFromFiles,
} from './clipboard-material';
import type { IngestStart } from './ingest-requests';
import { MATERIAL_EXTENSIONS } from './read-material';

interface MaterialInputProps {
  /** What went wrong with the last material, shown until new material is given. */
  error: string;
  onMaterial(start: IngestStart): void;
  onCancel(): void;
}

/** The first step: paste or type the material, pick a file, or drop one anywhere on the dialog. */
export function MaterialInput({ error, onMaterial, onCancel }: MaterialInputProps) {
  const t = useT('ingest');
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);

  const chooseFile = async () => {
    const picked = await platform.openFile({
      title: t('chooseMaterial'),
      filters: [{ name: t('materialFileType'), extensions: [...MATERIAL_EXTENSIONS] }],
      withSavedPageFolder: true,
    });
    if (picked.canceled) return;
    const { name, bytes } = picked;
    const companions = (picked.folder ?? []).map((picture) => ({
      name: picture.name,
      size: picture.bytes.byteLength,
      read: async () => picture.bytes,
    }));
    onMaterial({
      kind: 'file',
      file: { name, size: bytes.byteLength, read: async () => bytes },
      ...(companions.length ? { companions: async () => companions } : {}),
    });
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop zone adds to the paste area and the file button, which are keyboard-operable
    <div
      className={dragging ? 'ingest-start ingest-dropping' : 'ingest-start'}
      onDragOver={(event) => {
        if (!carriesFiles(event.dataTransfer)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        setDragging(false);
        const dropped = startFromFiles(materialFiles(event.dataTransfer), droppedFolders(event.dataTransfer));
        if (!dropped) return;
        event.preventDefault();
        event.stopPropagation();
        onMaterial(dropped);
      }}
    >
      <p className="ingest-intro">{t('intro')}</p>
      <Field label={t('pasteLabel')} hint={t('pasteHint')}>
        <textarea
          className="ingest-paste-area"
          rows={9}
          // biome-ignore lint/a11y/noAutofocus: the dialog opens to take a paste
          autoFocus
          value={text}
          placeholder={t('pastePlaceholder')}
          dir="auto"
          onChange={(event) => setText(event.target.value)}
          onPaste={(event) => {
            // A paste is the material itself: read it at once, with its HTML flavour when there is one.
            event.preventDefault();
            onMaterial(startFromClipboard(event.clipboardData));
          }}
        />
      </Field>
      <div className="ingest-start-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!text.trim()}
          onClick={() => onMaterial({ kind: 'paste', text })}
        >
          {t('cleanUp')}
        </button>
        <span className="muted">{t('or')}</span>
        <button type="button" className="button" onClick={() => void chooseFile()}>
          {t('chooseFile')}
        </button>
        <span className="muted ingest-types">
          {t('reads', { size: formatNumber(Math.round((MAX_MATERIAL_BYTES / (1024 * 1024)) * 10) / 10) })}
        </span>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {dragging && (
        <div className="ingest-drop-hint" aria-hidden="true">
          {t('dropToRead')}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
