/**
 * Initials instead of the person's photo: loading the photo from the site's
 * CDN would be a network request, and Guild makes none.
 */
export function Avatar({ name, size = 48 }: { name: string; size?: number }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => Array.from(part)[0]?.toUpperCase() ?? '')
    .join('');
  return (
    <span className="avatar" aria-hidden="true" style={{ width: size, height: size, fontSize: size / 2.6 }}>
      {initials || '?'}
    </span>
  );
}
