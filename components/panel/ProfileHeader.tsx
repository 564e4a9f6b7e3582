import { t } from '@/lib/i18n';
import type { ReadValues } from './CorrectFields';
import { Avatar } from '../Avatar';

/** Who is on the page: initials, name, headline, role, location; and the way to correct them. */
export function ProfileHeader({
  fields,
  onCorrect,
}: {
  fields: ReadValues & { name: string };
  /** Absent while the fields are being corrected. */
  onCorrect?: () => void;
}) {
  const { name, headline, company, position, location } = fields;
  const role = [position, company].filter(Boolean).join(' · ');
  return (
    <header className="profile-head">
      <Avatar name={name} />
      <div>
        <h1 id="person-name">{name}</h1>
        {headline && (
          <p className="headline" data-testid="person-headline">
            {headline}
          </p>
        )}
        {role && <p className="muted">{role}</p>}
        {location && <p className="muted small">{location}</p>}
        {onCorrect && (
          <button type="button" className="link-button" onClick={onCorrect}>
            {t('correctFields')}
          </button>
        )}
      </div>
    </header>
  );
}
