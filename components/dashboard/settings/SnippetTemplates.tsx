import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, snippets } from '@/lib/db';
import { getLanguage, t, type Language, type MessageKey } from '@/lib/i18n';
import type { Snippet } from '@/lib/schemas/library';
import { templatesFor } from '@/lib/snippets';
import { FormField } from '../contacts/FormField';
import { TitledForm } from '../TitledForm';
import { ChoiceSelect } from '../ChoiceSelect';
import { TemplateEditor } from './TemplateEditor';
import { TemplateFields, templateProblems, type TemplateProblems } from './TemplateFields';

type Kind = Snippet['kind'];
const KINDS: Record<Kind, MessageKey> = {
  'follow-up': 'settingsKindFollowUp',
  opener: 'settingsKindOpener',
  share: 'settingsKindShare',
  introduce: 'settingsKindIntroduce',
  congratulate: 'settingsKindCongratulate',
  review: 'settingsKindReview',
  custom: 'settingsKindCustom',
};

/** Message templates per language: the built-ins (editable, restorable) and the user's own. */
export function SnippetTemplates() {
  const [language, setLanguage] = useState<Language>(getLanguage());
  const stored = useLiveQuery(() => snippets.all(getDb()), []);
  if (!stored) return null;
  const templates = templatesFor(language, stored);
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('settingsTemplates')}</h2>
      <fieldset className="inline">
        <legend>{t('settingsTemplatesLanguage')}</legend>
        {(['en', 'fr'] as const).map((l) => (
          <label key={l} className="check">
            <input
              type="radio"
              name="template-language"
              checked={language === l}
              onChange={() => setLanguage(l)}
            />
            <span>{l === 'en' ? 'English' : 'Français'}</span>
          </label>
        ))}
      </fieldset>
      <ul className="template-list">
        {templates.map((template) => (
          <li key={`${template.ref}:${template.snippetId ?? ''}`}>
            <details>
              <summary>
                {template.title} <span className="muted">({t(KINDS[template.kind])})</span>
                {template.edited && <span className="badge">{t('settingsTemplateEdited')}</span>}
              </summary>
              <TemplateEditor template={template} />
            </details>
          </li>
        ))}
      </ul>
      <NewTemplate language={language} />
    </section>
  );
}

function NewTemplate({ language }: { language: Language }) {
  const [kind, setKind] = useState<Kind>('custom');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<TemplateProblems>({ body: [] });
  const [status, setStatus] = useState<string>();

  async function add(event: FormEvent) {
    event.preventDefault();
    const found = templateProblems(title, body);
    setProblems(found);
    if (found.title || found.body.length) return setStatus(t('settingsTemplateInvalid'));
    await snippets.add(getDb(), { language, kind, title: title.trim(), body, updatedAt: Date.now() });
    setTitle('');
    setBody('');
    setStatus(t('settingsTemplateAdded'));
  }

  return (
    <TitledForm
      id="new-template-title"
      title={t('settingsTemplateAdd')}
      heading="h3"
      className="new-template"
      onSubmit={add}
    >
      <FormField label={t('settingsTemplateKind')}>
        {(a11y) => <ChoiceSelect {...a11y} labels={KINDS} value={kind} onChange={setKind} />}
      </FormField>
      <TemplateFields title={title} onTitle={setTitle} body={body} onBody={setBody} problems={problems} />
      <div className="actions">
        <button type="submit">{t('settingsTemplateAddAction')}</button>
        <p role="status" className="muted">
          {status}
        </p>
      </div>
    </TitledForm>
  );
}
