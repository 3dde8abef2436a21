// Official accounts, posts (draft, check, submit, approve or reject, publish, take down), the
// takedown tasks raised by consent withdrawals, and this term's check figures. Shapes follow
// src/api/handlers/accounts.cpp and posts.cpp; normalisers accept wrapped or bare answers.
import { listOf, send } from './client';
import { routes } from './routes';

export interface Account {
  id: string;
  platform: string;
  handle: string;
  url?: string;
  external_id?: string;
  administrators: string[];
  moderators: string[];
}

export interface NewAccount {
  platform: string;
  handle: string;
  url?: string;
  administrators: string[];
  moderators: string[];
}

export interface Person {
  id: string;
  display_name: string;
  roles?: { role: string; school_id?: string }[] | string[];
}

export const mediaKinds = ['none', 'image', 'video'] as const;
export const postStates = ['draft', 'checked', 'submitted', 'approved', 'rejected', 'published', 'taken_down'] as const;

export interface Post {
  id: string;
  account_id: string;
  platform?: string;
  media_kind: string;
  media_ids: string[];  // photos attached (the media room's ids)
  caption: string;
  tagged_pupil_ids: string[];
  posting_date: string;
  state: string;
  version?: number;
  author_id?: string;
  live_url?: string;
  created_at?: number;
  updated_at?: number;
}

export interface Finding {
  reason: string;
  pupil_id?: string;
  media_id?: string;  // a photo's finding: which photo
  face?: number;  // and which face in it (from 0)
  span?: { start: number; end: number } | null;
  message: string;
}

export interface CheckResult {
  decision: string;
  reasons: string[];
  details: Finding[];
  version?: number;
  checked_at?: number;
}

export interface PostEvent {
  at: number;
  actor: string;
  actor_name?: string;
  actor_role?: string;
  action: string;
  from_state?: string;
  to_state?: string;
  comment?: string;
}

export interface PostDetail {
  post: Post;
  check?: CheckResult | null;
  history: PostEvent[];
}

export interface NewPost {
  account_id: string;
  media_kind: string;
  caption: string;
  tagged_pupil_ids: string[];
  posting_date: string;
  media_ids?: string[];
}

// The post as sent: media_ids, and media_id (the first) for a server that keeps one photo.
function postBody(post: Partial<NewPost>): Record<string, unknown> {
  if (post.media_ids === undefined) return post;
  return { ...post, media_id: post.media_ids[0] ?? '' };
}

export interface TakedownTask {
  id: string;
  post_id: string;
  pupil_id?: string;
  reason?: string;
  state: string;
  opened_at?: number;
  due_at?: number;
  assignees?: string[];
  account_id?: string;
  live_url?: string;
}

export interface PostStats {
  term?: string;  // the term's name, e.g. "Autumn 2026"
  from?: string;
  to?: string;
  passed: number;
  failed: number;
  needs_changes?: number;
  block?: number;
}

const sid = (schoolId: string) => ({ school_id: schoolId });
const pid = (schoolId: string, postId: string) => ({ school_id: schoolId, post_id: postId });

function postOf(data: unknown): Post {
  const body = data as Record<string, unknown>;
  const post = (body.post ?? body) as Post & { media_id?: string };
  const mediaIds = post.media_ids ?? (post.media_id ? [post.media_id] : []);
  return { ...post, tagged_pupil_ids: post.tagged_pupil_ids ?? [], media_ids: mediaIds };
}

function checkOf(data: unknown): CheckResult {
  const body = (data as Record<string, unknown>) ?? {};
  const check = (body.check ?? body) as Partial<CheckResult> & { findings?: Finding[] };
  return { ...check, decision: check.decision ?? '', reasons: check.reasons ?? [], details: check.details ?? check.findings ?? [] } as CheckResult;
}

export const postsApi = {
  async accounts(schoolId: string): Promise<Account[]> {
    return listOf<Account>(await send<unknown>(routes.accounts, sid(schoolId)), 'accounts');
  },
  addAccount(schoolId: string, account: NewAccount): Promise<Account> {
    return send<Account>(routes.addAccount, sid(schoolId), { json: account });
  },
  async people(schoolId: string): Promise<Person[]> {
    return listOf<Person>(await send<unknown>(routes.people, sid(schoolId)), 'people');
  },
  async list(schoolId: string, query: { state?: string; awaiting?: string } = {}): Promise<Post[]> {
    return listOf<Post>(await send<unknown>(routes.posts, sid(schoolId), { query }), 'posts').map(postOf);
  },
  async draft(schoolId: string, post: NewPost): Promise<Post> {
    return postOf(await send<unknown>(routes.draftPost, sid(schoolId), { json: postBody(post) }));
  },
  async get(schoolId: string, postId: string): Promise<PostDetail> {
    const data = await send<Record<string, unknown>>(routes.post, pid(schoolId, postId));
    const check = (data.check ?? data.latest_check) as unknown;
    return {
      post: postOf(data),
      check: check ? checkOf(check) : null,
      history: listOf<PostEvent>(data.history ?? data.events, 'events'),
    };
  },
  async edit(schoolId: string, postId: string, post: Partial<NewPost>): Promise<Post> {
    return postOf(await send<unknown>(routes.editPost, pid(schoolId, postId), { json: postBody(post) }));
  },
  async check(schoolId: string, postId: string): Promise<CheckResult> {
    return checkOf(await send<unknown>(routes.checkPost, pid(schoolId, postId), { json: {} }));
  },
  submit(schoolId: string, postId: string): Promise<unknown> {
    return send(routes.submitPost, pid(schoolId, postId), { json: {} });
  },
  approve(schoolId: string, postId: string, comment: string): Promise<unknown> {
    return send(routes.approvePost, pid(schoolId, postId), { json: { comment } });
  },
  reject(schoolId: string, postId: string, comment: string): Promise<unknown> {
    return send(routes.rejectPost, pid(schoolId, postId), { json: { comment } });
  },
  publish(schoolId: string, postId: string, liveUrl: string): Promise<unknown> {
    return send(routes.publishPost, pid(schoolId, postId), { json: { live_url: liveUrl } });
  },
  takeDown(schoolId: string, postId: string, reason: string): Promise<unknown> {
    return send(routes.takeDownPost, pid(schoolId, postId), { json: { reason } });
  },
  async takedowns(schoolId: string, open = true): Promise<TakedownTask[]> {
    const data = await send<unknown>(routes.takedowns, sid(schoolId), { query: { open: open ? 'true' : undefined } });
    return listOf<TakedownTask>(data, 'takedowns').concat(listOf<TakedownTask>(data, 'tasks'));
  },
  takedownDone(schoolId: string, taskId: string, note: string): Promise<unknown> {
    return send(routes.takedownDone, { school_id: schoolId, task_id: taskId }, { json: { note } });
  },
  async stats(schoolId: string): Promise<PostStats> {
    const data = await send<Record<string, unknown>>(routes.postStats, sid(schoolId));
    const term = data.term as { name?: string; from?: string; to?: string } | string | undefined;
    const named = typeof term === 'object' && term !== null ? term : { name: term };
    return {
      term: named.name, from: 'from' in named ? named.from : undefined, to: 'to' in named ? named.to : undefined,
      passed: Number(data.passed ?? 0), failed: Number(data.failed ?? 0),
      needs_changes: data.needs_changes === undefined ? undefined : Number(data.needs_changes),
      block: data.block === undefined ? undefined : Number(data.block),
    };
  },
};
