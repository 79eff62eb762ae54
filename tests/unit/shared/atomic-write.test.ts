// The one atomic write, on Node's real file system (as the main process and the CLI use it), with one
// step made to fail where the failure matters.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as nodeFiles from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AtomicWriteFiles, temporaryPathBeside, writeAtomically } from '../../../shared/atomic-write';

const encode = (text: string) => new TextEncoder().encode(text);

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dd-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Node's files, except that writing fails once `failAfter` bytes are on disk (a disk that fills up). */
function filesThatFillUp(failAfter: number): AtomicWriteFiles {
  return {
    ...nodeFiles,
    async open(file, flags, mode) {
      const handle = await nodeFiles.open(file, flags, mode);
      let written = 0;
      return {
        chmod: (m) => handle.chmod(m),
        sync: () => handle.sync(),
        close: () => handle.close(),
        async write(bytes, offset, length) {
          const room = failAfter - written;
          if (room <= 0)
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          const result = await handle.write(bytes, offset, Math.min(length, room));
          written += result.bytesWritten;
          return result;
        },
      };
    },
  };
}

function streamOf(chunks: Uint8Array[], failure?: Error): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk) controller.enqueue(chunk);
      else if (failure) controller.error(failure);
      else controller.close();
    },
  });
}

describe('writeAtomically', () => {
  it('keeps the mode of the file it replaces: a 0600 file is still 0600 after an overwrite', async () => {
    const target = path.join(dir, 'private.docx');
    writeFileSync(target, 'old', { mode: 0o600 });
    await writeAtomically(nodeFiles, target, encode('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('keeps a mode wider than the umask allows too', async () => {
    const target = path.join(dir, 'shared.txt');
    writeFileSync(target, 'old');
    await nodeFiles.chmod(target, 0o664);
    const umask = process.umask(0o022);
    try {
      await writeAtomically(nodeFiles, target, encode('new'));
    } finally {
      process.umask(umask);
    }
    expect(statSync(target).mode & 0o777).toBe(0o664);
  });

  it('gives a new file the default mode, as any program would: 0666 less the umask', async () => {
    const target = path.join(dir, 'new.txt');
    const umask = process.umask(0o002);
    try {
      await writeAtomically(nodeFiles, target, encode('hello'));
    } finally {
      process.umask(umask);
    }
    expect(readFileSync(target, 'utf8')).toBe('hello');
    expect(statSync(target).mode & 0o777).toBe(0o664);
    expect(readdirSync(dir)).toEqual(['new.txt']);
  });

  it('gives the mode it is asked for, new or replacing a wider file: a private key is 0600', async () => {
    const target = path.join(dir, 'officer.key');
    await writeAtomically(nodeFiles, target, encode('first'), { mode: 0o600 });
    expect(statSync(target).mode & 0o777).toBe(0o600);
    await nodeFiles.chmod(target, 0o644);
    await writeAtomically(nodeFiles, target, encode('second'), { mode: 0o600 });
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('writes a stream piece by piece', async () => {
    const target = path.join(dir, 'out.dossier');
    await writeAtomically(nodeFiles, target, streamOf([encode('one '), encode('two '), encode('three')]));
    expect(readFileSync(target, 'utf8')).toBe('one two three');
  });

  it('leaves the existing file untouched and no temp file behind when the disk fills up mid-write', async () => {
    const target = path.join(dir, 'briefing.docx');
    writeFileSync(target, 'the earlier version');
    const failing = writeAtomically(filesThatFillUp(4), target, encode('a much longer new version'));
    await expect(failing).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe('the earlier version');
    expect(readdirSync(dir)).toEqual(['briefing.docx']);
  });

  it("throws a failing stream's own error, and leaves nothing behind", async () => {
    const target = path.join(dir, 'out.dossier');
    const refusal = new Error('refused by the package writer');
    await expect(writeAtomically(nodeFiles, target, streamOf([encode('half')], refusal))).rejects.toBe(
      refusal,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes the temp file when the rename fails (the target is a folder)', async () => {
    const target = path.join(dir, 'occupied');
    await nodeFiles.mkdir(target);
    await expect(writeAtomically(nodeFiles, target, encode('x'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['occupied']);
  });
});

describe('temporaryPathBeside', () => {
  it('is a hidden name in the same folder, under the length a file name may have', () => {
    const target = path.join(dir, `${'n'.repeat(250)}.docx`);
    const temporary = temporaryPathBeside(target);
    expect(path.dirname(temporary)).toBe(dir);
    expect(path.basename(temporary)).toMatch(/^\.n+\.[0-9a-f]{12}\.tmp$/);
    expect(Buffer.byteLength(path.basename(temporary))).toBeLessThanOrEqual(255);
    expect(temporaryPathBeside(target)).not.toBe(temporary);
  });

  it('cuts at a Windows separator too', () => {
    expect(temporaryPathBeside('C:\\Users\\desk\\brief.docx', 'unpacking')).toMatch(
      /^C:\\Users\\desk\\\.brief\.docx\.[0-9a-f]{12}\.unpacking$/,
    );
  });
});
