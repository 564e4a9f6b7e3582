import { t } from '@/lib/i18n';
import { ErrorAlert } from '../ErrorAlert';

/**
 * The end of every dashboard form: the error, if any, then Save (and Cancel
 * when the form can be left), and the form's status line when it stays on
 * screen after saving (a contact, the settings).
 */
export function FormFooter({
  error,
  onCancel,
  saveLabel,
  status,
}: {
  error?: string | undefined;
  onCancel?: () => void;
  saveLabel?: string;
  /** A status line that stays (its live region exists before it has words to announce). */
  status?: { text: string | undefined; isError: boolean };
}) {
  return (
    <>
      <ErrorAlert text={error} />
      <div className="actions">
        <button type="submit" className="primary">
          {saveLabel ?? t('dashSave')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('dashCancel')}
          </button>
        )}
        {status && (
          <p role="status" className={status.isError ? 'error' : 'muted'}>
            {status.text}
          </p>
        )}
      </div>
    </>
  );
}
