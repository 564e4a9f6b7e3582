import { useEffect } from 'react';

/** The quick-save shortcut's request, handed down from the panel to the state on screen. */
export interface QuickSaveRequest {
  requested: boolean;
  /** The form was opened: the request is used up. */
  taken: () => void;
}

/** Open the quick-save form when the shortcut asks for it, once per request. */
export function useQuickSaveRequest(request: QuickSaveRequest | undefined, open: () => void): void {
  const requested = request?.requested ?? false;
  useEffect(() => {
    if (!requested) return;
    open();
    request?.taken();
  }, [requested, open, request]);
}
