import { PanelApp } from '@/components/panel/PanelApp';
import { withFirstReadStarted } from '@/components/panel/first-read';
import { mountApp } from '@/components/mount';
import { createBrowserPageAccess } from './page-access';
import '@/components/theme.css';

// `?tab=<id>` pins the panel to one tab (pop-out window, tests); otherwise it
// follows the active tab of its window.
const pinned = Number(new URLSearchParams(location.search).get('tab'));

// The tab is read at once, while the page starts (components/panel/first-read.ts).
const access = withFirstReadStarted(
  createBrowserPageAccess(Number.isInteger(pinned) && pinned > 0 ? pinned : undefined),
);

mountApp(() => <PanelApp access={access} />);
