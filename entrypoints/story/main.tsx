import { render } from 'preact';
import '../../components/theme.css';
import './story.css';
import { StoryApp } from './StoryApp';

// story.html?story=<id>[&since=<ms>]: the popup passes when the reader last opened the story,
// since opening it in the popup a moment ago already moved that mark.
const params = new URLSearchParams(location.search);
// An empty `since` is the popup saying "never opened before"; no `since` at all: opened directly.
const raw = params.get('since');
const since = raw === null ? undefined : raw === '' || !Number.isFinite(Number(raw)) ? null : Number(raw);
render(<StoryApp storyId={params.get('story')} since={since} />, document.getElementById('app')!);
