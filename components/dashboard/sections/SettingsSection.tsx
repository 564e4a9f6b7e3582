import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { t } from '@/lib/i18n';
import { routeHref, type Route } from '../router';
import { UndoToast } from '../../undo/UndoToast';
import { SettingsForm } from '../settings/SettingsForm';
import { SnippetTemplates } from '../settings/SnippetTemplates';

/** Settings: language, routine, boundaries, cadences, caps, and message templates. */
export function SettingsSection(_props: { route: Route }) {
  const settings = useLiveQuery(() => getSettings(getDb()), []);
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navSettings')}</h1>
      <p>
        <a href={routeHref('welcome')}>{t('settingsOpenWelcome')}</a>
      </p>
      {settings ? <SettingsForm settings={settings} /> : <p className="muted">{t('loading')}</p>}
      <SnippetTemplates />
      <UndoToast />
    </section>
  );
}
