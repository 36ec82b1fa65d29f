import { useAccessApi } from './useAccessApi';

export type PersonOption = { userRef: string; displayName?: string };

/** The people holding a role, to pick from; anyone else can be typed. */
export function usePeopleOptions() {
  const result = useAccessApi(api => api.getRoles(), []);
  const people = new Map<string, PersonOption>();
  for (const role of result.value ?? []) {
    for (const member of role.members) {
      people.set(member.userRef, member);
    }
  }
  return {
    loading: result.loading,
    error: result.error,
    value: [...people.values()].sort((a, b) =>
      (a.displayName ?? a.userRef).localeCompare(b.displayName ?? b.userRef),
    ),
  };
}
