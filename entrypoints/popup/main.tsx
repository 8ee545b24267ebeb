import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import { PopupApp } from './PopupApp';
import { askTabPage, currentTabId } from './tab-page';

// Ask for the tab's facts before rendering anything: the request and the first render overlap.
const tabId = currentTabId().catch(() => null);
const firstPage = tabId.then(askTabPage);

render(<PopupApp tabId={tabId} firstPage={firstPage} />, document.getElementById('app')!);
