import { useEffect, useId, useRef, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { RetryingSuspense } from './retrying-suspense';

type ToolDialogProps = {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
};

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape
 * closes it and focus returns to the opener. Mounted only while open, so a
 * dialog's lazily loaded code is fetched on first use.
 */
export function ToolDialog({ title, onClose, children }: ToolDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener =
      document.activeElement instanceof HTMLElement
        ? document.activeElement
        : null;
    // jsdom has no showModal; the open attribute is enough there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="tool-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="tool-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="close" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="tool-dialog-body">
        {/* A dialog that fails says so inside itself; the page stays (issue 15). */}
        <ErrorBoundary part={title}>
          <RetryingSuspense fallback={<p>Loading…</p>}>
            {children}
          </RetryingSuspense>
        </ErrorBoundary>
      </div>
    </dialog>
  );
}
