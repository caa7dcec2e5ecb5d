import type { ReactNode, Ref } from 'react';

type PanelProps = {
  /** Used for the heading's id and the region's accessible name. */
  readonly id: string;
  readonly title: string;
  readonly headingLevel?: 2 | 3;
  readonly actions?: ReactNode;
  readonly className?: string;
  /** The section element (a results region marks itself busy through it). */
  readonly ref?: Ref<HTMLElement>;
  readonly children: ReactNode;
};

/** A titled card that is a landmark region named by its heading. */
export function Panel({
  id,
  title,
  headingLevel = 2,
  actions,
  className,
  ref,
  children,
}: PanelProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      ref={ref}
      aria-labelledby={`${id}-title`}
      className={`panel ${className ?? ''}`.trim()}
    >
      <div className="panel-head">
        <Heading id={`${id}-title`} className="panel-title">
          {title}
        </Heading>
        {actions ? <div className="panel-actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
