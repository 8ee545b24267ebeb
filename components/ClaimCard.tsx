// The card beside a clicked fact: what it is about, its value here, and every other saved
// source's value in its own words. Everything is rendered as text nodes (JSX children), never
// as HTML, because quotes come from web pages. No header/footer elements: inside a site's page
// they would read as a second banner and contentinfo landmark; headings start at h2, the level
// after a page's h1, wherever the card is appended.
import type { PageClaim, OtherSource } from '@/lib/messages';
import type { Relation } from '@/lib/engine/types';
import { STATUS_LABEL } from '@/lib/highlight/status-styles';
import type { MarkSetting } from '@/lib/highlight/mark-policy';
import { Legend, StatusSample } from './Legend';

const RELATION_TEXT: Record<Relation, string> = {
  conflict: 'conflicts',
  updated: 'changed over time',
  variant: 'other spelling',
  same: 'agrees',
};

export interface ClaimCardProps {
  claim: PageClaim;
  /** Its place among the page's marked facts; null for an unmarked one opened from the popup. */
  position: number | null;
  total: number;
  marks: MarkSetting;
  showLegend: boolean;
  onToggleLegend: () => void;
  onClose: () => void;
  onMove: (step: 1 | -1) => void;
}

/** The quote with its value in bold, built from text pieces. */
function QuoteWithValue(props: { quote: string; value: string }) {
  const i = props.value ? props.quote.indexOf(props.value) : -1;
  if (i < 0) return <>“{props.quote}”</>;
  return (
    <>
      “{props.quote.slice(0, i)}
      <strong>{props.value}</strong>
      {props.quote.slice(i + props.value.length)}”
    </>
  );
}

function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function Source(props: { source: OtherSource }) {
  const s = props.source;
  return (
    <li class={`cr-source cr-rel-${s.relation}`}>
      <div class="cr-source-head">
        <StatusSample status={s.relation} text={RELATION_TEXT[s.relation]} />
        <span class="cr-source-value">{s.written}</span>
        {s.resolved && <span class="cr-resolved">= {s.resolved}</span>}
      </div>
      {s.why && <p class="cr-why">{s.why}</p>}
      <blockquote class="cr-quote">
        <QuoteWithValue quote={s.quote} value={s.written} />
      </blockquote>
      <div class="cr-source-meta">
        <span>{s.outlet ?? 'Unknown outlet'}</span>
        {s.published && <span> · {s.published}</span>}
        {' · '}
        {isWebLink(s.articleUrl) ? (
          <a href={s.articleUrl} target="_blank" rel="noopener noreferrer" title={s.title}>
            open source
          </a>
        ) : (
          <span title={s.title}>bundled sample article</span>
        )}
      </div>
    </li>
  );
}

export function ClaimCard(props: ClaimCardProps) {
  const { claim } = props;
  return (
    <div class="cr-card" role="dialog" aria-label={`Fact: ${claim.about}`} tabIndex={-1}>
      <div class="cr-head">
        <StatusSample status={claim.status} text={STATUS_LABEL[claim.status]} />
        <button type="button" class="cr-close" aria-label="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </div>
      {props.showLegend ? (
        <Legend marks={props.marks} onClose={props.onToggleLegend} />
      ) : (
        <>
          <p class="cr-about">{claim.about}</p>
          <p class="cr-here">
            <span class="cr-label">Here: </span>
            <strong>{claim.written}</strong>
            {claim.resolved && <span class="cr-resolved"> = {claim.resolved}</span>}
          </p>
          {claim.previousWritten !== null && (
            <p class="cr-previous">
              When you saved this page earlier it said <strong>{claim.previousWritten}</strong>.
            </p>
          )}
          <h2 class="cr-others-title">
            {claim.others.length ? `Other sources (${claim.others.length})` : 'Other sources'}
          </h2>
          {claim.others.length ? (
            <ul class="cr-sources">
              {claim.others.map((s, i) => (
                <Source key={i} source={s} />
              ))}
            </ul>
          ) : (
            <p class="cr-none">None of your saved articles states this.</p>
          )}
        </>
      )}
      <div class="cr-foot">
        <button type="button" class="cr-nav" aria-label="Previous fact (Alt+Shift+Left)" onClick={() => props.onMove(-1)}>
          ‹
        </button>
        <span class="cr-count">
          {props.position === null ? `not marked · ${props.total} marked` : `${props.position} of ${props.total}`}
        </span>
        <button type="button" class="cr-nav" aria-label="Next fact (Alt+Shift+Right)" onClick={() => props.onMove(1)}>
          ›
        </button>
        {!props.showLegend && (
          <button type="button" class="cr-link-button" onClick={props.onToggleLegend}>
            What do the marks mean?
          </button>
        )}
      </div>
    </div>
  );
}
