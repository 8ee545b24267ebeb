// Which tab the popup is about, and that tab's facts. Started from main.tsx before the first
// render, because the answer is what the first panel waits for.
import { browser } from 'wxt/browser';
import type { TabPage } from '../../lib/background/manage';
import { sendMessage } from '../../lib/messages';

export type PageState = { value: TabPage } | { error: string };

/** `?tab=<id>` names the tab the popup is about (tests open the popup as a page of its own). */
export function tabParam(): number | null {
  const param = new URLSearchParams(location.search).get('tab');
  return param !== null && /^\d+$/.test(param) ? Number(param) : null;
}

export async function currentTabId(): Promise<number | null> {
  const param = tabParam();
  if (param !== null) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function errorText(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/^Bad message: /, '');
}

export async function askTabPage(tabId: number | null): Promise<PageState> {
  if (tabId === null) return { value: { state: 'unreadable' } };
  performance.mark('crossread:popup:ask-page');
  try {
    const value = await sendMessage('getTabPage', { tabId });
    performance.mark('crossread:popup:page-answer');
    return { value };
  } catch (err) {
    return { error: errorText(err) };
  }
}
