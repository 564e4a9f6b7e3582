import type { QuickSaveLanguage } from './texts';

/** What the follow-up message is filled from: what was just typed. */
export interface FollowUpFacts {
  name: string;
  where: string;
  topic?: string;
  promised?: string;
  project?: string;
}

/** The first name to greet: the first word of the name (an X handle stays whole). */
export function firstNameOf(name: string): string {
  const trimmed = name.trim();
  if (trimmed.startsWith('@')) return trimmed;
  return trimmed.split(/\s+/)[0] ?? trimmed;
}

/**
 * The guide's post-event follow-up, in our own words: thank them for the
 * conversation on the topic at the event, hand over what was promised, and
 * — when their project is known — propose a virtual coffee about it. Parts
 * with nothing to fill are left out rather than shown as placeholders. Plain
 * text: it goes to the clipboard and is pasted into LinkedIn or X by the user.
 */
export function followUpMessage(facts: FollowUpFacts, language: QuickSaveLanguage): string {
  const first = firstNameOf(facts.name);
  const { where, topic, promised, project } = facts;
  const paragraphs =
    language === 'fr'
      ? [
          topic
            ? `Objet : Merci pour notre échange sur ${topic} – ${where}`
            : `Objet : Ravi de t'avoir rencontré à ${where}`,
          `Bonjour ${first},`,
          topic
            ? `J'ai vraiment apprécié notre discussion sur ${topic} à ${where}.`
            : `J'ai vraiment apprécié notre discussion à ${where}.`,
          promised && `Comme promis, voici ${promised}.`,
          project &&
            `Si ça te dit, on pourrait la poursuivre autour d'un café virtuel : j'aimerais en savoir plus sur ${project}.`,
          'À bientôt !',
        ]
      : [
          topic
            ? `Subject: Thanks for the chat about ${topic} – ${where}`
            : `Subject: Great to meet you at ${where}`,
          `Hi ${first},`,
          topic
            ? `I really enjoyed our conversation about ${topic} at ${where}.`
            : `I really enjoyed our conversation at ${where}.`,
          promised && `As promised, here is ${promised}.`,
          project &&
            `If you're up for it, we could carry on over a virtual coffee — I'd love to hear more about ${project}.`,
          'Talk soon!',
        ];
  return paragraphs.filter(Boolean).join('\n\n');
}
