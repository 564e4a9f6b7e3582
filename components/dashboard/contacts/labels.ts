import { t, type MessageKey } from '@/lib/i18n';
import type { Circle } from '@/lib/schemas/contact';

/** The circles, closest first, as the UI lists them. */
export const CIRCLES: readonly Circle[] = ['close', 'active', 'acquaintance', 'dormant'];

const CIRCLE_KEYS: Record<Circle, MessageKey> = {
  close: 'bookCircleClose',
  active: 'bookCircleActive',
  acquaintance: 'bookCircleAcquaintance',
  dormant: 'bookCircleDormant',
};

/** A circle's name in the current language. */
export function circleLabel(circle: Circle): string {
  return t(CIRCLE_KEYS[circle]);
}
