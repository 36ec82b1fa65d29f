import { LoadRoute } from './routeLoad';

/** One route's answer to a single request: 200 with no body kept, or the error's start. */
export interface RouteAnswer {
  route: string;
  status: number;
  body: string;
}

/**
 * Sends each route of the mix once, one after the other, and says what each
 * answered; `counted` (a simulator's request counter, say) is read around
 * the route named `countedRoute`, to give what that one request cost it.
 */
export async function answerEachRoute(options: {
  baseUrl: string;
  token: string;
  routes: LoadRoute[];
  countedRoute: string;
  counted: () => number;
}): Promise<{ answers: RouteAnswer[]; countedDuringRoute: number }> {
  const answers: RouteAnswer[] = [];
  let countedDuringRoute = 0;
  for (const route of options.routes) {
    const before = options.counted();
    const response = await fetch(`${options.baseUrl}${route.path}`, {
      method: route.method ?? 'GET',
      headers: {
        authorization: `Bearer ${options.token}`,
        'content-type': 'application/json',
      },
      body: route.body ? JSON.stringify(route.body) : undefined,
    });
    const text = await response.text();
    if (route.name === options.countedRoute) {
      countedDuringRoute = options.counted() - before;
    }
    answers.push({
      route: route.name,
      status: response.status,
      body: response.ok ? '' : text.slice(0, 300),
    });
  }
  return { answers, countedDuringRoute };
}
