// Images in a briefing: a block node that holds the SHA-256 of an attachment in the store, never bytes or
// a URL. The node view shows it through a blob: URL read from the store; images pasted from elsewhere carry
// no attachment and are left out (the page stores pasted image files as attachments instead).

import { mergeAttributes, Node } from '@tiptap/core';
import { translate } from '../../i18n';

export interface AttachmentImageAttrs {
  attachmentId: string;
  alt?: string | null;
  title?: string | null;
  width?: number | null;
  height?: number | null;
}

export interface AttachmentImageOptions {
  /** A blob: URL for an attachment's bytes; rejects if the attachment is missing. */
  resolveUrl(attachmentId: string): Promise<string>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attachmentImage: {
      insertAttachmentImage: (attrs: AttachmentImageAttrs) => ReturnType;
    };
  }
}

function positiveInteger(value: string | null): number | null {
  const number = value === null ? Number.NaN : Number.parseInt(value, 10);
  return Number.isInteger(number) && number > 0 && number <= 20_000 ? number : null;
}

export const AttachmentImage = Node.create<AttachmentImageOptions>({
  name: 'image',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { resolveUrl: () => Promise.reject(new Error('No attachment store')) };
  },

  addAttributes() {
    return {
      attachmentId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-attachment-id'),
        renderHTML: (attributes) => ({ 'data-attachment-id': attributes.attachmentId }),
      },
      alt: { default: null },
      title: { default: null },
      width: {
        default: null,
        parseHTML: (element) => positiveInteger(element.getAttribute('width')),
      },
      height: {
        default: null,
        parseHTML: (element) => positiveInteger(element.getAttribute('height')),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'img[data-attachment-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['img', mergeAttributes(HTMLAttributes)];
  },

  addNodeView() {
    const resolveUrl = this.options.resolveUrl;
    return ({ node }) => {
      const figure = document.createElement('figure');
      figure.className = 'briefing-image';
      figure.contentEditable = 'false';
      const image = document.createElement('img');
      image.draggable = false;
      const note = document.createElement('figcaption');
      note.className = 'briefing-image-note';
      figure.append(image);
      let current = node;
      let shownId = '';
      const render = () => {
        const { attachmentId, alt, title, width, height } = current.attrs;
        image.alt = alt ?? '';
        if (title) image.title = title;
        else image.removeAttribute('title');
        if (width) image.setAttribute('width', String(width));
        else image.removeAttribute('width');
        if (height) image.setAttribute('height', String(height));
        else image.removeAttribute('height');
        if (attachmentId === shownId) return;
        shownId = attachmentId;
        figure.classList.remove('briefing-image-missing');
        note.remove();
        resolveUrl(String(attachmentId)).then(
          (url) => {
            if (shownId === attachmentId) image.src = url;
          },
          () => {
            if (shownId !== attachmentId) return;
            figure.classList.add('briefing-image-missing');
            note.textContent = alt
              ? translate('editor:imageMissingNamed', { alt })
              : translate('editor:imageMissing');
            figure.append(note);
          },
        );
      };
      render();
      return {
        dom: figure,
        update(updated) {
          if (updated.type !== current.type) return false;
          current = updated;
          render();
          return true;
        },
        selectNode: () => figure.classList.add('is-selected'),
        deselectNode: () => figure.classList.remove('is-selected'),
        ignoreMutation: () => true,
      };
    };
  },

  addCommands() {
    return {
      insertAttachmentImage:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});

/**
 * blob: URLs for attachments, each read once. `dispose` revokes them; the cache still works afterwards
 * (React may unmount and mount again in development), it just reads again.
 */
export function createAttachmentUrls(read: (attachmentId: string) => Promise<Blob>) {
  const urls = new Map<string, Promise<string>>();
  return {
    resolveUrl(attachmentId: string): Promise<string> {
      let url = urls.get(attachmentId);
      if (!url) {
        url = read(attachmentId).then((blob) => URL.createObjectURL(blob));
        // A failed read is tried again next time (the attachment may arrive with an import).
        url.catch(() => urls.delete(attachmentId));
        urls.set(attachmentId, url);
      }
      return url;
    },
    dispose(): void {
      for (const url of urls.values()) url.then(URL.revokeObjectURL, () => undefined);
      urls.clear();
    },
  };
}
