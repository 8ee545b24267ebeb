// A failure in one panel shows a message saying what happened instead of a blank popup.
import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What the panel was doing, for the message ("show the story table"). */
  what: string;
  children: ComponentChildren;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static override getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    console.error(`Crossread could not ${this.props.what}`, error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorNotice
        title={`Crossread could not ${this.props.what}.`}
        detail={error.message}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

export function ErrorNotice(props: { title: string; detail?: string; onRetry?: () => void }) {
  return (
    <div class="notice error" role="alert">
      <p>
        <strong>{props.title}</strong>
      </p>
      {props.detail && <p class="muted">Details: {props.detail}</p>}
      {props.onRetry && (
        <button type="button" onClick={props.onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
