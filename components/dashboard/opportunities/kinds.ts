import type { MessageKey } from '@/lib/i18n';
import type { Opportunity } from '@/lib/schemas/library';

/** Labels of the opportunity kinds (the guide's families: career, business, learning, visibility). */
export const KIND_LABELS: Record<Opportunity['kind'], MessageKey> = {
  job: 'oppKindJob',
  freelance: 'oppKindFreelance',
  speaking: 'oppKindSpeaking',
  mentoring: 'oppKindMentoring',
  partnership: 'oppKindPartnership',
  learning: 'oppKindLearning',
  other: 'oppKindOther',
};

export const STATUS_LABELS: Record<Opportunity['status'], MessageKey> = {
  open: 'oppStatusOpen',
  taken: 'oppStatusTaken',
  passed: 'oppStatusPassed',
  closed: 'oppStatusClosed',
};
