import type { Strategy } from './snapshot';

export type FieldName =
  'name' | 'headline' | 'company' | 'position' | 'location' | 'avatarUrl' | 'website' | 'followers';

/**
 * Collects fields from layered strategies: the first strategy that yields a
 * value for a field wins, and the source of each field is remembered.
 */
export class FieldCollector {
  readonly values: Partial<Record<FieldName, string>> = {};
  readonly sources: Partial<Record<FieldName, Strategy>> = {};

  offer(field: FieldName, strategy: Strategy, value: string | undefined): void {
    if (value === undefined || this.values[field] !== undefined) return;
    this.values[field] = value;
    this.sources[field] = strategy;
  }
}
