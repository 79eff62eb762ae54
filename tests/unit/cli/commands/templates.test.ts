import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTemplates, validateTemplateFiles } from '../../../../cli/commands/templates';
import { parseTemplate } from '../../../../shared/model';
import { dossierRefusing } from '../support/refuse-imports';

const ROOT = path.resolve(__dirname, '../../../..');
const SHIPPED = path.join(ROOT, 'templates');
const briefingNoteSource = readFileSync(path.join(SHIPPED, 'briefing-note.json'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-templates-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('templates validated when the command line is built', () => {
  it('takes an unchanged shipped file as it was parsed at build time', async () => {
    writeFileSync(path.join(dir, 'briefing-note.json'), briefingNoteSource);
    const validated = await validateTemplateFiles(SHIPPED);
    const [template] = await readTemplates(dir, validated);
    expect(template).toBe(validated.find((entry) => entry.file === 'briefing-note.json')?.template);
  });

  it('still refuses a template the user broke after the build', async () => {
    const validated = await validateTemplateFiles(SHIPPED);
    const broken = JSON.parse(briefingNoteSource);
    broken.sections = 'none';
    writeFileSync(path.join(dir, 'briefing-note.json'), JSON.stringify(broken, null, 2));
    await expect(readTemplates(dir, validated)).rejects.toMatchObject({
      code: 'TEMPLATE_INVALID',
      message: expect.stringMatching(/^The template briefing-note\.json is invalid: .*Reinstall the app\.$/),
    });
  });

  it('validates a template the user added, filling in its defaults', async () => {
    const added = {
      id: 'weekly-note',
      name: 'Weekly note',
      description: '',
      sections: [{ title: 'Week', hint: '' }],
    };
    writeFileSync(path.join(dir, 'weekly-note.json'), JSON.stringify(added));
    const [template] = await readTemplates(dir, await validateTemplateFiles(SHIPPED));
    expect(template).toEqual(parseTemplate(added));
    writeFileSync(path.join(dir, 'weekly-note.json'), JSON.stringify({ ...added, sections: [] }));
    await expect(readTemplates(dir)).rejects.toMatchObject({ code: 'TEMPLATE_INVALID' });
  });

  it('fails the build on an invalid shipped template, naming the file', async () => {
    writeFileSync(path.join(dir, 'bad.json'), '{"id":"bad"}');
    await expect(validateTemplateFiles(dir)).rejects.toMatchObject({
      code: 'TEMPLATE_INVALID',
      message: expect.stringContaining('bad.json'),
    });
  });

  it('lists the shipped templates from the bundle without loading zod', { timeout: 120_000 }, () => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
    // The command fails if anything on its path imports zod.
    const run = dossierRefusing(/^zod$/, dir);
    const listed = run('templates');
    expect(listed.stderr).toBe('');
    expect(listed.status).toBe(0);
    expect(listed.stdout.split('\n').map((line) => line.split(' ')[0])).toEqual([
      'briefing-note',
      'meeting-brief',
      'situation-report',
      '',
    ]);
    // The hook does refuse zod where a command needs it, so the listing above proves something.
    expect(run('validate').stderr).toContain('zod was loaded');
  });
});
