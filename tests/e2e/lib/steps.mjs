// Small pieces every journey file uses: the API paths a signed-in journey needs, the demo login of
// a role at a school, axe-core on the current screen, and console problems that are not the
// 4xx answers a journey provokes on purpose.
import assert from 'node:assert/strict';
import { axeViolations } from './harness.mjs';

export const S = '/api/schools/{school_id}';
export const SESSION_API = ['/api/session', '/api/me', '/api/schools', 'demo-logins'];

export function loginFor(logins, role, school) {
  const found = logins.find((candidate) => candidate.school === school && candidate.role === role);
  assert.ok(found, `the demo has no ${role} at ${school}`);
  return found;
}

export async function accessible(page, where) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${where}`);
}

export const benign = (problems) => problems.filter((p) => !/status of 4(00|01|03|04)/.test(p));
