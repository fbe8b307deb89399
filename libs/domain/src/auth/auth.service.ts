import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { Event, Organisation, Participant, SignInToken, User } from '@clustermeet/database';
import { conflict } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { OutboxService } from '../email/outbox.service';
import { Actor, TokenClaims } from './actor';
import { LoginDto, OrganiserSignUpDto } from './auth.dto';
import { hashPassword, verifyPassword } from './password';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly outbox: OutboxService,
    private readonly config: ConfigService<AppConfig, true>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Participant) private readonly participants: Repository<Participant>,
    @InjectRepository(SignInToken) private readonly signInTokens: Repository<SignInToken>,
  ) {}

  async signUpOrganiser(input: OrganiserSignUpDto) {
    if (await this.users.existsBy({ email: input.email })) {
      throw conflict('An account with this email already exists; sign in instead');
    }
    const passwordHash = await hashPassword(input.password);
    const user = await this.dataSource.transaction(async (manager) => {
      const organisation = await manager.save(manager.create(Organisation, { name: input.organisationName }));
      return manager.save(manager.create(User, { email: input.email, name: input.name, passwordHash, organisationId: organisation.id }));
    });
    return this.staffSession(user);
  }

  async createStaffUser(manager: EntityManager, input: { email: string; name: string; password: string; organisationId: string }) {
    const passwordHash = await hashPassword(input.password);
    return manager.save(manager.create(User, { ...input, passwordHash }));
  }

  async login(input: LoginDto) {
    const user = await this.users.findOne({ where: { email: input.email }, select: { id: true, email: true, name: true, organisationId: true, passwordHash: true } });
    if (!user || !(await verifyPassword(user.passwordHash, input.password))) {
      throw new UnauthorizedException('Wrong email or password');
    }
    return this.staffSession(user);
  }

  /** Always succeeds from the caller's point of view, so the form cannot tell who is registered. */
  async requestSignInLink(eventId: string, email: string): Promise<void> {
    const participant = await this.participants.findOneBy({ eventId, email });
    if (!participant) return;
    const event = await this.dataSource.getRepository(Event).findOneByOrFail({ id: eventId });
    const link = await this.createSignInLink(this.dataSource.manager, participant.id);
    await this.outbox.send({
      template: 'sign-in-link',
      to: participant.email,
      eventId,
      data: { firstName: participant.firstName, eventName: event.name, link, validHours: this.linkTtlHours() },
    });
  }

  /** A one-time link that signs the participant in and, with `next`, opens that page of the app. */
  async createSignInLink(manager: EntityManager, participantId: string, next?: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const ttlMinutes = this.config.get('auth.signInLinkTtlMinutes', { infer: true });
    await manager.save(
      manager.create(SignInToken, { participantId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + ttlMinutes * 60_000) }),
    );
    const link = `${this.config.get('app.publicUrl', { infer: true })}/sign-in?token=${token}`;
    return next ? `${link}&next=${encodeURIComponent(next)}` : link;
  }

  linkTtlHours(): number {
    return Math.round(this.config.get('auth.signInLinkTtlMinutes', { infer: true }) / 60);
  }

  async redeemSignInLink(token: string) {
    const now = new Date();
    // One UPDATE both checks and consumes the token, so two clicks cannot both sign in.
    const result = await this.signInTokens
      .createQueryBuilder()
      .update()
      .set({ usedAt: now })
      .where({ tokenHash: sha256(token), usedAt: IsNull(), expiresAt: MoreThan(now) })
      .returning(['participantId'])
      .execute();
    const row = result.raw[0] as { participant_id: string } | undefined;
    if (!row) throw new UnauthorizedException('This sign-in link is invalid, used or expired; ask for a new one');
    const participant = await this.participants.findOneByOrFail({ id: row.participant_id });
    const claims: TokenClaims = { sub: participant.id, kind: 'participant', evt: participant.eventId };
    return { accessToken: await this.sign(claims), participantId: participant.id, eventId: participant.eventId };
  }

  async verifyAccessToken(token: string): Promise<Actor> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthorizedException('Your session has expired or is invalid; sign in again');
    }
    if (claims.kind === 'staff') {
      if (!(await this.exists('user_account', claims.sub))) throw new UnauthorizedException('This account no longer exists');
      return { kind: 'staff', userId: claims.sub, organisationId: claims.org };
    }
    if (!(await this.exists('participant', claims.sub))) throw new UnauthorizedException('This participant no longer exists');
    return { kind: 'participant', participantId: claims.sub, eventId: claims.evt };
  }

  /** Runs on every authenticated request: a plain statement, not a query built by the ORM each time. */
  private async exists(table: 'user_account' | 'participant', id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async describe(actor: Actor) {
    if (actor.kind === 'staff') {
      const user = await this.users.findOneByOrFail({ id: actor.userId });
      return { kind: 'staff' as const, user: { id: user.id, name: user.name, email: user.email, organisationId: user.organisationId } };
    }
    const p = await this.participants.findOneByOrFail({ id: actor.participantId });
    return { kind: 'participant' as const, participant: { id: p.id, eventId: p.eventId, firstName: p.firstName, lastName: p.lastName, email: p.email } };
  }

  private async staffSession(user: User) {
    const claims: TokenClaims = { sub: user.id, kind: 'staff', org: user.organisationId };
    return {
      accessToken: await this.sign(claims),
      user: { id: user.id, name: user.name, email: user.email, organisationId: user.organisationId },
    };
  }

  private sign(claims: TokenClaims): Promise<string> {
    return this.jwt.signAsync(claims, {
      expiresIn: this.config.get('auth.accessTokenTtlMinutes', { infer: true }) * 60,
    });
  }
}
