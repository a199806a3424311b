// The two IPC channels between the preload and the main process (the only two).
// Kept apart so the preload bundle carries these names and nothing else of ours.
export const IPC_CALL_CHANNEL = 'al:call';
export const IPC_EVENT_CHANNEL = 'al:event';
