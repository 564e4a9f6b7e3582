import { t } from '@/lib/i18n';
import type { Opportunity } from '@/lib/schemas/library';
import { formatDate } from '../resources/dates';
import { ContactName } from './ContactPicker';
import { KIND_LABELS, STATUS_LABELS } from './kinds';
import { EditDeleteButtons } from '../EditDeleteButtons';

type Saved = Opportunity & { id: number };

/** What the network brought, newest first: kind, from whom, when, value and status. */
export function OpportunityList({
  items,
  onEdit,
  onDelete,
}: {
  items: readonly Saved[];
  onEdit: (o: Saved) => void;
  onDelete: (o: Saved) => void;
}) {
  return (
    <table className="dash-table">
      <caption className="visually-hidden">{t('oppTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashDate')}</th>
          <th scope="col">{t('oppKind')}</th>
          <th scope="col">{t('oppTitleField')}</th>
          <th scope="col">{t('oppFrom')}</th>
          <th scope="col">{t('oppValueNote')}</th>
          <th scope="col">{t('oppStatus')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('dashActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((o) => {
          const name = o.title ?? t(KIND_LABELS[o.kind]);
          return (
            <tr key={o.id}>
              <td>{formatDate(o.date)}</td>
              <td>{t(KIND_LABELS[o.kind])}</td>
              <td>{o.title}</td>
              <td>{o.sourceContactId !== undefined && <ContactName id={o.sourceContactId} />}</td>
              <td>{o.valueNote}</td>
              <td>{t(STATUS_LABELS[o.status])}</td>
              <td className="row-actions">
                <EditDeleteButtons name={name} onEdit={() => onEdit(o)} onDelete={() => onDelete(o)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
