import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { DataSource, In, Repository } from 'typeorm';
import { EventRole } from '@clustermeet/contracts';
import { OutboxEmail, Participant, ParticipantType } from '@clustermeet/database';
import { Actor } from '../auth/actor';
import { EventAccessService, MANAGERS } from '../auth/event-access.service';
import { OutboxService } from '../email/outbox.service';
import { LiveUpdatesService } from '../live/live-updates.service';
import { ParticipantService } from './participant.service';
import { ProfileInputDto } from './profile.dto';
import { participantView, profileProblems } from './profile-rules';

export const CSV_COLUMNS = [
  'email', 'firstName', 'lastName', 'jobTitle', 'participantType', 'organisationName', 'organisationType', 'country', 'region',
  'city', 'website', 'sizeBand', 'companyNumber', 'description', 'sectors', 'languages',
] as const;
const EXPORT_COLUMNS = [...CSV_COLUMNS, 'status', 'offers', 'seeks', 'registeredAt'] as const;
const MAX_IMPORT_ROWS = 5000;
const LIST_SEPARATOR = ';';

type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;
export interface RowError {
  row: number;
  errors: string[];
}

const split = (value?: string) => (value ?? '').split(LIST_SEPARATOR).map((part) => part.trim()).filter(Boolean);

@Injectable()
export class ParticipantCsvService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EventAccessService,
    private readonly participantService: ParticipantService,
    private readonly outbox: OutboxService,
    private readonly live: LiveUpdatesService,
    @InjectRepository(Participant) private readonly participants: Repository<Participant>,
  ) {}

  async exportCsv(actor: Actor, eventId: string): Promise<string> {
    const { member } = await this.access.requireStaff(actor, eventId, MANAGERS);
    const types = new Map((await this.dataSource.getRepository(ParticipantType).findBy({ eventId })).map((type) => [type.id, type.name]));
    const where = member.role === EventRole.CoOrganiser ? { eventId, recruitedByOrganisationId: member.organisationId } : { eventId };
    const rows = await this.participants.find({ where, relations: { items: true }, order: { organisation: { name: 'ASC' }, lastName: 'ASC' } });
    const items = (list: { title: string; category: string }[]) => list.map((item) => (item.category ? `${item.title} [${item.category}]` : item.title)).join(LIST_SEPARATOR + ' ');
    return stringify(
      rows.map((row) => {
        const view = participantView(row);
        return {
          email: view.email, firstName: view.firstName, lastName: view.lastName, jobTitle: view.jobTitle, participantType: types.get(view.participantTypeId) ?? '',
          organisationName: view.organisation.name, organisationType: view.organisation.type, country: view.organisation.country, region: view.organisation.region,
          city: view.organisation.city, website: view.organisation.website, sizeBand: view.organisation.sizeBand, companyNumber: view.organisation.companyNumber,
          description: view.description, sectors: view.sectors.join(LIST_SEPARATOR), languages: view.languages.join(LIST_SEPARATOR), status: view.status,
          offers: items(view.offers), seeks: items(view.seeks), registeredAt: view.createdAt.toISOString(),
        };
      }),
      { header: true, columns: [...EXPORT_COLUMNS] },
    );
  }

  /** All rows or none: the file is checked whole, and one bad row reports every problem without saving anything. */
  async importCsv(actor: Actor, eventId: string, content: Buffer | string): Promise<{ imported: number }> {
    const { event, member } = await this.access.requireStaff(actor, eventId, MANAGERS);
    const records = this.parse(content);
    const types = await this.dataSource.getRepository(ParticipantType).findBy({ eventId });
    const typeByName = new Map(types.map((type) => [type.name.toLowerCase(), type.id]));
    const existing = new Set(
      (await this.participants.find({ where: { eventId, email: In(records.map((record) => (record.email ?? '').trim().toLowerCase())) }, select: { email: true } })).map((p) => p.email),
    );
    const seen = new Map<string, number>();
    const errors: RowError[] = [];
    const inputs: ProfileInputDto[] = [];
    for (const [index, record] of records.entries()) {
      const row = index + 2; // header is row 1, as a spreadsheet shows it
      const input = plainToInstance(ProfileInputDto, this.toProfile(record, typeByName));
      const problems = (await validate(input)).flatMap((error) => flattenValidation(error));
      if (problems.length === 0) problems.push(...profileProblems(event, types, input));
      if (!typeByName.has((record.participantType ?? '').trim().toLowerCase())) problems.push(`participantType "${record.participantType ?? ''}" is not one of: ${types.map((type) => type.name).join(', ')}`);
      if (existing.has(input.email)) problems.push(`${input.email} is already registered for this event`);
      if (seen.has(input.email)) problems.push(`${input.email} also appears on row ${seen.get(input.email)}`);
      else seen.set(input.email, row);
      if (problems.length > 0) errors.push({ row, errors: [...new Set(problems)] });
      inputs.push(input);
    }
    if (errors.length > 0) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `${errors.length} of ${records.length} rows have errors; nothing was imported`, rows: errors });
    }
    const emails: OutboxEmail[] = await this.dataSource.transaction(async (manager) => {
      const written: OutboxEmail[] = [];
      for (const input of inputs) {
        const participant = await this.participantService.insert(manager, event, { input, recruitedByOrganisationId: member.organisationId, registeredByUserId: member.userId, consentedAt: null });
        written.push(await this.participantService.writeInvitation(manager, event, member, participant));
      }
      return written;
    });
    await this.outbox.dispatch(emails);
    this.live.bookingStatusChanged(eventId);
    return { imported: inputs.length };
  }

  private parse(content: Buffer | string): CsvRow[] {
    let records: CsvRow[];
    try {
      records = parse(content, { columns: (header: string[]) => header.map((name) => name.trim()), skip_empty_lines: true, trim: true, bom: true, relax_column_count: false });
    } catch (error) {
      throw new BadRequestException(`The file is not valid CSV: ${(error as Error).message}`);
    }
    if (records.length === 0) throw new BadRequestException('The file has no participant rows');
    if (records.length > MAX_IMPORT_ROWS) throw new BadRequestException(`At most ${MAX_IMPORT_ROWS} rows can be imported at once`);
    const missing = ['email', 'firstName', 'lastName', 'participantType', 'organisationName', 'organisationType', 'country', 'sizeBand'].filter((column) => !(column in records[0]));
    if (missing.length > 0) throw new BadRequestException(`Missing column(s): ${missing.join(', ')}. Expected columns: ${CSV_COLUMNS.join(', ')}`);
    return records;
  }

  private toProfile(record: CsvRow, typeByName: Map<string, string>) {
    return {
      email: record.email,
      firstName: record.firstName,
      lastName: record.lastName,
      jobTitle: record.jobTitle || undefined,
      participantTypeId: typeByName.get((record.participantType ?? '').trim().toLowerCase()) ?? '00000000-0000-0000-0000-000000000000',
      organisation: {
        name: record.organisationName, type: record.organisationType, country: record.country, region: record.region || undefined, city: record.city || undefined,
        website: record.website || undefined, sizeBand: record.sizeBand, companyNumber: record.companyNumber || undefined,
      },
      description: record.description || undefined,
      sectors: split(record.sectors),
      languages: split(record.languages),
    };
  }
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

export function flattenValidation(error: ValidationErrorLike, prefix = ''): string[] {
  const path = prefix ? `${prefix}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((text) => (prefix ? `${prefix}.${text}` : text));
  return [...own, ...(error.children ?? []).flatMap((child) => flattenValidation(child, path))];
}
