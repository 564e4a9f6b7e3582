export {
  parseConnections,
  parseConnectionsInSlices,
  importConnections,
  type ImportReport,
  type ImportedRow,
} from './linkedin-import';
export type { ConnectionRow, ParsedConnections, FileInput } from './linkedin-connections';
export { parseConnectedOn } from './connected-on';
export { dayColumn, parseLinkedInTime, type DayColumn, type DayReading, type DayMonthOrder } from './dates';
export { decodeBytes, isGarbled, type DecodedText, type TextEncodingName } from './decode';
export { linkedInProfileOf } from './profile-cell';
export { refusal, refusalIn, type FileFacts, type ImportProblem, type ProblemReason } from './report';
export {
  checkBackup,
  checkBackupInSlices,
  createBackup,
  serializeBackup,
  serializeBackupInParts,
  restoreBackup,
  BackupSchema,
  type Backup,
  type BackupCheck,
} from './backup';
export { contactsToCsv } from './export-csv';
export { neutralizeCell } from './csv-cell';
export { contactToVcard, contactsToVcard } from './vcard';
export type { Progress, OnProgress } from './progress';
