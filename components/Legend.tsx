// What each highlight style means, for the reader's mark setting: the calm page says which facts
// carry no mark at all. Samples use the very declarations the page highlights use.
import type { ClaimStatus } from '@/lib/engine/types';
import type { MarkSetting, MarkStyle } from '@/lib/highlight/mark-policy';
import { STATUS_DECLARATIONS, legendEntries } from '@/lib/highlight/status-styles';

function cssToStyle(decls: string): Record<string, string> {
  const style: Record<string, string> = {};
  for (const part of decls.split(';')) {
    const i = part.indexOf(':');
    if (i > 0) style[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return style;
}

export function StatusSample(props: { status: ClaimStatus | MarkStyle; text?: string }) {
  return (
    <span class="cr-sample" style={cssToStyle(STATUS_DECLARATIONS[props.status])}>
      {props.text ?? 'sample'}
    </span>
  );
}

export function Legend(props: { marks: MarkSetting; onClose?: () => void }) {
  return (
    <section class="cr-legend" aria-label="What the marks mean">
      <h2>What the marks mean</h2>
      <ul>
        {legendEntries(props.marks).map((e) => (
          <li key={e.label}>
            {e.style ? <StatusSample status={e.style} text={e.label} /> : <span class="cr-sample">{e.label}</span>}
            <span class="cr-legend-text">{e.text}</span>
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
