import { describe, expect, it } from 'vitest';
import { rowsFromMessage } from './rows';

describe('rowsFromMessage', () => {
  it('reads each line and its problem out of the server message', () => {
    const message = '2 rows need fixing; nothing was imported: line 3: text is empty; line 4: received_at is not a time like 2026-11-21T10:00:00Z.';
    expect(rowsFromMessage(message)).toEqual([
      { line: 3, message: 'text is empty' },
      { line: 4, message: 'received_at is not a time like 2026-11-21T10:00:00Z' },
    ]);
  });

  it('keeps semicolons inside one row’s problem and repeats of the same line', () => {
    expect(rowsFromMessage('x: line 2: a; b; line 2: c.')).toEqual([
      { line: 2, message: 'a; b' }, { line: 2, message: 'c' },
    ]);
  });

  it('finds nothing in a message that names no line', () => {
    expect(rowsFromMessage('Send the comments as text/csv.')).toEqual([]);
    expect(rowsFromMessage('the pipeline: 3 items')).toEqual([]);
  });
});
