import { getLanguage, t } from '@/lib/i18n';
import { validateTemplate } from '@/lib/snippets';
import { FormField } from '../contacts/FormField';

export interface TemplateProblems {
  title?: string;
  body: string[];
}

/** Problems with a template as sentences: a title, and a body the snippet parser accepts. */
export function templateProblems(title: string, body: string): TemplateProblems {
  return {
    title: title.trim() ? undefined : t('settingsTemplateTitleRequired'),
    body: body.trim() ? validateTemplate(body, getLanguage()) : [t('settingsTemplateBodyRequired')],
  };
}

/** A template's title and body with their problems: the same fields to add a template or edit one. */
export function TemplateFields(props: {
  title: string;
  onTitle: (title: string) => void;
  body: string;
  onBody: (body: string) => void;
  problems: TemplateProblems;
}) {
  const { title, body, problems } = props;
  return (
    <>
      <FormField label={t('settingsTemplateTitle')} error={problems.title}>
        {(a11y) => (
          <input {...a11y} value={title} onChange={(e) => props.onTitle(e.target.value)} maxLength={200} />
        )}
      </FormField>
      <FormField
        label={t('settingsTemplateBody')}
        hint={t('settingsTemplateBodyHint')}
        error={problems.body.length ? problems.body.join(' ') : undefined}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            value={body}
            rows={7}
            maxLength={5000}
            onChange={(e) => props.onBody(e.target.value)}
          />
        )}
      </FormField>
    </>
  );
}
