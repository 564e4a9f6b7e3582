import type * as z from 'zod/mini';
import { getLanguage, t, type MessageKey } from '../i18n';
import type { TableName } from '../db/database';

/**
 * Why a backup is refused, in the user's language and in words: "Contact 1
 * (Camille Martin): the notes are longer than 20,000 characters", never
 * Zod's "contacts[0].notes: Invalid input" (`zod/mini` carries no messages).
 */

const KINDS: Record<TableName, MessageKey> = {
  contacts: 'backupKindContacts',
  interactions: 'backupKindInteractions',
  tasks: 'backupKindTasks',
  resources: 'backupKindResources',
  events: 'backupKindEvents',
  opportunities: 'backupKindOpportunities',
  communities: 'backupKindCommunities',
  routineSessions: 'backupKindRoutineSessions',
  snippets: 'backupKindSnippets',
  settings: 'backupKindSettings',
  suggestionStates: 'backupKindSuggestionStates',
  copyLogs: 'backupKindCopyLogs',
  notificationLogs: 'backupKindNotificationLogs',
  invitations: 'backupKindInvitations',
};

const FIELDS: Record<string, MessageKey> = {
  name: 'backupFieldName',
  notes: 'backupFieldNotes',
  title: 'backupFieldTitle',
  createdAt: 'backupFieldCreatedAt',
  updatedAt: 'backupFieldUpdatedAt',
  circle: 'backupFieldCircle',
  profiles: 'backupFieldProfiles',
  id: 'backupFieldId',
  url: 'backupFieldUrl',
  date: 'backupFieldDate',
  due: 'backupFieldDue',
  kind: 'backupFieldKind',
  contactId: 'backupFieldContactId',
  tags: 'backupFieldTags',
};

const number = (n: number | bigint) => new Intl.NumberFormat(getLanguage()).format(n);
/** A sentence's first letter in capitals (a record's label begins most refusals). */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A record as the user knows it: its kind, its number in the file (from 1), its name or title. */
export function recordLabel(table: TableName, index: number, raw: unknown): string {
  const kind = t(KINDS[table]);
  const fields = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const named = [fields.name, fields.title].find((v): v is string => typeof v === 'string' && !!v.trim());
  return named
    ? t('backupRecordNamed', kind, index + 1, named.trim().slice(0, 80))
    : t('backupRecord', kind, index + 1);
}

/** Fields named in the plural ("the notes are…"). */
const PLURAL = new Set(['notes', 'profiles', 'tags']);

function fieldWords(path: readonly PropertyKey[]): string {
  const key = FIELDS[String(path.at(-1))];
  if (key && path.length === 1) return t(key);
  const shown = path
    .map((part, i) => (typeof part === 'number' ? `[${part + 1}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
  return t('backupField', shown || '…');
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const part of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const TYPES: Record<string, MessageKey> = {
  string: 'backupTypeText',
  number: 'backupTypeNumber',
  int: 'backupTypeNumber',
  array: 'backupTypeList',
  object: 'backupTypeRecord',
  boolean: 'backupTypeBoolean',
};

/** One Zod issue about `raw` (a record, or the envelope) in words. */
export function issueWords(issue: z.core.$ZodIssue, raw: unknown): string {
  const field = fieldWords(issue.path);
  const value = valueAt(raw, issue.path);
  const plural = issue.path.length === 1 && PLURAL.has(String(issue.path[0]));
  const is = t(plural ? 'backupVerbAre' : 'backupVerbIs');
  const has = t(plural ? 'backupVerbHave' : 'backupVerbHas');
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return t('backupMissing', field, is);
      const type = TYPES[issue.expected];
      return type ? t('backupWrongType', field, t(type)) : t('backupInvalid', field, is);
    }
    case 'too_big': {
      const max = number(issue.maximum);
      if (issue.origin === 'string') return t('backupTooLong', field, max, is);
      if (issue.origin === 'array' || issue.origin === 'set') return t('backupTooMany', field, max, has);
      return t('backupTooHigh', field, max, is);
    }
    case 'too_small': {
      const min = number(issue.minimum);
      if (issue.origin === 'string')
        return min === '1' ? t('backupEmpty', field, is) : t('backupTooShort', field, min, is);
      if (issue.origin === 'array' || issue.origin === 'set') return t('backupTooFew', field, min, has);
      return t('backupTooLow', field, min, is);
    }
    case 'invalid_value':
      return t('backupUnknownValue', field, String(value).slice(0, 80), is);
    case 'invalid_format':
      return t('backupBadFormat', field, is);
    default:
      return t('backupInvalid', field, is);
  }
}
