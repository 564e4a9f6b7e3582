import type { BuiltinTemplate } from './builtins';

/**
 * English built-ins, written from the guide's advice: thank, deliver what was
 * promised, propose one concrete next step, stay short. Openers are for people
 * who prefer writing to small talk.
 */
export const BUILTINS_EN: BuiltinTemplate[] = [
  {
    builtinId: 'follow-up-event',
    kind: 'follow-up',
    title: 'After an event: thanks, and what you promised',
    body: `Hi {firstName},

It was great meeting you {metAt}.
I really enjoyed our conversation about {topic?}.

As promised: {promised?}
Next step, as agreed: {nextStep?}.

I'd love to hear more about {project?}.
Let's stay in touch, and happy to continue over a virtual coffee whenever suits you.

Talk soon!
{myName?}`,
  },
  {
    builtinId: 'opener-article',
    kind: 'opener',
    title: 'Opener: their article',
    body: `Hi {firstName}, I read your article on {topic} and I have a technical question: {question}

Thanks!
{myName?}`,
  },
  {
    builtinId: 'opener-talk',
    kind: 'opener',
    title: 'Opener: their talk',
    body: `Hi {firstName}, your talk on {topic} reminded me of a problem we ran into: {challenge}. How did you approach it on your side?

Thanks!
{myName?}`,
  },
  {
    builtinId: 'opener-project',
    kind: 'opener',
    title: 'Opener: a project like theirs',
    body: `Hi {firstName}, I'm working on something close to {project}: {myProject}. Have you ever run into {challenge}?

Thanks!
{myName?}`,
  },
  {
    builtinId: 'share-resource',
    kind: 'share',
    title: 'Share a resource',
    body: `Hi {firstName},

I came across “{resourceTitle}” and thought of you.
{resourceNote?}
It could be useful for {project?}.
{resourceUrl}

Hope it helps!
{myName?}`,
  },
  {
    builtinId: 'introduce-each',
    kind: 'introduce',
    title: 'Introduce: ask one of them first',
    body: `Hi {firstName}, I'd like to introduce you to {otherName}. {introReason}. Would you be open to me putting you in touch?

Talk soon!
{myName?}`,
  },
  {
    builtinId: 'introduce-both',
    kind: 'introduce',
    title: 'Introduce: one message to both',
    body: `Hi {firstName} and {otherFirstName},

Let me introduce you to each other. {introReason}.

I'll let you take it from here!
{myName?}`,
  },
  {
    builtinId: 'congratulate',
    kind: 'congratulate',
    title: 'Congratulate',
    body: `Congratulations on {news}, {firstName}! Well deserved. I'd love to hear how it goes.

{myName?}`,
  },
  {
    builtinId: 'offer-review',
    kind: 'review',
    title: 'Offer a review',
    body: `Hi {firstName}, I saw you're working on {project}. If it helps, I'd be happy to review the code or the architecture: a fresh pair of eyes sometimes saves a week. No obligation at all.

Talk soon!
{myName?}`,
  },
  {
    builtinId: 'offer-help',
    kind: 'review',
    title: 'Offer a hand with a challenge',
    body: `Hi {firstName}, you mentioned {challenge}. I've been through something similar; if a quick call or a few pointers would help, I'm happy to.

Talk soon!
{myName?}`,
  },
  {
    builtinId: 'recommend-opportunity',
    kind: 'custom',
    title: 'Recommend them for an opportunity',
    body: `Hi {firstName}, I was offered {opportunity}, but it isn't for me, and I immediately thought of you. Interested? I'd be glad to recommend you.

Talk soon!
{myName?}`,
  },
];
