/**
 * LinkedIn's markup, as arrays of fallbacks, most recent first. Each variant
 * says where and when it was seen. Drop a variant when it has not been seen
 * for a year (next review: 2027-06). Real pages behind these dates are in
 * tests/fixtures/profiles-real/ and tests/fixtures/profiles/ (MANIFESTs).
 *
 * Layouts met:
 * - 2026 logged in (server-driven UI, seen 2026-04 and 2026-09): hashed
 *   class names, no `h1` at all; the name is an `h2` inside a link to
 *   `/in/<slug>/`, then the headline `<p>`, a "Company · School" `<p>`, the
 *   location `<p>` in the row of the "Contact info" link; no JSON-LD.
 * - 2024 logged in (Ember, 2024-07): `h1` in the top card `section`, each
 *   line an `aria-hidden` span doubled by a visually hidden one, `#experience`.
 * - 2023-04 and 2024-05 public pages, logged out: `top-card-layout__*`
 *   classes, JSON-LD `Person`, sign-in dialogs inside the top card.
 * - 2018 logged in (Ember, 2018-05 and 2018-12): `pv-top-card-section__*`
 *   and `pv-entity__*` classes, `.experience-section`.
 * - 2016 public (`h1#name`, `h1.fn`, `p.headline`, `.extra-info`, `li.position`).
 *
 * The top card itself is found by structure in every version
 * (linkedin-structure.ts, `topCard`).
 */
export const linkedInSelectors = {
  name: [
    'h1', // 2016–2024, inside the top card
    'a[href*="/in/"] h2', // 2026 logged in: the name heading inside the link to the profile
  ],
  /** 2026 logged in: where the top card starts (the first one of these in `main`, shown). */
  nameAnchors: ['h1', 'a[href*="/in/"] h2'],
  headline: [
    'h2.top-card-layout__headline', // 2023-04, 2024-05 public
    'h2.pv-top-card-section__headline', // 2018 logged in
    'p.headline.title', // 2016 public
  ],
  location: [
    '.top-card-layout__first-subline .top-card__subline-item', // 2023-04 public: first item is the place
    '.top-card-layout__first-subline .profile-info-subheader span', // 2024-05 public: first span is the place
    'h3.pv-top-card-section__location', // 2018 logged in
    '#demographics .locality', // 2016 public
    '.profile-overview .locality', // 2016 public (German page)
  ],
  company: [
    'a[data-tracking-control-name="public_profile_topcard-current-company"]', // 2023-04 public
    '.pv-top-card-v2-section__company-name', // 2018 logged in (link to the experience section)
    '.extra-info [data-section="currentPositionsDetails"] .org', // 2016 public "Current" row (a link or plain text)
  ],
  /**
   * 2024 logged in: the current-company button's aria-label, in the page's
   * language ("Current company: Datadog. Click to skip to experience card",
   * "Entreprise actuelle : Qonto. Cliquez pour accéder à la carte Expérience").
   */
  currentCompanyLabel:
    /^(?:Current company|Entreprise actuelle|Aktuelles Unternehmen|Empresa actual)\s*:\s*(.+?)(?:\.\s+(?:Click|Cliquez|Klicken|Haz clic)\b.*)?$/i,
  /** The row holding the location, 2024–2026 ("Contact info" / "Coordonnées" link); 2018 `/detail/contact-info/`. */
  contactInfo: 'a[href*="/overlay/contact-info"]',
  /**
   * The Experience section, per layout (`section`: an element inside it, the
   * section is its closest `section`), its entries and their lines: the first
   * entry still current ("Present") gives the position and the company.
   */
  experience: [
    // 2024 logged in: lines are aria-hidden spans; one company with several roles nests them in an inner list.
    { section: '#experience', entry: 'li', lines: 'span[aria-hidden="true"]' },
    // 2018 logged in.
    {
      section: 'section.experience-section',
      entry: 'li.pv-position-entity',
      title: 'h3',
      company: '.pv-entity__secondary-title',
      dates: '.pv-entity__date-range',
      grouped: '.pv-entity__position-group-role-item',
    },
    // 2016 public.
    {
      section: '.positions',
      entry: 'li.position',
      title: '.item-title',
      company: '.item-subtitle',
      dates: '.date-range',
    },
  ],
  /** 2023-04 public ("6K followers"), 2026 logged in ("1,234 followers", "1 234 abonnés"). */
  followersText: /\b(?:followers?|abonnés?|Follower|seguidores)\b/i,
  /** Profile photos live on media.licdn.com under this path (2016–2026). */
  avatar: 'img[src*="profile-displayphoto"]',
  /** Self-links of the top card (contact info, activity, details, 2018 detail/contact-info), 2018–2026. */
  selfLink: /\/in\/([^/?#]+)\/(?:overlay|recent-activity|details|detail)\//,
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
