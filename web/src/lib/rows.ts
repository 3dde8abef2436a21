// Row problems of a refused CSV import. The server lists them as `rows: [{line, message}]`; where
// an answer has only its message ("2 rows need fixing; nothing was imported: line 3: text is
// empty; line 4: received_at is not a time ..."), the rows are read back out of it. Pure, tested.

export interface RowProblem {
  line: number;
  message: string;
}

export function rowsFromMessage(message: string): RowProblem[] {
  const marker = /\bline (\d+): /g;
  const found: { line: number; start: number; end: number }[] = [];
  for (let match = marker.exec(message); match; match = marker.exec(message)) {
    found.push({ line: Number(match[1]), start: match.index, end: match.index + match[0].length });
  }
  return found.map((entry, index) => {
    const stop = index + 1 < found.length ? found[index + 1].start : message.length;
    const text = message.slice(entry.end, stop).trim().replace(/[;.]$/, '').trim();
    return { line: entry.line, message: text };
  }).filter((row) => row.message !== '');
}
