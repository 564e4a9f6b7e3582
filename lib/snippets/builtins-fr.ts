import type { BuiltinTemplate } from './builtins';

/**
 * Les modèles intégrés en français, écrits à partir du guide : remercier,
 * tenir sa promesse, proposer une suite concrète, rester bref. Tutoiement,
 * comme dans le guide et l'usage entre développeurs.
 */
export const BUILTINS_FR: BuiltinTemplate[] = [
  {
    builtinId: 'follow-up-event',
    kind: 'follow-up',
    title: 'Après un événement : merci, et ce que vous avez promis',
    body: `Salut {firstName},

Ravi d'avoir fait ta connaissance à {event}.
J'ai beaucoup apprécié notre échange sur {topic?}.

Comme promis, voici {promised?}.

Si tu veux, on peut continuer autour d'un café virtuel : je serais curieux d'en savoir plus sur {project?}.

À bientôt !
{myName?}`,
  },
  {
    builtinId: 'opener-article',
    kind: 'opener',
    title: 'Premier message : son article',
    body: `Salut {firstName}, j'ai lu ton article sur {topic} et j'ai une question technique : {question}`,
  },
  {
    builtinId: 'opener-talk',
    kind: 'opener',
    title: 'Premier message : son talk',
    body: `Salut {firstName}, ton talk sur {topic} m'a rappelé un problème qu'on a eu : {challenge}. Comment l'avez-vous abordé de ton côté ?`,
  },
  {
    builtinId: 'opener-project',
    kind: 'opener',
    title: 'Premier message : un projet proche du sien',
    body: `Salut {firstName}, je travaille sur un projet proche de {project} : {myProject}. As-tu déjà rencontré {challenge} ?`,
  },
  {
    builtinId: 'share-resource',
    kind: 'share',
    title: 'Partager une ressource',
    body: `Salut {firstName},

Je suis tombé sur « {resourceTitle} » et j'ai pensé à toi.
Ça pourrait t'intéresser pour {project?}.
{resourceUrl}`,
  },
  {
    builtinId: 'introduce-each',
    kind: 'introduce',
    title: 'Présenter : demander d’abord à l’un des deux',
    body: `Salut {firstName}, j'aimerais te présenter {otherName}. {introReason}. Ça te dirait que je vous mette en contact ?`,
  },
  {
    builtinId: 'introduce-both',
    kind: 'introduce',
    title: 'Présenter : un message aux deux',
    body: `Salut {firstName} et {otherFirstName},

Je me permets de vous présenter l'un à l'autre. {introReason}.

Je vous laisse la main !`,
  },
  {
    builtinId: 'congratulate',
    kind: 'congratulate',
    title: 'Féliciter',
    body: `Félicitations pour {news}, {firstName} ! C'est bien mérité. Raconte-moi comment ça se passe.`,
  },
  {
    builtinId: 'offer-review',
    kind: 'review',
    title: 'Proposer une relecture',
    body: `Salut {firstName}, j'ai vu que tu travaillais sur {project}. Si ça peut aider, je relirais volontiers le code ou l'architecture : un regard neuf fait parfois gagner une semaine. Sans aucune obligation.`,
  },
  {
    builtinId: 'offer-help',
    kind: 'review',
    title: 'Proposer un coup de main',
    body: `Salut {firstName}, tu parlais de {challenge}. Je suis passé par quelque chose de proche ; si un appel rapide ou quelques pistes peuvent t'aider, avec plaisir.`,
  },
  {
    builtinId: 'recommend-opportunity',
    kind: 'custom',
    title: 'Le recommander pour une opportunité',
    body: `Salut {firstName}, on m'a proposé {opportunity}, mais ce n'est pas pour moi et j'ai tout de suite pensé à toi. Ça t'intéresse ? Je te recommande volontiers.`,
  },
];
