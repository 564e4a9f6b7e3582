import { StrictMode, createElement as h } from 'react';
import { createRoot } from 'react-dom/client';

// The least a React page can do: mount and show one heading, with the id the
// first-paint watcher looks for. The side panel's first paint is measured next to this.
// (createElement rather than JSX: this small build has no JSX transform of its own.)
createRoot(document.getElementById('root')!).render(
  h(StrictMode, null, h('main', null, h('h1', { id: 'person-name' }, 'Empty React page'))),
);
