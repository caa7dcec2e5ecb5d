import { useState } from 'react';

/** Copies text; falls back to the old execCommand route where the Clipboard API is missing or refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions, insecure context): try the fallback.
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

/** A copy button whose result is announced politely. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  // The result belongs to the text that was copied; a new text clears it.
  const [result, setResult] = useState<{ text: string; ok: boolean } | null>(
    null,
  );
  const status =
    result === null || result.text !== text
      ? 'idle'
      : result.ok
        ? 'copied'
        : 'failed';
  return (
    <>
      <button
        type="button"
        onClick={() => {
          void copyText(text).then((ok) => setResult({ text, ok }));
        }}
      >
        {label}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied'
          ? 'Copied.'
          : status === 'failed'
            ? 'Could not copy: select the text and copy it yourself.'
            : ''}
      </span>
    </>
  );
}
