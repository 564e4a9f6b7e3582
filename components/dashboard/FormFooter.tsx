import { t } from '@/lib/i18n';

/** The end of every dashboard form: the error, if any, then Save and Cancel. */
export function FormFooter({ error, onCancel }: { error?: string | undefined; onCancel: () => void }) {
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('dashSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('dashCancel')}
        </button>
      </div>
    </>
  );
}
