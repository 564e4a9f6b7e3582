import fc from 'fast-check';

/**
 * Generated hostile profile pages, shared by the quick unit run and the long
 * fuzz run. Each page is a plausible LinkedIn or X profile whose every field
 * carries an attack: markup and event handlers (as text and as real
 * elements), `javascript:`/`data:` URLs, bidi overrides, zero-width and
 * control characters, megabyte headlines, deep nesting, broken or duplicated
 * JSON-LD, and JSON-LD for someone other than the URL names.
 */

/** A name no legitimate field ever holds: only the decoy JSON-LD carries it. */
export const DECOY = 'Mallorydecoy';

const PAYLOADS = [
  '<script>window.__guildPwned=1</script>',
  '<img src=x onerror="window.__guildPwned=1">',
  '"><svg onload=alert(1)>',
  "'><embed src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  '<b onmouseover=alert(1)>bold</b>',
  '<style>*{display:none}</style>',
  '<!-- comment --><![CDATA[x]]>',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202egnp.exe',
  '\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069',
  '\u200b\u200c\u200d\u2060\ufeff',
  '\u0000\u0001\u0007\u001b[31m\u007f\u0085\u009b',
  '\u2028\u2029\r\n\t',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#x202e;&#0;',
  'A\u0301\u0301\u0301\u0301\u0301',
  '👩‍💻🏳️‍🌈',
];

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  ' javascript:alert(1)',
  'java\u0000script:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'vbscript:msgbox(1)',
  'http://evil.example/track.png',
  'file:///etc/passwd',
  'chrome-extension://abcdefghijklmnop/options.html',
  'blob:https://evil.example/1',
  '//evil.example/x.png',
  'https://',
  'https://localhost/x',
  'https://media.licdn.com/dms/image/profile-displayphoto-shrink_400_400/0/1',
  'https://pbs.twimg.com/profile_images/1/a_400x400.jpg',
];

/** A piece of text that may hide any attack. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.constantFrom(...PAYLOADS), { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PAYLOADS), fc.string({ unit: 'grapheme', maxLength: 20 }))
      .map(([a, b]) => `${b}${a}${b}`),
  },
);

/** A name: mostly readable (so the success path is exercised), wrapped in attacks. */
const nameArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('Ada Lovelace', 'Grace Hopper', 'ليلى', '李雷', 'Zoë O’Brien'),
      fc.constantFrom('', ...PAYLOADS),
    )
    .map(([n, p]) => `${n}${p}`),
  hostileText,
);

/** A megabyte headline, now and then: the reader must bound its work. */
const headlineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 25, arbitrary: hostileText },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('A', '\u202e', '<b>x</b>', 'é\u200b'), fc.integer({ min: 1, max: 1024 }))
      .map(([unit, kb]) => unit.repeat(Math.ceil((kb * 1024) / unit.length))),
  },
);

const urlArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
  { weight: 1, arbitrary: fc.webUrl({ validSchemes: ['https', 'http', 'ftp'] }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

/** How a field reaches the markup: escaped into text, or raw (so tags become real elements). */
export type Insertion = 'escaped' | 'raw';

export interface HostilePage {
  site: 'linkedin' | 'x';
  handle: string;
  /** The URL the tab shows. */
  url: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Inside `<script type="application/ld+json">`, `</script` would end the element early. */
const jsonInScript = (value: unknown) => JSON.stringify(value).replace(/<\/(script)/gi, '<\\/$1');

interface Fields {
  name: string;
  headline: string;
  location: string;
  company: string;
  avatar: string;
  website: string;
  followers: number;
}

const fieldsArb: fc.Arbitrary<Fields> = fc.record({
  name: nameArb,
  headline: headlineArb,
  location: hostileText,
  company: hostileText,
  avatar: urlArb,
  website: urlArb,
  followers: fc.oneof(fc.integer(), fc.constantFrom(-5, 1e308, Number.NaN, 2 ** 53 + 1)),
});

/** JSON-LD blocks: none, valid, broken, duplicated, for another person, or oddly shaped. */
type JsonLdMode = 'none' | 'valid' | 'broken' | 'duplicate' | 'other-person' | 'weird';

function personJsonLd(site: 'linkedin' | 'x', handle: string, f: Fields): unknown {
  const profileUrl =
    site === 'linkedin' ? `https://www.linkedin.com/in/${handle}/` : `https://x.com/${handle}`;
  if (site === 'linkedin') {
    return {
      '@context': 'http://schema.org',
      '@graph': [
        {
          '@type': 'Person',
          name: f.name,
          url: profileUrl,
          jobTitle: [f.headline],
          worksFor: [{ '@type': 'Organization', name: f.company }],
          address: { '@type': 'PostalAddress', addressLocality: f.location },
          image: { '@type': 'ImageObject', contentUrl: f.avatar },
          sameAs: f.website,
          interactionStatistic: { '@type': 'InteractionCounter', userInteractionCount: f.followers },
        },
      ],
    };
  }
  return {
    '@context': 'http://schema.org',
    '@type': 'ProfilePage',
    mainEntity: {
      '@type': 'Person',
      additionalName: handle,
      name: f.name,
      description: f.headline,
      homeLocation: { '@type': 'Place', name: f.location },
      image: { '@type': 'ImageObject', contentUrl: f.avatar },
      sameAs: [f.website],
      url: profileUrl,
      interactionStatistic: [
        {
          '@type': 'InteractionCounter',
          interactionType: 'https://schema.org/FollowAction',
          userInteractionCount: f.followers,
        },
      ],
    },
  };
}

function jsonLdBlocks(mode: JsonLdMode, site: 'linkedin' | 'x', handle: string, f: Fields): string {
  const tag = (body: string) =>
    site === 'x'
      ? `<script type="application/ld+json" data-testid="UserProfileSchema-test">${body}</script>`
      : `<script type="application/ld+json">${body}</script>`;
  const mine = jsonInScript(personJsonLd(site, handle, f));
  const decoy = jsonInScript(
    personJsonLd(site, `${handle}x`, { ...f, name: `${DECOY} Decoy`, headline: `${DECOY} headline` }),
  );
  switch (mode) {
    case 'none':
      return '';
    case 'valid':
      return tag(mine);
    case 'broken':
      return tag(mine.slice(0, Math.max(1, Math.floor(mine.length / 2))));
    case 'duplicate':
      return tag(mine) + tag(mine) + tag(decoy);
    case 'other-person':
      return tag(decoy);
    case 'weird':
      return tag('{"@graph":[null,1,"x",[],{"@type":["Person"],"name":{"@value":"x"}}]}') + tag('[[[[[]]]]]');
  }
}

/** Wrap markup in `depth` nested elements. */
const nest = (depth: number, inner: string) => '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);

function linkedInBody(handle: string, f: Fields, put: (s: string) => string): string {
  return `<main><section>
    <img class="pv-top-card-profile-picture__image" src="${escapeHtml(f.avatar)}" alt="profile-displayphoto">
    <img src="${escapeHtml(f.avatar)}" onerror="window.__guildPwned=1">
    <a href="/in/${handle}/overlay/about-this-profile/"><h1 onclick="window.__guildPwned=1">${put(f.name)}</h1></a>
    <div data-generated-suggestion-target="urn:li:x">${put(f.headline)}</div>
    <div><span>${put(f.location)}</span>
      <a href="/in/${handle}/overlay/contact-info/" aria-label="Contact info">Contact info</a></div>
    <ul><li><button type="button" aria-label="Current company: ${escapeHtml(f.company)}">${put(f.company)}</button></li></ul>
    <a href="${escapeHtml(f.website)}">${put(f.website)}</a>
    <p>${put(String(f.followers))} followers</p>
  </section></main>`;
}

function xBody(handle: string, f: Fields, put: (s: string) => string): string {
  return `<main role="main">
    <div data-testid="UserAvatar-Container-${handle}"><img src="${escapeHtml(f.avatar)}" onload="window.__guildPwned=1"></div>
    <div data-testid="UserName"><div><span>${put(f.name)}</span></div><div><span>@${handle}</span></div></div>
    <div data-testid="UserDescription"><span>${put(f.headline)}</span></div>
    <span data-testid="UserLocation"><span>${put(f.location)}</span></span>
    <a data-testid="UserUrl" href="${escapeHtml(f.website)}"><span>${put(f.website)}</span></a>
    <a href="/${handle}/verified_followers"><span>${put(String(f.followers))}</span> Followers</a>
  </main>`;
}

/** One hostile profile page and the URL it is shown under. */
export const hostilePageArb: fc.Arbitrary<HostilePage> = fc
  .record({
    site: fc.constantFrom<'linkedin' | 'x'>('linkedin', 'x'),
    handle: fc.stringMatching(/^[a-z][a-z0-9_]{3,12}$/),
    fields: fieldsArb,
    insertion: fc.constantFrom<Insertion>('escaped', 'raw'),
    jsonLd: fc.constantFrom<JsonLdMode>('none', 'valid', 'broken', 'duplicate', 'other-person', 'weird'),
    // Now and then the header still shows the previous person (in-app navigation).
    headerHandle: fc.oneof(
      { weight: 6, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constant('previous_one') },
    ),
    depth: fc.oneof(
      { weight: 9, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 1000 }) },
    ),
    titleName: fc.oneof(fc.constant('same'), fc.constant('other'), hostileText),
    extraHead: fc.constantFrom(
      '',
      '<meta property="og:image" content="javascript:alert(1)">',
      '<meta property="og:title" content="<script>alert(1)</script>">',
      '<base href="javascript:alert(1)//">',
      '<link rel="canonical" href="data:text/html,x">',
    ),
  })
  .map(({ site, handle, headerHandle, fields, insertion, jsonLd, depth, titleName, extraHead }) => {
    const put = insertion === 'raw' ? (s: string) => s : escapeHtml;
    const shownName = titleName === 'same' ? fields.name : titleName === 'other' ? 'Someone Else' : titleName;
    const title = site === 'linkedin' ? `(3) ${shownName} | LinkedIn` : `${shownName} (@${handle}) / X`;
    const shown = headerHandle || handle;
    const body = site === 'linkedin' ? linkedInBody(shown, fields, put) : xBody(shown, fields, put);
    const url = site === 'linkedin' ? `https://www.linkedin.com/in/${handle}/` : `https://x.com/${handle}`;
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${extraHead}${jsonLdBlocks(jsonLd, site, handle, fields)}</head><body onload="window.__guildPwned=1">${nest(depth, body)}</body></html>`;
    return { site, handle, url, html };
  });
