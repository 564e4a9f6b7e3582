/**
 * LinkedIn's markup, as arrays of fallbacks, most stable first. Each variant
 * says where and when it was seen. Drop a variant when it has not been seen
 * for a year (next review: 2027-06).
 *
 * Pages met:
 * - public page, logged out, 2023-04 (`public_profile_v3_desktop`, saved in
 *   tests/fixtures/profiles/linkedin_guest_2023-04_*): BEM classes
 *   `top-card-layout__*`, JSON-LD `Person`.
 * - logged-in app, 2026 redesign: hashed class names (`_a1b2c3`) that change
 *   with every deploy, so only elements, roles, aria-labels and hrefs are used.
 * - old public page, 2016 (`h1#name`, `p.headline`): kept while it costs
 *   nothing; drop 2027-06.
 *
 * The top card itself is found by structure in every version: the `section`
 * around the first `h1` of `main` (linkedin-structure.ts, `topCard`).
 */
export const linkedInSelectors = {
  name: [
    'h1', // 2026 logged in, inside the top card (no stable class)
    'h1.top-card-layout__title', // 2023-04 public
    'h1#name', // 2016 public
  ],
  headline: [
    'h2.top-card-layout__headline', // 2023-04 public
    'p.headline.title', // 2016 public
  ],
  location: [
    '.top-card-layout__first-subline .top-card__subline-item', // 2023-04 public: first item is the place
    '#demographics .locality', // 2016 public
  ],
  company: [
    'a[data-tracking-control-name="public_profile_topcard-current-company"]', // 2023-04 public
    '.extra-info .org a', // 2016 public ("Current" row)
  ],
  /**
   * 2026 logged in: the current-company button's aria-label, in the page's
   * language ("Current company: Datadog. Click to skip to experience card",
   * "Entreprise actuelle : Qonto. Cliquez pour accéder à la carte Expérience").
   */
  currentCompanyLabel:
    /^(?:Current company|Entreprise actuelle|Aktuelles Unternehmen|Empresa actual)\s*:\s*(.+?)(?:\.\s+(?:Click|Cliquez|Klicken|Haz clic)\b.*)?$/i,
  /** 2023-04 public ("6K followers"), 2026 logged in ("1,234 followers", "1 234 abonnés"). */
  followersText: /\b(?:followers?|abonnés?|Follower|seguidores)\b/i,
  /** Profile photos live on media.licdn.com under this path (2016–2026). */
  avatar: 'img[src*="profile-displayphoto"]',
  /** Self-links of the top card (contact info, activity, details), 2020–2026. */
  selfLink: /\/in\/([^/?#]+)\/(?:overlay|recent-activity|details)\//,
} as const;

/**
 * `document.title`, most recent first:
 * - 2026 logged in: "(3) Camille Lefèvre | LinkedIn" (the count of unread
 *   notifications is optional).
 * - 2023-04 public: "Name - Job title - Company | LinkedIn" (the company may
 *   itself hold " - ": "Aristotle - Co-Pilot for Cold Sales").
 * - 2016 public: "Jeff Weiner | LinkedIn".
 */
export const LINKEDIN_TITLE = /^(?:\(\d+\+?\)\s*)?(.*?)\s*\|\s*LinkedIn\s*$/;
