import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/dossier';

const ROOT = path.resolve(__dirname, '../../..');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

describe('the dossier command line', () => {
  it('prints help and exits 0 with --help', async () => {
    const { io, out } = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/Usage: dossier <command>/);
  });

  it('exits 2 on an unknown command or option, with one line that says what to do', async () => {
    const unknown = capture();
    expect(await main(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.err).toHaveLength(1);
    expect(unknown.err[0]).toContain('dossier --help');
    const badOption = capture();
    expect(await main(['templates', '--colour'], badOption.io)).toBe(2);
    expect(badOption.err).toHaveLength(1);
  });

  it('lists the three shipped templates', async () => {
    const { io, out } = capture();
    expect(await main(['templates', '--json'], io)).toBe(0);
    expect(JSON.parse(out.join('\n')).map((template: { id: string }) => template.id)).toEqual([
      'briefing-note',
      'meeting-brief',
      'situation-report',
    ]);
  });

  it('has --help on every command', async () => {
    const { io, out } = capture();
    expect(await main(['templates', '--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/Usage: dossier templates/);
  });

  describe('as installed (bin → bundle)', () => {
    beforeAll(() => {
      execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
    });

    it('runs through the package.json bin entry', () => {
      const result = spawnSync(process.execPath, ['cli/bin/dossier.cjs', '--version'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(result.status).toBe(0);
      expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    });

    it('exits 2 for a usage error from the shell too', () => {
      const result = spawnSync(process.execPath, ['cli/bin/dossier.mjs', 'nope'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  });
});
