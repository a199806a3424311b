// Codebook: a read-only tree of nodes with colour and number of codings.
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatCount } from '../../format.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { buildNodeTree } from './node-tree.ts';
import type { NodeTreeItem } from './node-tree.ts';

// Lists nodes.list as a nested tree (editing comes later).
export function CodebookScreen() {
  const nodes = useApiQuery('nodes.list', {});
  const tree = buildNodeTree(nodes.data ?? []);
  return (
    <section className="screen" aria-labelledby="screen-heading">
      <div className="screen-header">
        <h1 id="screen-heading">Codebook</h1>
        {nodes.data ? <span className="muted">{formatCount(nodes.data.length, 'node')}</span> : null}
      </div>
      <ErrorMessage error={nodes.error} />
      {nodes.loading && !nodes.data ? <p className="muted">Loading…</p> : null}
      {nodes.data && tree.length === 0 ? <p className="empty-state">This project has no codes yet.</p> : null}
      {tree.length > 0 ? <NodeList items={tree} label="Codebook" /> : null}
    </section>
  );
}

function NodeList({ items, label }: { items: NodeTreeItem[]; label?: string }) {
  return (
    <ul className="node-tree" aria-label={label}>
      {items.map(({ node, children }) => (
        <li key={node.id}>
          <div className="node-row" title={node.description || undefined}>
            <span className="swatch" style={{ backgroundColor: node.color }} aria-hidden="true" />
            <span className="node-name">{node.name}</span>
            <span className="node-count">{formatCount(node.codingCount, 'coding')}</span>
          </div>
          {children.length > 0 ? <NodeList items={children} /> : null}
        </li>
      ))}
    </ul>
  );
}
