import { lazy, Suspense, type ReactNode } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { SECTIONS, routeHref, useRoute, type Route, type Section } from './router';
import { ContactsSection } from './sections/ContactsSection';
import { RoutineSection } from './sections/RoutineSection';
import { ResourcesSection } from './sections/ResourcesSection';
import { EventsSection } from './sections/EventsSection';
import { OpportunitiesSection } from './sections/OpportunitiesSection';
import { CommunitiesSection } from './sections/CommunitiesSection';
import { SettingsSection } from './sections/SettingsSection';
import { DataSection } from './sections/DataSection';
import { WelcomeSection } from './sections/WelcomeSection';
import { SyncSection } from './sections/SyncSection';
import { useDashboardLanguage } from './use-dashboard-language';
import { UnfinishedNotice } from './data/UnfinishedNotice';

/** Impact draws charts (recharts): loaded when first opened, so every other section starts without it. */
const ImpactSection = lazy(() =>
  import('./sections/ImpactSection').then((m) => ({ default: m.ImpactSection })),
);

const LABELS: Record<Section, MessageKey> = {
  contacts: 'navContacts',
  routine: 'navRoutine',
  resources: 'navResources',
  events: 'navEvents',
  opportunities: 'navOpportunities',
  communities: 'navCommunities',
  impact: 'navImpact',
  settings: 'navSettings',
  sync: 'navSync',
  data: 'navData',
  welcome: 'welcomeTitle',
};

/** One component per section; each gets the route so it can read its own sub-path. */
const VIEWS: Record<Section, (props: { route: Route }) => ReactNode> = {
  contacts: ContactsSection,
  routine: RoutineSection,
  resources: ResourcesSection,
  events: EventsSection,
  opportunities: OpportunitiesSection,
  communities: CommunitiesSection,
  impact: ImpactSection,
  settings: SettingsSection,
  sync: SyncSection,
  data: DataSection,
  welcome: WelcomeSection,
};

/** Sections the navigation lists: the welcome page is opened on install and from Settings. */
const NAV = SECTIONS.filter((s) => s !== 'welcome');

/** The dashboard: a section per hash URL (`#/contacts`, `#/routine/monday`…), so the back button works. */
export function DashboardApp() {
  const route = useRoute();
  const View = VIEWS[route.section];
  // The language setting applies at once: a new key re-renders every string.
  const language = useDashboardLanguage();
  return (
    <div className="dashboard-layout" key={language}>
      <nav aria-label={t('dashboardNav')} className="dashboard-nav">
        <p className="brand">Guild</p>
        <ul>
          {NAV.map((section) => (
            <li key={section}>
              <a href={routeHref(section)} aria-current={route.section === section ? 'page' : undefined}>
                {t(LABELS[section])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="dashboard" id="main">
        <UnfinishedNotice />
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          <View route={route} />
        </Suspense>
      </main>
    </div>
  );
}
