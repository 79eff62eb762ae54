// Enforces the layering of STYLE.md on every source file: a small map from a side to what it may import.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Side = 'shared' | 'renderer' | 'electron' | 'cli';

const ROOT = path.resolve(__dirname, '../../..');
const SIDES: Side[] = ['shared', 'renderer', 'electron', 'cli'];

/** Which sides' folders each side may import from. */
const MAY_IMPORT: Record<Side, Side[]> = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  electron: ['electron', 'shared'],
  cli: ['cli', 'shared'],
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

interface BiomeOverride {
  includes?: string[];
  linter?: {
    rules?: {
      correctness?: { noNodejsModules?: string };
      style?: { noRestrictedImports?: { options?: { patterns?: { group: string[] }[] } } };
    };
  };
}

/** biome.json's override for one side's folder: the bans live there, so the editor reports them as one types. */
function biomeOverride(side: Side): BiomeOverride {
  const config = JSON.parse(readFileSync(path.join(ROOT, 'biome.json'), 'utf8')) as {
    overrides?: BiomeOverride[];
  };
  const found = config.overrides?.find((override) => override.includes?.includes(`${side}/**`));
  if (!found) throw new Error(`biome.json has no override for ${side}/**`);
  return found;
}

function bannedGroups(side: Side): string[] {
  return (biomeOverride(side).linter?.rules?.style?.noRestrictedImports?.options?.patterns ?? []).flatMap(
    (pattern) => pattern.group,
  );
}

/** A gitignore-style package pattern from biome.json ("dexie", "dexie/**", "@tiptap/**") as a regex. */
function packagePattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\*\*/g, '.+').replace(/(?<!\.)\*/g, '[^/]+')}$`);
}

/** Packages a side must never import (biome.json's noRestrictedImports), beyond Node's built-ins. */
const BANNED_PACKAGES: Record<Side, RegExp[]> = Object.fromEntries(
  SIDES.map((side) => [
    side,
    bannedGroups(side)
      .filter((glob) => !glob.startsWith('**/'))
      .map(packagePattern),
  ]),
) as Record<Side, RegExp[]>;

const NODE_ALLOWED: Record<Side, boolean> = { shared: false, renderer: false, electron: true, cli: true };

/**
 * Browser-page globals that have no place in shared/. `document` and the rest of the DOM are caught by
 * tsconfig.shared.json, which type-checks shared/ without the DOM library; these names are checked here
 * because they would also type-check against Node's or a worker's globals.
 */
const DOM_GLOBALS = /(?<![.\w$])(window|localStorage|sessionStorage|HTMLElement)\s*[.[(]/;

function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[^'"()]*?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[^'"()]*?\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) if (match[1]) found.push(match[1]);
  }
  return found;
}

function sideOf(file: string): Side | null {
  const top = path.relative(ROOT, file).split(path.sep)[0];
  return SIDES.includes(top as Side) ? (top as Side) : null;
}

function layeringViolations(file: string, source: string): string[] {
  const side = sideOf(file);
  if (!side) return [];
  const problems: string[] = [];
  for (const specifier of importSpecifiers(source)) {
    if (specifier.startsWith('.')) {
      const target = sideOf(path.resolve(path.dirname(file), specifier));
      if (!target || !MAY_IMPORT[side].includes(target)) {
        problems.push(`Bad layering: ${side}/ may not import ${specifier}`);
      }
    } else if (NODE_BUILTINS.has(specifier) || specifier.startsWith('node:')) {
      if (!NODE_ALLOWED[side]) problems.push(`Bad layering: ${side}/ may not import Node's ${specifier}`);
    } else if (BANNED_PACKAGES[side].some((banned) => banned.test(specifier))) {
      problems.push(`Bad layering: ${side}/ may not import ${specifier}`);
    }
  }
  if (side === 'shared') {
    const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const dom = withoutComments.match(DOM_GLOBALS);
    if (dom) problems.push(`Bad layering: shared/ uses the DOM global ${dom[1]}`);
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts|cts)$/.test(name) ? [full] : [];
  });
}

