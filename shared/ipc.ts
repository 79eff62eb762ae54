// The IPC contract: every channel between renderer and main, declared once, with a zod schema for its
// request and its reply. Main parses each request before acting; the preload only forwards.

import { z } from 'zod';
import { APP_COMMAND_IDS } from './commands';
import { LANGUAGES } from './i18n/languages';

/** Largest file the renderer may receive or hand over in one message. */
export const MAX_IPC_FILE_BYTES = 512 * 1024 * 1024;

const shortText = (max: number) => z.string().min(1).max(max);

const fileFilter = z
  .object({
    name: shortText(100),
    extensions: z
      .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
      .min(1)
      .max(20),
  })
  .strict();

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) < 0x20) return true;
  }
  return false;
}

const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (name) => !hasControlCharacter(name) && !/[\\/:*?"<>|]/.test(name) && name !== '.' && name !== '..',
    {
      message: 'must be a plain file name without folders or reserved characters',
    },
  );

const bytes = z
  .instanceof(Uint8Array)
  .refine((value) => value.byteLength <= MAX_IPC_FILE_BYTES, { message: 'file is larger than 512 MB' });

export const openFileRequest = z
  .object({
    title: shortText(200).optional(),
    filters: z.array(fileFilter).max(10).optional(),
    /** When the chosen file is a saved web page (.html, .htm), bring the pictures of its `_files` folder. */
    withSavedPageFolder: z.boolean().optional(),
  })
  .strict();

/** At most this many pictures come with a saved page, and this many bytes in all. */
export const MAX_SAVED_PAGE_PICTURES = 300;
export const MAX_SAVED_PAGE_FOLDER_BYTES = 100 * 1024 * 1024;

/** "page_files/photo.png": a folder and a file name, each a plain name. */
const folderFileName = z
  .string()
  .max(511)
  .refine(
    (name) => {
      const parts = name.split('/');
      return parts.length === 2 && parts.every((part) => fileName.safeParse(part).success);
    },
    { message: 'must be a folder and a file name' },
  );

export const openFileReply = z.discriminatedUnion('canceled', [
  z.object({ canceled: z.literal(true) }).strict(),
  z
    .object({
      canceled: z.literal(false),
      name: fileName,
      bytes,
      /** The saved page's pictures, named by their folder and file name. */
      folder: z
        .array(z.object({ name: folderFileName, bytes }).strict())
        .max(MAX_SAVED_PAGE_PICTURES)
        .optional(),
    })
    .strict(),
]);

export const saveFileRequest = z
  .object({
    title: shortText(200).optional(),
    suggestedName: fileName,
    filters: z.array(fileFilter).max(10).optional(),
    bytes,
  })
  .strict();

export const saveFileReply = z.discriminatedUnion('canceled', [
  z.object({ canceled: z.literal(true) }).strict(),
  z.object({ canceled: z.literal(false), name: fileName }).strict(),
]);

/** Prints the asking window's page (the print view) to a PDF, then asks where to save it, as saveFile does. */
export const printToPdfRequest = z
  .object({ title: shortText(200).optional(), suggestedName: fileName })
  .strict();

export const appInfoRequest = z.object({}).strict();

export const appInfoReply = z
  .object({
    name: z.string(),
    version: z.string(),
    platform: z.string(),
    shell: z.enum(['electron', 'browser']),
    versions: z.record(z.string(), z.string()),
  })
  .strict();

export const confirmRequest = z
  .object({
    title: shortText(200),
    message: shortText(2000),
    detail: z.string().max(4000).optional(),
    confirmLabel: shortText(60),
    cancelLabel: shortText(60).optional(),
    destructive: z.boolean().optional(),
  })
  .strict();

export const confirmReply = z.object({ confirmed: z.boolean() }).strict();

export const openExternalRequest = z.object({ url: z.string().min(1).max(2048) }).strict();

export const openExternalReply = z.object({ opened: z.boolean() }).strict();

export const closeReadyRequest = z.object({}).strict();

export const closeReadyReply = z.object({ closing: z.boolean() }).strict();

/** The app commands that apply where the user is now; the native menu disables the others. */
export const availableCommandsRequest = z
  .object({ available: z.array(z.enum(APP_COMMAND_IDS)).max(APP_COMMAND_IDS.length) })
  .strict();

export const availableCommandsReply = z.object({ applied: z.boolean() }).strict();

export const systemLanguagesRequest = z.object({}).strict();

/** The operating system's preferred languages (Electron's app.getLocale() first), as BCP 47 tags. */
export const systemLanguagesReply = z
  .object({ languages: z.array(z.string().regex(/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/)).max(20) })
  .strict();

/** The native menu's headings, in the order the menu shows them. */
export const MENU_HEADINGS = ['file', 'edit', 'view', 'help'] as const;

/** The native menu's words in the interface language: its headings and each app command's label. */
export const menuLabelsRequest = z
  .object({
    headings: z.object(Object.fromEntries(MENU_HEADINGS.map((id) => [id, shortText(60)]))).strict(),
    commands: z.object(Object.fromEntries(APP_COMMAND_IDS.map((id) => [id, shortText(100)]))).strict(),
  })
  .strict();

export const menuLabelsReply = z.object({ applied: z.boolean() }).strict();

/** The language the open briefing is written in, for the spell checker. */
export const spellCheckLanguageRequest = z.object({ language: z.enum(LANGUAGES) }).strict();

/** The spell checker's codes now in use; empty when the language cannot be checked here. */
export const spellCheckLanguageReply = z
  .object({ languages: z.array(z.string().max(20)).max(LANGUAGES.length) })
  .strict();

/** Renderer → main calls (ipcRenderer.invoke / ipcMain.handle). */
export const invokeChannels = {
  'desk:open-file': { request: openFileRequest, reply: openFileReply },
  'desk:save-file': { request: saveFileRequest, reply: saveFileReply },
  'desk:print-to-pdf': { request: printToPdfRequest, reply: saveFileReply },
  'desk:app-info': { request: appInfoRequest, reply: appInfoReply },
  'desk:confirm': { request: confirmRequest, reply: confirmReply },
  'desk:open-external': { request: openExternalRequest, reply: openExternalReply },
  'desk:close-ready': { request: closeReadyRequest, reply: closeReadyReply },
  'desk:available-commands': { request: availableCommandsRequest, reply: availableCommandsReply },
  'desk:system-languages': { request: systemLanguagesRequest, reply: systemLanguagesReply },
  'desk:menu-labels': { request: menuLabelsRequest, reply: menuLabelsReply },
  'desk:spell-check-language': { request: spellCheckLanguageRequest, reply: spellCheckLanguageReply },
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type IpcRequest<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['request']>;
export type IpcReply<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['reply']>;

export const openDossierFileEvent = z.object({ name: fileName, bytes }).strict();

export const menuCommandEvent = z.object({ command: z.enum(APP_COMMAND_IDS) }).strict();

export const beforeCloseEvent = z.object({}).strict();

/** Main → renderer notifications (webContents.send / ipcRenderer.on). */
export const eventChannels = {
  'desk:open-dossier-file': openDossierFileEvent,
  'desk:menu-command': menuCommandEvent,
  'desk:before-close': beforeCloseEvent,
} as const;

export type EventChannel = keyof typeof eventChannels;
export type IpcEvent<C extends EventChannel> = z.infer<(typeof eventChannels)[C]>;

/** What main answers on every invoke channel: the reply, or a typed error. Errors keep their code. */
export type IpcEnvelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Shortens zod issues to one line that names the field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'payload'}: ${issue.message}`)
    .join('; ');
}
