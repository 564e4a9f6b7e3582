import type { Strategy } from './snapshot';

/** The fields a reader can find, with their types. */
export interface FieldValues {
  name: string;
  headline: string;
  company: string;
  position: string;
  location: string;
  avatarUrl: string;
  website: string;
  followers: number;
}
export type FieldName = keyof FieldValues;

/**
 * Collects fields from layered strategies: the first strategy that yields a
 * value for a field wins, and the source of each field is remembered (so a
 * markup change shows up as a field falling back to a weaker strategy).
 */
export class FieldCollector {
  readonly values: Partial<FieldValues> = {};
  readonly sources: Partial<Record<FieldName, Strategy>> = {};

  offer<K extends FieldName>(field: K, strategy: Strategy, value: FieldValues[K] | undefined): void {
    if (value === undefined || this.values[field] !== undefined) return;
    this.values[field] = value;
    this.sources[field] = strategy;
  }
}
