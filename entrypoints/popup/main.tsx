import { render } from 'preact';
render(<p>Crossread</p>, document.getElementById('app')!);
