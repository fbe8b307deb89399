import { Logger } from '@nestjs/common';
import { OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { InjectRepository } from '@nestjs/typeorm';
import type { Server, Socket } from 'socket.io';
import { Repository } from 'typeorm';
import { EventRole, LiveRoom, ServerToClientEvents } from '@clustermeet/contracts';
import { EventMember } from '@clustermeet/database';
import { AuthService } from '@clustermeet/domain';

const MANAGER_ROLES = [EventRole.Organiser, EventRole.CoOrganiser];

type LiveSocket = Socket<Record<string, never>, ServerToClientEvents>;

/**
 * Authenticates with the same tokens as HTTP (`auth: { token }` in the handshake) and puts each
 * browser in its rooms; it only pushes, so there are no message handlers. This runs as handshake
 * middleware, before the client sees `connect`, so no push can fall between connecting and joining.
 */
@WebSocketGateway({ serveClient: false })
export class LiveGateway implements OnGatewayInit {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    private readonly auth: AuthService,
    @InjectRepository(EventMember) private readonly members: Repository<EventMember>,
  ) {}

  afterInit(server: Server<Record<string, never>, ServerToClientEvents>): void {
    server.use((socket, next) => {
      this.joinRooms(socket).then(
        () => next(),
        () => {
          this.logger.debug?.('refused a socket without a valid token');
          next(new Error('unauthorized: sign in again'));
        },
      );
    });
  }

  private async joinRooms(client: LiveSocket): Promise<void> {
    const token = (client.handshake.auth as { token?: unknown }).token;
    if (typeof token !== 'string') throw new Error('no token');
    const actor = await this.auth.verifyAccessToken(token);
    if (actor.kind === 'participant') {
      await client.join([LiveRoom.participant(actor.participantId), LiveRoom.eventParticipants(actor.eventId)]);
      return;
    }
    const memberships = await this.members.findBy({ userId: actor.userId });
    const managers = memberships.filter((member) => MANAGER_ROLES.includes(member.role));
    await client.join([...managers.map((member) => LiveRoom.eventStaff(member.eventId)), ...memberships.map((member) => LiveRoom.eventDesk(member.eventId))]);
  }
}
