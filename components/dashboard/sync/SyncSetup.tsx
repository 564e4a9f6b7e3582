import { useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { createTransport, SyncHttpError, turnOn, unlock } from '@/lib/sync';
import { FormField } from '../contacts/FormField';
import { TitledForm } from '../TitledForm';
import { checkDatabaseUrl, ERROR_WORDS, MIN_PASSPHRASE, originPattern } from './sync-words';

/**
 * Turning sync on: the server, its credentials and the passphrase. The
 * browser asks the user for access to that one server first; the passphrase
 * is checked against the server's key check before anything is written.
 */
export function SyncSetup({
  initialUrl = '',
  initialUser = '',
}: {
  initialUrl?: string;
  initialUser?: string;
}) {
  const [url, setUrl] = useState(initialUrl);
  const [user, setUser] = useState(initialUser);
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const database = checkDatabaseUrl(url);
    if (!database) return setError(t('syncUrlInvalid'));
    if (passphrase.length < MIN_PASSPHRASE) return setError(t('syncPassphraseTooShort'));
    // First thing in the click: the browser only shows its prompt during a user gesture.
    const granted = await browser.permissions
      .request({ origins: [originPattern(database)] })
      .catch(() => false);
    if (!granted) return setError(t('syncPermissionRefused'));
    setBusy(true);
    setError(t('syncChecking'));
    const config = { url: database.href.replace(/\/+$/, ''), user: user.trim(), password };
    try {
      const unlocked = await unlock(createTransport(config), passphrase);
      if (!unlocked.ok) return setError(t(ERROR_WORDS[unlocked.reason]));
      await turnOn(getDb(), config, unlocked.keys);
      setError(undefined);
      await sendMessage({ type: 'sync:now' }).catch(() => undefined);
    } catch (e) {
      setError(t(ERROR_WORDS[e instanceof SyncHttpError ? e.code : 'server-error']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <TitledForm id="sync-setup-title" title={t('syncTurnOn')} className="settings-form" onSubmit={submit}>
      <FormField label={t('syncUrl')} hint={t('syncUrlHint')}>
        {(a11y) => (
          <input
            {...a11y}
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            autoComplete="url"
          />
        )}
      </FormField>
      <FormField label={t('syncUser')}>
        {(a11y) => (
          <input {...a11y} value={user} onChange={(e) => setUser(e.target.value)} autoComplete="username" />
        )}
      </FormField>
      <FormField label={t('syncPassword')}>
        {(a11y) => (
          <input
            {...a11y}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        )}
      </FormField>
      <p className="warning" id="sync-passphrase-warning">
        {t('syncPassphraseWarning')}
      </p>
      <FormField label={t('syncPassphrase')}>
        {(a11y) => (
          <input
            {...a11y}
            type="password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete="new-password"
            aria-describedby="sync-passphrase-warning"
          />
        )}
      </FormField>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('syncTurnOn')}
        </button>
        <p role="status" className={error && !busy ? 'error' : 'muted'}>
          {error}
        </p>
      </div>
    </TitledForm>
  );
}
