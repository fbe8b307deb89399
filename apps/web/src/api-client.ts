import { clearToken, getToken, type TokenKind } from './auth-storage';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly body: Record<string, unknown> | null,
  ) {
    super(messages.join('\n') || `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Which stored token to send; `none` for public endpoints. */
  auth?: TokenKind | 'none';
  /** Return the raw response body as a Blob (file downloads). */
  blob?: boolean;
}

type UnauthorizedHandler = (kind: TokenKind) => void;
let onUnauthorized: UnauthorizedHandler = () => undefined;

/** The router registers this so a 401 can move the user to the matching sign-in page. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

function extractMessages(body: unknown, status: number, statusText: string): string[] {
  if (body && typeof body === 'object' && 'message' in body) {
    const message = (body as { message: unknown }).message;
    if (Array.isArray(message)) return message.map(String);
    if (typeof message === 'string' && message) return [message];
  }
  return [statusText || `HTTP ${status}`];
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, auth = 'staff', blob = false } = options;
  const headers: Record<string, string> = { Accept: blob ? '*/*' : 'application/json' };
  const token = auth === 'none' ? null : getToken(auth);
  if (token) headers.Authorization = `Bearer ${token}`;

  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body; // the browser sets the multipart boundary itself
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }

  const response = await fetch(`/api${path}`, { method, headers, body: payload });

  if (!response.ok) {
    const text = await response.text();
    let parsed: Record<string, unknown> | null;
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      parsed = null;
    }
    // A 401 without a token (e.g. a wrong password) is a form error, not an expired session.
    if (response.status === 401 && auth !== 'none' && token) {
      clearToken(auth);
      onUnauthorized(auth);
    }
    throw new ApiError(response.status, extractMessages(parsed, response.status, response.statusText), parsed);
  }

  if (blob) return (await response.blob()) as T;
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Saves a Blob through a temporary object URL; used for the CSV export and the personal data download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Fetches a file with the stored token (a plain link cannot send it) and saves it under `fileName`. */
export async function downloadFile(path: string, fileName: string, auth: TokenKind = 'staff'): Promise<void> {
  const blob = await api<Blob>(path, { blob: true, auth });
  saveBlob(blob, fileName);
}
