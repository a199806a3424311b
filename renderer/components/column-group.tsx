// The colgroup of a table with fixed column widths (table-layout: fixed), and the table's
// width, the sum of them, so each column keeps the width it was given.
export interface SizedColumn {
  key: string;
  width: number;
}

// The table's width: the sum of its columns'.
export function tableWidth(columns: readonly SizedColumn[]): number {
  return columns.reduce((sum, c) => sum + c.width, 0);
}

// One col element per column, with its width.
export function ColumnGroup({ columns }: { columns: readonly SizedColumn[] }) {
  return (
    <colgroup>
      {columns.map((c) => (
        <col key={c.key} style={{ width: c.width }} />
      ))}
    </colgroup>
  );
}
