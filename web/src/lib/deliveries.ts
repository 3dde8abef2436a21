// The mail delivery list's words: each recipient's delivery as staff read it (sent, waiting to
// send, failed and to be tried again) and the rows of the list, newest notification first, one
// row per recipient (a role nobody holds gives one row saying so). Pure, unit-tested.

export interface DeliveryLike {
  person_id: string;
  status: string;
  attempts: number;
  last_error: string;
  delivered_at: number | null;
  next_attempt_at: number | null;
}

export interface NotificationLike {
  id: string;
  created_at: number;
  recipient_role: string;
  recipient_person_id: string;
  deliveries: DeliveryLike[];
}

export type DeliveryState = 'sent' | 'pending' | 'failed' | 'nobody';

// Sent once delivered; failed when an attempt was made and refused (it is tried again at
// next_attempt_at); pending before the first attempt.
export function deliveryState(delivery: DeliveryLike | undefined): DeliveryState {
  if (!delivery) return 'nobody';
  if (delivery.status === 'delivered' || delivery.delivered_at) return 'sent';
  return delivery.attempts > 0 ? 'failed' : 'pending';
}

export const kStateText: Record<DeliveryState, { text: string; colour: 'green' | 'grey' | 'red' | 'yellow' }> = {
  sent: { text: 'Sent', colour: 'green' },
  pending: { text: 'Waiting to send', colour: 'grey' },
  failed: { text: 'Failed', colour: 'red' },
  nobody: { text: 'No one to send to', colour: 'yellow' },
};

export interface DeliveryRow<N extends NotificationLike> {
  notification: N;
  delivery?: DeliveryLike;
  state: DeliveryState;
  first: boolean;  // the notification's first row
}

// Newest first (the API's order, made sure of), one row per delivery.
export function deliveryRows<N extends NotificationLike>(notifications: N[]): DeliveryRow<N>[] {
  const sorted = [...notifications].sort((a, b) => b.created_at - a.created_at);
  return sorted.flatMap((notification): DeliveryRow<N>[] => (notification.deliveries.length === 0
    ? [{ notification, state: 'nobody' as const, first: true }]
    : notification.deliveries.map((delivery, index) => ({ notification, delivery, state: deliveryState(delivery), first: index === 0 }))));
}

// Counts of rows by state, for the summary above the list.
export function stateCounts(rows: { state: DeliveryState }[]): Record<DeliveryState, number> {
  const counts: Record<DeliveryState, number> = { sent: 0, pending: 0, failed: 0, nobody: 0 };
  for (const row of rows) counts[row.state]++;
  return counts;
}
