/**
 * Embed mode (ADR-4, ADR-15 convention 7): read the view parameters, post the
 * versioned emit-only messages to the host page, build the snippet. See
 * README.md in this folder for the messages, CSP and frame-ancestors.
 */
export {
  EMBED_PANELS,
  LOCKABLE_INPUTS,
  embedConfigFrom,
  isFramed,
  originOrNull,
  type EmbedConfig,
  type EmbedPanel,
  type EmbedTheme,
  type LockableInput,
} from './detect-embed';
export {
  EMBED_PROTOCOL_VERSION,
  embedMessageSchema,
  readyMessage,
  resizeMessage,
  scenarioChangedMessage,
  type EmbedMessage,
  type ReadyMessage,
  type ResizeMessage,
  type ScenarioChangedMessage,
} from './protocol';
export {
  createParentBridge,
  type MessageTarget,
  type ParentBridge,
} from './parent-bridge';
export { useAutoResize } from './use-auto-resize';
export {
  buildEmbedSnippet,
  escapeHtmlAttribute,
  type EmbedSnippetOptions,
} from './embed-snippet';
