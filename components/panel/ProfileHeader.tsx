import { Avatar } from '../Avatar';

/** Who is on the page: initials, name, headline, company. */
export function ProfileHeader({
  name,
  headline,
  company,
}: {
  name: string;
  headline?: string;
  company?: string;
}) {
  return (
    <header className="profile-head">
      <Avatar name={name} />
      <div>
        <h1 id="person-name">{name}</h1>
        {headline && <p className="headline">{headline}</p>}
        {company && <p className="muted">{company}</p>}
      </div>
    </header>
  );
}
