// How each status looks, in one place: the page highlights, the fallback marks and the legend
// all use these declarations. Status never rests on colour alone: each has its own underline
// style. Only properties that ::highlight() accepts and that cannot move text are used
// (background, text-decoration) — no padding, border or font changes, so layout is untouched.
// Semi-transparent tints and mid-tone underline colours stay readable on light and dark sites.
import type { ClaimStatus } from '../engine/types';
import type { MarkSetting, MarkStyle } from './mark-policy';

export const STATUSES: readonly ClaimStatus[] = ['conflict', 'updated', 'variant', 'same', 'only'];
/** Every style a mark can have: the statuses and the calm page's quiet agreement. */
export const MARK_STYLES: readonly MarkStyle[] = [...STATUSES, 'quiet'];

export const STATUS_DECLARATIONS: Record<MarkStyle | 'active', string> = {
  conflict:
    'background-color: rgba(229, 57, 53, 0.22); text-decoration: underline wavy rgb(229, 57, 53); text-decoration-thickness: 2px; text-decoration-skip-ink: none;',
  updated:
    'background-color: rgba(245, 158, 11, 0.18); text-decoration: underline dashed rgb(217, 119, 6); text-decoration-thickness: 2px;',
  variant: 'text-decoration: underline dotted rgb(124, 92, 255); text-decoration-thickness: 3px;',
  same: 'text-decoration: underline solid rgb(22, 163, 74); text-decoration-thickness: 1px;',
  only: 'text-decoration: underline dotted rgba(128, 128, 128, 0.8); text-decoration-thickness: 1px;',
  // Agreement on the calm page: there to be clicked, not to be seen from across the room.
  quiet: 'text-decoration: underline solid rgba(22, 163, 74, 0.4); text-decoration-thickness: 1px;',
  // The claim whose card is open or that keyboard navigation is on.
  active: 'background-color: rgba(59, 130, 246, 0.35);',
};

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  conflict: 'Conflicts with another source',
  updated: 'Changed over time',
  variant: 'Spelled differently elsewhere',
  same: 'Agrees with other sources',
  only: 'Reported here only',
};

export const STATUS_EXPLANATION: Record<ClaimStatus, string> = {
  conflict: 'Red wavy underline: another source states an incompatible value for the same thing at the same time.',
  updated: 'Dashed amber underline: the figure differs in line with the dates (or this outlet changed it since you saved it).',
  variant: 'Dotted violet underline: the same name in another spelling or script.',
  same: 'Thin solid green underline: other sources agree, exactly or within their wording ("around 250" and "251").',
  only: 'Faint dotted grey underline: no other saved source states this.',
};

/** The legend's entries for one mark setting: what each visible mark means, then what has none. */
export interface LegendEntry {
  style: MarkStyle | null;
  label: string;
  text: string;
}

export function legendEntries(setting: MarkSetting): LegendEntry[] {
  const entry = (s: ClaimStatus): LegendEntry => ({ style: s, label: STATUS_LABEL[s], text: STATUS_EXPLANATION[s] });
  if (setting === 'all') return STATUSES.map(entry);
  return [
    entry('conflict'),
    entry('updated'),
    entry('variant'),
    { style: 'only', label: STATUS_LABEL.only, text: 'Faint dotted grey underline: a figure, date or quote no other saved source states.' },
    { style: 'quiet', label: 'Agrees with other sources', text: 'Faint green underline: a figure, date or quote other sources confirm.' },
    {
      style: null,
      label: 'No mark',
      text: 'A name spelled as the other sources spell it, or named only here. It is still listed in the popup. “Show every mark” in the options marks it too.',
    },
  ];
}

export const HIGHLIGHT_PREFIX = 'crossread-';
/** The fallback's wrapper element (only when the Custom Highlight API is missing). */
export const MARK_TAG = 'crossread-mark';

export function pageStylesheet(): string {
  const rules: string[] = [];
  for (const key of [...MARK_STYLES, 'active'] as const) {
    rules.push(`::highlight(${HIGHLIGHT_PREFIX}${key}) { ${STATUS_DECLARATIONS[key]} }`);
    rules.push(`${MARK_TAG}[data-crossread-status~="${key}"] { ${STATUS_DECLARATIONS[key]} }`);
  }
  // The fallback element must behave like bare text: inline, nothing else inherited or added.
  rules.push(`${MARK_TAG} { display: inline; }`);
  return rules.join('\n');
}
