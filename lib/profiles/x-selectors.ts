/**
 * X's markup. X's `data-testid` values are its own test hooks and have been
 * stable for years (all of these seen in logged-in headers saved 2023-11, in
 * tests/fixtures/profiles/x_loggedin_2023_*, and still used by extensions in
 * 2025–2026); its class names (`css-1dbjc4n r-…`) change constantly and are
 * never used. Next review: 2027-06.
 */
export const xSelectors = {
  /** The ProfilePage JSON-LD, server-rendered into `<head>` (2023–2026). */
  schema: 'script[data-testid="UserProfileSchema-test"]',
  /** Display name, then "@handle", then "Follows you" (2021–2026). */
  userName: '[data-testid="UserName"]',
  bio: '[data-testid="UserDescription"]',
  location: '[data-testid="UserLocation"]',
  /** Shows the site as text ("army.mod.uk"); the href is a t.co redirect. */
  website: '[data-testid="UserUrl"]',
  /** `UserAvatar-Container-<handle>`: the handle is in the test id. */
  avatarPrefix: 'UserAvatar-Container-',
  /** Follower links: `/<h>/verified_followers` (2023–2026), `/<h>/followers` (before 2023). */
  followerTabs: ['verified_followers', 'followers'],
} as const;

/**
 * `document.title` on a profile, 2023–2026: "Name (@handle) / X", with an
 * optional "(3) " count of unread notifications; "/ Twitter" before 2023-07.
 */
export const X_TITLE = /^(?:\(\d+\+?\)\s*)?(.*?)\s*\(@([A-Za-z0-9_]{1,15})\)\s*\/\s*(?:X|Twitter)\s*$/;

/** `og:title` on a profile (server render, 2024–2026): "Name (@handle) on X". */
export const X_OG_TITLE = /^(.*?)\s*\(@([A-Za-z0-9_]{1,15})\)(?:\s+on\s+(?:X|Twitter))?\s*$/;
