// "Open in the codebook" from another screen: the Codebook screen opens with the node selected.
import { requestScreen } from '../frame/screen-requests.ts';

let requested: number | null = null;

// Goes to the Codebook screen with a node selected.
export function openInCodebook(nodeId: number): void {
  requested = nodeId;
  requestScreen('codebook');
}

// The node asked for (once), or null: the Codebook screen selects it when it opens.
export function takeRequestedNode(): number | null {
  const nodeId = requested;
  requested = null;
  return nodeId;
}
