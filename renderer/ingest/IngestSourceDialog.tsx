// Loaded only when the dialog opens: it brings the clean-up (and, through the readers, mammoth and pdf.js
// on demand) with it, so none of that weighs on the app's start.

import { useEffect, useRef, useState } from 'react';
import type { Entity } from '../../shared/model';
import { Dialog } from '../components/Dialog';
import { db } from '../db';
import { useT } from '../i18n';
import { describeError } from '../i18n/describe-error';
import { IngestReview } from './IngestReview';
import type { IngestStart } from './ingest-requests';
import { MaterialInput } from './MaterialInput';
import { ReadingProgress } from './ReadingProgress';
import { type IngestRead, ingestStart, materialLabel } from './read-material';
import '../styles/ingest.css';

type Step =
  | { kind: 'material'; error: string }
  | { kind: 'reading'; label: string }
  | { kind: 'review'; label: string; read: IngestRead; entities: readonly Entity[] };

interface IngestSourceDialogProps {
  dossierId: string;
  /** What the dialog opens with: a paste or a file go straight to reading. */
  start: IngestStart;
  onClose(): void;
}

/**
 * New source from material: paste or pick it, see it cleaned up (kept and dropped blocks, proposed
 * metadata, names and dates), grade it, and save it with the accepted suggestions in one go.
 */
export function IngestSourceDialog({ dossierId, start, onClose }: IngestSourceDialogProps) {
  const [step, setStep] = useState<Step>(() =>
    start.kind === 'empty'
      ? { kind: 'material', error: '' }
      : { kind: 'reading', label: materialLabel(start) },
  );
  const t = useT('commands');
  const reading = useRef<AbortController | null>(null);

  const read = async (material: IngestStart) => {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    const label = materialLabel(material);
    setStep({ kind: 'reading', label });
    try {
      const read = await ingestStart(material, controller.signal);
      const entities = await db.entities.where('dossierId').equals(dossierId).toArray();
      if (controller.signal.aborted) return;
      setStep({ kind: 'review', label, read, entities });
    } catch (error) {
      if (controller.signal.aborted) return;
      setStep({ kind: 'material', error: describeError(error) });
    } finally {
      if (reading.current === controller) reading.current = null;
    }
  };

  const cancelReading = () => {
    reading.current?.abort();
    reading.current = null;
    setStep({ kind: 'material', error: '' });
  };

  const close = () => {
    reading.current?.abort();
    onClose();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: reads once what the dialog opened with
  useEffect(() => {
    if (start.kind !== 'empty') void read(start);
    return () => reading.current?.abort();
  }, []);

  return (
    <Dialog title={t('source-ingest')} onClose={close} wide>
      <div className={step.kind === 'review' ? 'ingest ingest-reviewing' : 'ingest'}>
        {step.kind === 'material' && <MaterialInput error={step.error} onMaterial={read} onCancel={close} />}
        {step.kind === 'reading' && <ReadingProgress label={step.label} onCancel={cancelReading} />}
        {step.kind === 'review' && (
          <IngestReview
            dossierId={dossierId}
            label={step.label}
            result={step.read.result}
            originals={step.read.originals}
            pictures={step.read.pictures}
            entities={step.entities}
            onStartOver={() => setStep({ kind: 'material', error: '' })}
            onCancel={close}
            onSaved={close}
          />
        )}
      </div>
    </Dialog>
  );
}
