// Answers the renderer's calls: only channels of the contract, only from the app's own top-level frame on
// app://dossier-desk, and only with a payload that parses. Anything else gets a typed error and no effect.

import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../shared/app-identity';
import { DeskError, errorMessage } from '../../shared/errors';
import {
  describeZodError,
  type InvokeChannel,
  type IpcEnvelope,
  type IpcReply,
  type IpcRequest,
  invokeChannels,
} from '../../shared/ipc';

export type IpcHandlers = {
  [C in InvokeChannel]: (request: IpcRequest<C>, event: IpcMainInvokeEvent) => Promise<IpcReply<C>>;
};

/** True only for the top-level frame of one of our windows, showing a page of our own origin. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame: WebFrameMain | null = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  if (event.sender && frame !== event.sender.mainFrame) return false;
  // Node's URL gives custom schemes the origin "null", so compare scheme and host themselves.
  try {
    const url = new URL(frame.url);
    return (
      url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
}

function failure(code: string, message: string): IpcEnvelope<never> {
  return { ok: false, error: { code, message } };
}

/** Runs one call through sender check, request parsing, the handler and reply parsing. */
export async function dispatchInvoke<C extends InvokeChannel>(
  channel: C,
  handlers: IpcHandlers,
  event: IpcMainInvokeEvent,
  payload: unknown,
): Promise<IpcEnvelope<IpcReply<C>>> {
  if (!isTrustedSender(event)) {
    return failure('UNTRUSTED_SENDER', 'This request did not come from Dossier Desk and was ignored.');
  }
  const contract = invokeChannels[channel];
  if (!contract) return failure('UNKNOWN_CHANNEL', `Unknown channel ${String(channel)}.`);
  const parsed = contract.request.safeParse(payload);
  if (!parsed.success) {
    return failure('INVALID_PAYLOAD', `Refused ${channel}: ${describeZodError(parsed.error)}.`);
  }
  try {
    const handler = handlers[channel] as (request: unknown, event: IpcMainInvokeEvent) => Promise<unknown>;
    const value = await handler(parsed.data, event);
    const reply = contract.reply.safeParse(value);
    if (!reply.success) return failure('INTERNAL', `The app produced an invalid reply on ${channel}.`);
    return { ok: true, value: reply.data as IpcReply<C> };
  } catch (error) {
    // Any coded error keeps its code across the bridge (a cancel stays a cancel); the rest is INTERNAL.
    if (error instanceof DeskError) return failure(error.code, error.message);
    return failure('INTERNAL', errorMessage(error));
  }
}

/** Registers one ipcMain.handle per contract channel. Returns a function that removes them. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: IpcHandlers,
) {
  const channels = Object.keys(invokeChannels) as InvokeChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatchInvoke(channel, handlers, event, payload));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
