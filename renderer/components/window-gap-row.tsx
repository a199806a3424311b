// A row of a windowed table standing for rows that are not drawn: as tall as they would
// be, hidden from screen readers (the drawn rows carry aria-rowindex instead).
export function WindowGapRow({ rows, rowHeight, columns }: { rows: number; rowHeight: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="window-gap">
      <td colSpan={columns} style={{ height: rows * rowHeight }} />
    </tr>
  );
}