describe('import rules (STYLE.md)', () => {
  const files = SIDES.flatMap((side) => sourceFiles(path.join(ROOT, side)));

  it('finds the source files of every side', () => {
    for (const side of SIDES) expect(files.some((file) => sideOf(file) === side)).toBe(true);
  });

  it('holds for every source file', () => {
    const problems = files.flatMap((file) =>
      layeringViolations(file, readFileSync(file, 'utf8')).map(
        (problem) => `${path.relative(ROOT, file)}: ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('is what biome.json bans, so the editor reports the same imports as this test', () => {
    for (const side of SIDES) {
      // The other sides' folders a side may not import are banned in Biome too.
      const bannedFolders = bannedGroups(side)
        .filter((glob) => glob.startsWith('**/'))
        .map((glob) => glob.replace(/^\*\*\/|\/\*\*$/g, ''))
        .sort();
      expect(bannedFolders).toEqual(SIDES.filter((other) => !MAY_IMPORT[side].includes(other)).sort());
      // Node's built-ins are banned by Biome's noNodejsModules exactly where this test bans them.
      expect(biomeOverride(side).linter?.rules?.correctness?.noNodejsModules === 'error').toBe(
        !NODE_ALLOWED[side],
      );
    }
  });

  it('keeps the store, the editor and the HTML sanitiser out of shared/', () => {
    const file = path.join(ROOT, 'shared/example.ts');
    expect(layeringViolations(file, "import { useLiveQuery } from 'dexie-react-hooks';")).toHaveLength(1);
    expect(layeringViolations(file, "import { Editor } from '@tiptap/core';")).toHaveLength(1);
    expect(layeringViolations(file, "import { Node } from '@tiptap/pm/model';")).toHaveLength(1);
    expect(layeringViolations(file, "import DOMPurify from 'dompurify';")).toHaveLength(1);
    expect(layeringViolations(file, "import Dexie from 'dexie';")).toHaveLength(1);
  });

  it('reports shared/ importing Node, Electron, React or the renderer', () => {
    const file = path.join(ROOT, 'shared/example.ts');
    expect(layeringViolations(file, "import { readFile } from 'node:fs';")).toHaveLength(1);
    expect(layeringViolations(file, "import path from 'path';")).toHaveLength(1);
    expect(layeringViolations(file, "import { app } from 'electron';")).toHaveLength(1);
    expect(layeringViolations(file, "import { useState } from 'react';")).toHaveLength(1);
    expect(layeringViolations(file, "import { platform } from '../renderer/platform';")).toHaveLength(1);
    expect(layeringViolations(file, 'const saved = localStorage.getItem("x");')).toHaveLength(1);
    expect(layeringViolations(file, 'const width = window.innerWidth;')).toHaveLength(1);
    expect(layeringViolations(file, 'const title = document.title; const w = options.window.x;')).toEqual([]);
    expect(layeringViolations(file, "import { z } from 'zod';\nimport { x } from './model';")).toEqual([]);
  });

  it('reports the renderer reaching Electron, Node or the main process', () => {
    const file = path.join(ROOT, 'renderer/example.tsx');
    expect(layeringViolations(file, "import { ipcRenderer } from 'electron';")).toHaveLength(1);
    expect(layeringViolations(file, "const fs = require('fs');")).toHaveLength(1);
    expect(layeringViolations(file, "import { x } from '../electron/main/ipc';")).toHaveLength(1);
    expect(layeringViolations(file, "import type { Platform } from '../shared/platform';")).toEqual([]);
  });

  it('reports electron/ importing the renderer and cli/ importing electron/', () => {
    expect(
      layeringViolations(
        path.join(ROOT, 'electron/main/x.ts'),
        "import { App } from '../../renderer/app/App';",
      ),
    ).toHaveLength(1);
    expect(
      layeringViolations(path.join(ROOT, 'cli/x.ts'), "export { y } from '../electron/main/ipc';"),
    ).toHaveLength(1);
    expect(
      layeringViolations(
        path.join(ROOT, 'electron/main/x.ts'),
        "import { readFile } from 'node:fs/promises';",
      ),
    ).toEqual([]);
  });
});
