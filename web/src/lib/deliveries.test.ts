import { describe, expect, it } from 'vitest';
import { deliveryRows, deliveryState, stateCounts } from './deliveries';

const delivery = (over: Partial<Parameters<typeof deliveryState>[0] & object> = {}) => ({
  person_id: 'dsl.belgrave', status: 'pending', attempts: 0, last_error: '', delivered_at: null, next_attempt_at: 100, ...over,
});

describe('deliveryState', () => {
  it('reads sent, waiting, failed and nobody', () => {
    expect(deliveryState(delivery({ status: 'delivered', delivered_at: 50, next_attempt_at: null }))).toBe('sent');
    expect(deliveryState(delivery())).toBe('pending');
    expect(deliveryState(delivery({ attempts: 2, last_error: 'This person has no email address' }))).toBe('failed');
    expect(deliveryState(undefined)).toBe('nobody');
  });
});

describe('deliveryRows', () => {
  const older = { id: 'n1', created_at: 10, recipient_role: 'dsl', recipient_person_id: '', deliveries: [delivery(), delivery({ person_id: 'dsl2', attempts: 1 })] };
  const newer = { id: 'n2', created_at: 20, recipient_role: 'dpo', recipient_person_id: '', deliveries: [] };

  it('lists the newest notification first, one row per recipient', () => {
    const rows = deliveryRows([older, newer]);
    expect(rows.map((row) => [row.notification.id, row.state, row.first])).toEqual([
      ['n2', 'nobody', true], ['n1', 'pending', true], ['n1', 'failed', false],
    ]);
    expect(stateCounts(rows)).toEqual({ sent: 0, pending: 1, failed: 1, nobody: 1 });
  });
});
