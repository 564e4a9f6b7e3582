import { t } from '@/lib/i18n';

/** Edit and Delete for one record of a list, each named after it for screen readers ("Edit “Paris.js”"). */
export function EditDeleteButtons({
  name,
  onEdit,
  onDelete,
}: {
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <>
      <button type="button" aria-label={t('dashEditLabel', name)} onClick={onEdit}>
        {t('dashEdit')}
      </button>
      <button type="button" aria-label={t('dashDeleteLabel', name)} onClick={onDelete}>
        {t('dashDelete')}
      </button>
    </>
  );
}
