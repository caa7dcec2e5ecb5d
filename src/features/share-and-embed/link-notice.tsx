import { useId } from 'react';
import type { UrlIssue, UrlIssueKind } from '../../url';

/** Kinds that mean part of the link was not used; the rest are notes. */
const IGNORED: ReadonlySet<UrlIssueKind> = new Set([
  'invalid',
  'out-of-range',
  'unknown-key',
  'unknown-id',
  'duplicate',
  'too-many',
  'newer-version',
]);

type LinkNoticeProps = {
  readonly issues: readonly UrlIssue[];
  readonly onDismiss: () => void;
  readonly compact?: boolean;
};

/**
 * What a link did not use as written, and why: each message is plain text
 * (React escapes it), so a crafted link cannot inject markup. Dismissible;
 * the scenario itself already loaded with every good field.
 */
export function LinkNotice({ issues, onDismiss, compact }: LinkNoticeProps) {
  const titleId = useId();
  if (issues.length === 0) return null;
  const ignored = issues.filter((i) => IGNORED.has(i.kind)).length;
  const title =
    ignored > 0
      ? `Part of this link could not be used (${ignored} ${ignored === 1 ? 'field' : 'fields'})`
      : issues.some((i) => i.kind === 'prices-changed')
        ? 'Prices changed since this link was made'
        : 'About this link';
  return (
    <section
      className={`link-notice${compact ? ' compact' : ''}`}
      aria-labelledby={titleId}
      role="status"
    >
      <p id={titleId} className="link-notice-title">
        <strong>{title}</strong>
      </p>
      {ignored > 0 ? (
        <p className="link-notice-lead">
          The rest of the scenario loaded; each field below fell back on its
          own.
        </p>
      ) : null}
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>{issue.message}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
