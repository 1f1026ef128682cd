import type { Api, ArgsOf, Bridge, Command, EventName, Events, ResultOf } from '../../../shared/api';
import { LecternError, isErrorData, type Envelope } from '../../../shared/errors';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in the browser (local web mode). */
    lectern?: Bridge;
  }
}

const TOKEN_KEY = 'lectern.token';

/**
 * The renderer's one client for the engine: IPC through the preload bridge inside Electron,
 * HTTP + Server-Sent Events against the local server otherwise. Both unwrap the same Envelope,
 * so components only ever see values or a thrown LecternError.
 */
export function createApi(): Api {
  const bridge = window.lectern;
  return bridge ? bridgeApi(bridge) : httpApi(readToken());
}

/**
 * In a browser, whether the page's access token opens the engine: false when the address was
 * opened without it or with one from an earlier run (the server answers 401). Electron: true.
 */
export async function hasEngineAccess(): Promise<boolean> {
  if (window.lectern) return true;
  try {
    const response = await fetch('/api/project-info', {
      method: 'POST',
      headers: { 'x-lectern-token': readToken(), 'content-type': 'application/json' },
      body: '{}',
    });
    return response.status !== 401;
  } catch {
    return true; // the engine is not reachable at all: the app's own error says so
  }
}

function bridgeApi(bridge: Bridge): Api {
  return {
    async call<C extends Command>(command: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
      const envelope = await bridge.invoke(command, args);
      return unwrap(envelope) as ResultOf<C>;
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      return bridge.subscribe(event, (payload) => listener(payload as Events[E]));
    },
  };
}

function httpApi(token: string): Api {
  let events: EventSource | null = null;
  let listeners = 0;
  return {
    async call<C extends Command>(command: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
      let response: Response;
      try {
        response = await fetch(`/api/${command}`, {
          method: 'POST',
          headers: { 'x-lectern-token': token, 'content-type': 'application/json' },
          body: JSON.stringify(args ?? {}),
        });
      } catch (error) {
        throw new LecternError(
          'internal',
          'Lost contact with the Lectern engine. Is the local server (lectern serve) still running?',
          error instanceof Error ? error.message : String(error),
        );
      }
      let envelope: unknown;
      try {
        envelope = await response.json();
      } catch {
        throw new LecternError(
          'internal',
          `The engine answered ${response.status} without a readable reply.`,
        );
      }
      return unwrap(envelope) as ResultOf<C>;
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      events ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const source = events;
      listeners += 1;
      const handler = (message: MessageEvent<string>): void => {
        try {
          listener(JSON.parse(message.data) as Events[E]);
        } catch {
          // A malformed event is dropped; the next refresh brings the UI back in line.
        }
      };
      source.addEventListener(event, handler as EventListener);
      return () => {
        source.removeEventListener(event, handler as EventListener);
        listeners -= 1;
        if (listeners === 0 && events === source) {
          source.close();
          events = null;
        }
      };
    },
  };
}

function unwrap(envelope: unknown): unknown {
  const value = envelope as Envelope<unknown> | null;
  if (value && typeof value === 'object' && 'ok' in value) {
    if (value.ok) return value.value;
    if (isErrorData(value.error))
      throw new LecternError(value.error.code, value.error.message, value.error.detail);
  }
  throw new LecternError('internal', 'The engine sent a reply Lectern does not understand.');
}

/** The page URL carries `?token=`; keep it for reloads, and take it out of the address bar. */
function readToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}
