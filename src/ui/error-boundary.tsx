import {
  Component,
  createContext,
  useContext,
  type ErrorInfo,
  type ReactNode,
} from 'react';

/**
 * What a failed part may offer besides "reset": the page's stored data as a
 * file, so nothing kept in this browser is lost to a bug (issue 15). The app
 * provides it once; the ui layer knows nothing about what is stored.
 */
export type RecoveryActions = {
  readonly exportStored: (() => void) | null;
};

const RecoveryContext = createContext<RecoveryActions>({ exportStored: null });

/** Provides the "export what's stored" action to every error boundary below. */
export const RecoveryProvider = RecoveryContext.Provider;

type ErrorBoundaryProps = {
  /** The part's name, as the reader knows it ("Saved scenarios", "Latency"). */
  readonly part: string;
  /** Called by "Reset this part" before the part is mounted afresh. */
  readonly onReset?: () => void;
  readonly children: ReactNode;
};

type ErrorBoundaryState = {
  readonly error: Error | null;
  readonly mount: number;
};

/**
 * Keeps a render error inside the part that raised it: React unmounts the
 * whole tree on an uncaught error, so without this one bad stored entry or
 * link blanks the page (issue 15, D1). The failed part says what happened and
 * offers to reset itself (mounted afresh) or to export what is stored; the
 * rest of the page keeps working.
 */
export class ErrorBoundary extends Component<
  ErrorBoundaryProps,
  ErrorBoundaryState
> {
  override state: ErrorBoundaryState = { error: null, mount: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return {
      error: error instanceof Error ? error : new Error(String(error)),
    };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // The console is the one place a reader's bug report can quote from.
    console.error(`Crossover: “${this.props.part}” failed`, error, info);
  }

  private readonly reset = () => {
    this.props.onReset?.();
    this.setState((s) => ({ error: null, mount: s.mount + 1 }));
  };

  override render() {
    const { error, mount } = this.state;
    if (error)
      return (
        <PartFailed part={this.props.part} error={error} onReset={this.reset} />
      );
    // A new key on reset: the part starts from scratch, not from the state that failed.
    return <PartMount key={mount}>{this.props.children}</PartMount>;
  }
}

function PartMount({ children }: { readonly children: ReactNode }) {
  return <>{children}</>;
}

/** The message left in a failed part's place. */
function PartFailed({
  part,
  error,
  onReset,
}: {
  readonly part: string;
  readonly error: Error;
  readonly onReset: () => void;
}) {
  const { exportStored } = useContext(RecoveryContext);
  return (
    <section className="panel part-failed" role="alert">
      <h2>{part} stopped working</h2>
      <p>
        This part of the page hit an error and was stopped; the rest of the page
        still works. Nothing stored in this browser was changed.
      </p>
      <p className="part-failed-reason">
        What happened: {error.message.slice(0, 300) || error.name}
      </p>
      <div className="button-row">
        <button type="button" onClick={onReset}>
          Reset this part
        </button>
        {exportStored ? (
          <button type="button" onClick={exportStored}>
            Export what’s stored
          </button>
        ) : null}
      </div>
    </section>
  );
}
