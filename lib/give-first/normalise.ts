/**
 * Tag normalisation: people type "React.js", "reactjs" and "React" for the same
 * thing, and French users type accents. Matching works on *terms*: the whole
 * normalised label ("react performance") plus each significant word of it, so
 * a resource tagged "performance" meets an interest "React performance".
 */

/** Common spellings of the same technology. Kept modest on purpose: a wrong alias is worse than a miss. */
const ALIASES: Record<string, string> = {
  reactjs: 'react',
  'react.js': 'react',
  nodejs: 'node',
  'node.js': 'node',
  vuejs: 'vue',
  'vue.js': 'vue',
  nextjs: 'next',
  'next.js': 'next',
  js: 'javascript',
  ecmascript: 'javascript',
  ts: 'typescript',
  golang: 'go',
  k8s: 'kubernetes',
  postgresql: 'postgres',
  py: 'python',
  ml: 'machine learning',
  ia: 'ai',
  'intelligence artificielle': 'ai',
  'artificial intelligence': 'ai',
  'open source': 'opensource',
  'open-source': 'opensource',
  oss: 'opensource',
};

/** Words that carry no topic: never a match on their own. */
const STOPWORDS = new Set(
  (
    'a an and the of for in on to with my our your their at by from into ' +
    'le la les un une des du de d l et ou en au aux pour sur dans avec mon ma mes son sa ses notre votre leur ' +
    'project projet app application tool outil new nouveau nouvelle'
  ).split(' '),
);

/** Endings where the "s" belongs to the word ("css", "redis", "analytics", "serious"). */
const KEEP_S = /(ss|us|is|ics|ous)$/;
/** Names that end in "s" without being plurals. */
const NOT_PLURAL = new Set([
  'kubernetes',
  'postgres',
  'aws',
  'ios',
  'macos',
  'devops',
  'rails',
  'jenkins',
  'pandas',
  'news',
  'series',
  'express',
  'sales',
]);

function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || KEEP_S.test(word) || NOT_PLURAL.has(word)) return word;
  return word.slice(0, -1);
}

function alias(word: string): string {
  return ALIASES[word] ?? word;
}

/** Lower case, no accents, punctuation to spaces (but keep `.` and `#` inside words: `c#`, `node.js`). */
function clean(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#+.]+/gu, ' ')
    .replace(/\.(?=\s|$)|(?<=\s|^)\./g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** One label in its canonical form: "React.js Hooks" → "react hook". Empty when nothing is left. */
export function normaliseTag(label: string): string {
  const whole = alias(clean(label));
  return whole
    .split(' ')
    .map((w) => singular(alias(w)))
    .filter((w) => w.length > 0)
    .join(' ');
}

/** A label's matching terms: its whole normalised form, and its significant words. */
export interface LabelTerms {
  phrase: string;
  /** The significant words; a one-word label's word is the label itself. */
  words: readonly string[];
}

const termCache = new Map<string, LabelTerms>();
const TERM_CACHE_LIMIT = 50_000;

/**
 * The terms a label matches on: the normalised label itself and its
 * significant words (no stopwords, at least two characters). Cached, because
 * the same labels recur across thousands of contacts and resources.
 */
export function labelTerms(label: string): LabelTerms {
  const cached = termCache.get(label);
  if (cached) return cached;
  const phrase = normaliseTag(label);
  const parts = phrase ? phrase.split(' ') : [];
  const words =
    parts.length === 1 ? parts : [...new Set(parts.filter((w) => w.length >= 2 && !STOPWORDS.has(w)))];
  const terms = { phrase, words };
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(label, terms);
  return terms;
}
