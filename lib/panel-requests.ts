/**
 * Session-storage key the background sets when the quick-save shortcut is
 * pressed; the panel opens on the quick-save form when it sees it.
 */
export const QUICK_SAVE_REQUEST_KEY = 'guild:quick-save-request';
