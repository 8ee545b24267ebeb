// What each highlight style means. Samples use the very declarations the page highlights use.
import type { ClaimStatus } from '@/lib/engine/types';
import { STATUSES, STATUS_DECLARATIONS, STATUS_EXPLANATION, STATUS_LABEL } from '@/lib/highlight/status-styles';

function cssToStyle(decls: string): Record<string, string> {
  const style: Record<string, string> = {};
  for (const part of decls.split(';')) {
    const i = part.indexOf(':');
    if (i > 0) style[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return style;
}

export function StatusSample(props: { status: ClaimStatus; text?: string }) {
  return (
    <span class="cr-sample" style={cssToStyle(STATUS_DECLARATIONS[props.status])}>
      {props.text ?? 'sample'}
    </span>
  );
}

export function Legend(props: { onClose?: () => void }) {
  return (
    <section class="cr-legend" aria-label="What the marks mean">
      <h3>What the marks mean</h3>
      <ul>
        {STATUSES.map((s) => (
          <li key={s}>
            <StatusSample status={s} text={STATUS_LABEL[s]} />
            <span class="cr-legend-text">{STATUS_EXPLANATION[s]}</span>
          </li>
        ))}
      </ul>
      <p class="cr-legend-keys">
        Click a marked fact (or press Alt+Shift+→ / ← to move from fact to fact, Enter to open) · Esc closes.
        Nothing leaves your browser: sources are the articles you saved.
      </p>
      {props.onClose && (
        <button type="button" class="cr-link-button" onClick={props.onClose}>
          Back to the fact
        </button>
      )}
    </section>
  );
}
