import { io, Socket } from 'socket.io-client';

/** Socket.io clients of a test file, connected like the browser does, closed together at the end. */
export class LiveClients {
  private readonly sockets: Socket[] = [];

  constructor(private readonly baseUrl: () => string) {}

  connect(token?: string): Promise<Socket> {
    const socket = io(this.baseUrl(), { auth: token ? { token } : {}, transports: ['websocket'], reconnection: false });
    this.sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }

  closeAll(): void {
    for (const socket of this.sockets) socket.disconnect();
  }
}

/** The next `event` on the socket (that `matches`, when given), or an error naming what did not arrive. */
export function nextEvent<T>(socket: Socket, event: string, timeoutMs = 5_000, matches: (payload: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve, reject) => {
    const listener = (payload: T) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on(event, listener);
  });
}
