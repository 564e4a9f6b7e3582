export {
  parseConnections,
  parseConnectionsInSlices,
  importConnections,
  type ImportReport,
  type ImportedRow,
} from './linkedin-import';
export type { ConnectionRow, ImportProblem, ParsedConnections } from './linkedin-connections';
export { parseConnectedOn } from './connected-on';
export {
  checkBackup,
  createBackup,
  serializeBackup,
  restoreBackup,
  restoreBackupText,
  BackupSchema,
  type Backup,
  type BackupCheck,
} from './backup';
export { contactsToCsv } from './export-csv';
export { neutralizeCell } from './csv-cell';
export { contactToVcard, contactsToVcard, escapeText, foldLine } from './vcard';
export type { Progress, OnProgress } from './progress';
