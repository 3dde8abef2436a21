// Types of the /api resources the web front end reads. They follow the server's JSON; optional
// fields are ones the server may leave out. A page shows what these say and decides no rule.

export interface ApiErrorBody {
  code: string;
  message: string;
  where?: string;
}

export interface RowError {
  line: number;
  message: string;
  field?: string;
}

export interface User {
  id: string;
  username: string;
  display_name: string;
}

export interface RoleGrant {
  school_id: string;
  role: string;
  scope: 'school' | 'trust';
  trust_id?: string;
}

export interface Session {
  user: User;
  csrf_token?: string;
  roles: RoleGrant[];
}

export interface School {
  id: string;
  name: string;
  trust_id?: string;
  [field: string]: unknown;
}

export interface Pupil {
  id: string;
  first_name: string;
  last_name: string;
  preferred_name?: string;
  year_group: string;
  do_not_publish?: boolean;
  [field: string]: unknown;
}

export interface PupilSearch {
  pupils: Pupil[];
  truncated: boolean;
}

// What a roster import changed: the roster replaces the school's previous one.
export interface RosterResult {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export interface AuditEvent {
  seq: number;
  at: number;  // seconds since the epoch, UTC
  actor: string;
  actor_role: string;
  action: string;
  object_type: string;
  object_id: string;
  before: string;
  after: string;
}

export interface AuditPage {
  events: AuditEvent[];
  next_after: number;
}
