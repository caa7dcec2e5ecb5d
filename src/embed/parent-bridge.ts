import {
  readyMessage,
  resizeMessage,
  scenarioChangedMessage,
  type EmbedMessage,
} from './protocol';

/** The parent window as far as posting goes. */
export type MessageTarget = {
  readonly postMessage: (message: unknown, targetOrigin: string) => void;
};

export type ParentBridge = {
  readonly ready: (height: number) => void;
  readonly resize: (height: number) => void;
  readonly scenarioChanged: (params: string) => void;
};

/**
 * Posts the embed's messages to its parent. `ready` and `resize` carry only a
 * height, so they may go to any parent (`'*'`); `scenario-changed` carries the
 * reader's scenario and goes only to `parentOrigin` — never to `'*'`, and not
 * at all when no origin was named (ADR-4). No listener is ever added.
 */
export function createParentBridge(
  parent: MessageTarget | null,
  parentOrigin: string | null,
): ParentBridge {
  let lastHeight = -1;
  const post = (message: EmbedMessage, targetOrigin: string) => {
    try {
      parent?.postMessage(message, targetOrigin);
    } catch {
      // A detached or sandboxed parent: messages are best effort.
    }
  };
  return {
    ready: (height) => {
      lastHeight = Math.ceil(height);
      post(readyMessage(height), '*');
    },
    resize: (height) => {
      const h = Math.ceil(height);
      if (h === lastHeight) return;
      lastHeight = h;
      post(resizeMessage(h), '*');
    },
    scenarioChanged: (params) => {
      if (parentOrigin) post(scenarioChangedMessage(params), parentOrigin);
    },
  };
}
