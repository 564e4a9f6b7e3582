import type { CommunityPhase } from '../schemas/library';

/** A sentence in both of Guild's languages. */
export interface Bilingual {
  en: string;
  fr: string;
}

/** One concrete thing to do in a phase; `id` is what a community's `doneActions` stores. */
export interface PhaseAction {
  id: string;
  text: Bilingual;
}

/** A phase of the guide's path from lurker to leader. */
export interface PhaseGuide {
  phase: CommunityPhase;
  /** Typical length, in months from joining: `[from, to]`; `to` undefined means "and beyond". */
  months: [number, number | undefined];
  goal: Bilingual;
  actions: readonly PhaseAction[];
}

/**
 * The guide's four phases ("De lurker à contributeur actif") and each one's
 * concrete actions, paraphrased. Ids are stable: ticked actions are stored by
 * id, so rewording a sentence never loses the user's ticks.
 */
export const PHASES: readonly PhaseGuide[] = [
  {
    phase: 'observe',
    months: [1, 2],
    goal: {
      en: 'Learn the culture, who the experts are and whether this place is for you.',
      fr: 'Comprendre la culture, repérer les experts et voir si cet endroit vous convient.',
    },
    actions: [
      {
        id: 'observe.rules',
        text: { en: 'Read the rules and guidelines', fr: 'Lire les règles et la charte' },
      },
      {
        id: 'observe.tone',
        text: {
          en: 'Watch the tone and style of conversations',
          fr: 'Observer le ton et le style des échanges',
        },
      },
      {
        id: 'observe.experts',
        text: {
          en: 'Note the experts in the topics you care about',
          fr: 'Noter les experts des sujets qui vous intéressent',
        },
      },
      {
        id: 'observe.channels',
        text: {
          en: 'Find the most active channels and threads',
          fr: 'Repérer les canaux et fils les plus actifs',
        },
      },
    ],
  },
  {
    phase: 'participate',
    months: [2, 4],
    goal: {
      en: 'Start taking part without intruding, and build first links and credibility.',
      fr: 'Commencer à interagir sans s’imposer, créer les premiers liens et sa crédibilité.',
    },
    actions: [
      {
        id: 'participate.ask',
        text: {
          en: 'Ask thoughtful questions with context',
          fr: 'Poser des questions réfléchies, avec du contexte',
        },
      },
      {
        id: 'participate.answer',
        text: {
          en: 'Answer questions in your areas of skill',
          fr: 'Répondre aux questions dans vos domaines',
        },
      },
      {
        id: 'participate.share',
        text: {
          en: 'Share useful resources, saying why they help',
          fr: 'Partager des ressources utiles en expliquant pourquoi',
        },
      },
      {
        id: 'participate.react',
        text: {
          en: 'React constructively to other members’ posts',
          fr: 'Réagir de façon constructive aux posts des autres',
        },
      },
    ],
  },
  {
    phase: 'contribute',
    months: [4, 8],
    goal: {
      en: 'Become a recognised voice in your niche and help newcomers.',
      fr: 'Devenir une voix reconnue dans votre niche et aider les nouveaux.',
    },
    actions: [
      {
        id: 'contribute.posts',
        text: { en: 'Write in-depth technical posts', fr: 'Écrire des posts techniques approfondis' },
      },
      {
        id: 'contribute.sessions',
        text: { en: 'Organise or host a session', fr: 'Organiser ou animer une session' },
      },
      {
        id: 'contribute.mentor',
        text: { en: 'Mentor beginners informally', fr: 'Accompagner des débutants, sans formalisme' },
      },
      {
        id: 'contribute.improve',
        text: {
          en: 'Suggest improvements to the community',
          fr: 'Proposer des améliorations à la communauté',
        },
      },
    ],
  },
  {
    phase: 'lead',
    months: [8, undefined],
    goal: {
      en: 'Shape the community’s direction and represent it outside.',
      fr: 'Influencer la direction de la communauté et la représenter à l’extérieur.',
    },
    actions: [
      {
        id: 'lead.channels',
        text: { en: 'Run a channel or a sub-group', fr: 'Animer un canal ou un sous-groupe' },
      },
      { id: 'lead.events', text: { en: 'Organise events', fr: 'Organiser des événements' } },
      { id: 'lead.talks', text: { en: 'Speak at conferences', fr: 'Intervenir en conférence' } },
      {
        id: 'lead.partners',
        text: {
          en: 'Build partnerships with other communities',
          fr: 'Nouer des partenariats avec d’autres communautés',
        },
      },
    ],
  },
];
