import type { BuiltinTemplate } from './builtins';

/**
 * Les modèles intégrés en français, écrits à partir du guide : remercier,
 * tenir sa promesse, proposer une suite concrète, rester bref. Tutoiement,
 * comme dans le guide et l'usage entre développeurs. Typographie française :
 * espace insécable avant « : » et dans « », espace fine insécable avant ! ? ;
 * (écrites `\u00a0` et `\u202f`, invisibles sinon).
 */
export const BUILTINS_FR: BuiltinTemplate[] = [
  {
    builtinId: 'follow-up-event',
    kind: 'follow-up',
    title: 'Après un événement\u00a0: merci, et ce que vous avez promis',
    body: `Bonjour {firstName},

Merci pour notre rencontre {metAt}.
J'ai beaucoup apprécié notre échange sur {topic?}.

Comme promis\u00a0: {promised?}
Prochaine étape, comme convenu\u00a0: {nextStep?}.

J'aimerais en savoir plus sur {project?}.
Restons en contact, et avec plaisir pour en reparler autour d'un café virtuel quand tu veux.

À bientôt\u202f!
{myName?}`,
  },
  {
    builtinId: 'opener-article',
    kind: 'opener',
    title: 'Premier message\u00a0: son article',
    body: `Bonjour {firstName}, j'ai lu ton article sur {topic} et j'ai une question technique\u00a0: {question}

Merci\u202f!
{myName?}`,
  },
  {
    builtinId: 'opener-talk',
    kind: 'opener',
    title: 'Premier message\u00a0: sa présentation',
    body: `Bonjour {firstName}, ta présentation sur {topic} m'a rappelé un problème qu'on a eu\u00a0: {challenge}. Comment l'as-tu abordé de ton côté\u202f?

Merci\u202f!
{myName?}`,
  },
  {
    builtinId: 'opener-project',
    kind: 'opener',
    title: 'Premier message\u00a0: un projet proche du sien',
    body: `Bonjour {firstName}, je travaille sur un projet proche de {project}\u00a0: {myProject}. As-tu déjà rencontré {challenge}\u202f?

Merci\u202f!
{myName?}`,
  },
  {
    builtinId: 'share-resource',
    kind: 'share',
    title: 'Partager une ressource',
    body: `Bonjour {firstName},

J'ai découvert «\u00a0{resourceTitle}\u00a0» et j'ai pensé à toi.
{resourceNote?}
Ça pourrait t'être utile pour {project?}.
{resourceUrl}

En espérant que ça t'aide\u202f!
{myName?}`,
  },
  {
    builtinId: 'introduce-each',
    kind: 'introduce',
    title: 'Présenter\u00a0: demander d’abord à l’un des deux',
    body: `Bonjour {firstName}, j'aimerais te présenter {otherName}. {introReason}. Ça te dirait que je vous mette en contact\u202f?

À bientôt\u202f!
{myName?}`,
  },
  {
    builtinId: 'introduce-both',
    kind: 'introduce',
    title: 'Présenter\u00a0: un message aux deux',
    body: `Bonjour {firstName} et {otherFirstName},

Je me permets de vous présenter l'un à l'autre. {introReason}.

Je vous laisse la main\u202f!
{myName?}`,
  },
  {
    builtinId: 'congratulate',
    kind: 'congratulate',
    title: 'Féliciter',
    body: `Félicitations pour {news}, {firstName}\u202f! C'est bien mérité. Raconte-moi comment ça se passe.

{myName?}`,
  },
  {
    builtinId: 'offer-review',
    kind: 'review',
    title: 'Proposer une relecture',
    body: `Bonjour {firstName}, j'ai vu que tu travaillais sur {project}. Si ça peut aider, je relirais volontiers le code ou l'architecture\u00a0: un regard neuf fait parfois gagner une semaine. Sans aucune obligation.

À bientôt\u202f!
{myName?}`,
  },
  {
    builtinId: 'offer-help',
    kind: 'review',
    title: 'Proposer un coup de main',
    body: `Bonjour {firstName}, tu parlais de {challenge}. J'ai vécu quelque chose de proche\u202f; si un appel rapide ou quelques pistes peuvent t'aider, avec plaisir.

À bientôt\u202f!
{myName?}`,
  },
  {
    builtinId: 'recommend-opportunity',
    kind: 'custom',
    title: 'Le recommander pour une opportunité',
    body: `Bonjour {firstName}, on m'a proposé {opportunity}, mais ce n'est pas pour moi et j'ai tout de suite pensé à toi. Ça t'intéresse\u202f? Je te recommande volontiers.

À bientôt\u202f!
{myName?}`,
  },
];
