import type { Contact } from '../schemas/contact';
import { mapWithProgress, type OnProgress } from './progress';

/** RFC 6350 §3.4: in a text value, backslash, comma, semicolon and newlines are escaped. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 6350 §3.2: lines longer than 75 octets are folded (CRLF + space),
 * never inside a UTF-8 character.
 */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward their 75.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const stamp = (time: number) =>
  new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** One contact as a vCard 4.0. */
export function contactToVcard(contact: Contact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(contact.name)}`];
  if (contact.company) lines.push(`ORG:${escapeText(contact.company)}`);
  if (contact.position) lines.push(`TITLE:${escapeText(contact.position)}`);
  else if (contact.headline) lines.push(`TITLE:${escapeText(contact.headline)}`);
  if (contact.email) lines.push(`EMAIL:${escapeText(contact.email)}`);
  if (contact.location) lines.push(`ADR;LABEL="${contact.location.replace(/["\r\n]/g, ' ')}":;;;;;;`);
  // URIs are not text values: they are written as stored (already percent-encoded).
  for (const profile of contact.profiles) lines.push(`URL:${profile.url}`);
  if (contact.tags.length) lines.push(`CATEGORIES:${contact.tags.map(escapeText).join(',')}`);
  if (contact.notes.trim()) lines.push(`NOTE:${escapeText(contact.notes)}`);
  lines.push(`REV:${stamp(contact.updatedAt)}`, 'END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Contacts as one `.vcf` file. */
export function contactsToVcard(contacts: readonly Contact[], onProgress?: OnProgress): string {
  return mapWithProgress(contacts, 'formatting', contactToVcard, onProgress).join('');
}
