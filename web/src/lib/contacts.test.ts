import { describe, expect, it } from 'vitest';
import { bodyOf, entries, formOf, problemOf, type ContactsBody } from './contacts';

const stored: ContactsBody = {
  address: '1 School Lane', postcode: 'LE4 5QT', website: 'belgrave.sch.uk',
  phones: ['0116 496 0123', '0116 496 0124'], emails: ['office@belgrave.sch.uk'], handles: ['BelgraveSchool'],
  motto_hashtags: ['#TeamBelgrave'], public_venues: [{ name: 'Abbey Park', address: 'Abbey Park Road', postcode: 'LE4 5AQ' }],
};

describe('contacts form', () => {
  it('round-trips what the API stored', () => {
    expect(bodyOf(formOf(stored))).toEqual(stored);
  });

  it('leaves out empty lines and empty venue rows, and trims what was typed', () => {
    const form = { ...formOf(stored), phones: '\n 0116 496 0123 \n\n0116 496 0999\n', venues: [...formOf(stored).venues, { name: '', address: ' ', postcode: '' }] };
    const body = bodyOf(form);
    expect(body.phones).toEqual(['0116 496 0123', '0116 496 0999']);
    expect(body.public_venues).toHaveLength(1);
  });

  it('numbers entries by the line they were typed on', () => {
    expect(entries('a\n\n b \n')).toEqual([{ value: 'a', line: 1 }, { value: 'b', line: 3 }]);
  });
});

describe('problemOf', () => {
  const form = { ...formOf(stored), phones: '0116 496 0123\n\ncall us', venues: [{ name: '', address: '', postcode: '' }, { name: 'Hall', address: '', postcode: 'X' }] };

  it('puts a list entry’s refusal on its box, naming the line it was typed on', () => {
    expect(problemOf('phones[1]', 'A phone number has 10 to 13 digits.', form))
      .toEqual({ field: 'contacts-phones', text: 'Phone numbers, line 3: A phone number has 10 to 13 digits.' });
    expect(problemOf('motto_hashtags', 'Must be a list.', form)).toEqual({ field: 'contacts-motto-hashtags', text: 'Hashtags: Must be a list.' });
  });

  it('puts a venue’s refusal on the row that was sent, skipping empty rows', () => {
    expect(problemOf('public_venues[0].postcode', 'A postcode is 5 to 8 letters.', form))
      .toEqual({ field: 'venue-2-postcode', text: 'Place 2, postcode: A postcode is 5 to 8 letters.' });
    expect(problemOf('public_venues[0]', 'Name it.', form).field).toBe('venue-2-name');
  });

  it('puts single fields on themselves and anything unknown on the first field', () => {
    expect(problemOf('postcode', 'Bad.', form)).toEqual({ field: 'contacts-postcode', text: 'Postcode: Bad.' });
    expect(problemOf(undefined, 'Send JSON.', form)).toEqual({ field: 'contacts-address', text: 'Send JSON.' });
  });
});
