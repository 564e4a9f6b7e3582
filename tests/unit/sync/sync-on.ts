import { SYNC_STATE_ID, type SyncState } from '@/lib/sync/local-state';

/** Sync turned on, to a server nobody listens at: what the change tracker needs to note writes. */
export const SYNC_ON: SyncState = {
  id: SYNC_STATE_ID,
  enabled: true,
  paused: false,
  url: 'http://127.0.0.1:1/guild',
  user: '',
  password: '',
  since: '0',
  failures: 0,
  newer: 0,
};
