import { EntityManager } from 'typeorm';
import { ItemKind } from '@clustermeet/contracts';
import { Event, MarketplaceItem, Participant, ParticipantType } from '@clustermeet/database';
import { MarketplaceItemDto, ProfileInputDto } from './profile.dto';

type ProfileFields = Omit<ProfileInputDto, 'email'>;

/** Checks a profile against the event's own lists (types, taxonomies, questions); returns readable problems. */
export function profileProblems(event: Event, types: ParticipantType[], input: ProfileFields): string[] {
  const problems: string[] = [];
  const keys = (list: { key: string }[]) => new Set(list.map((term) => term.key));
  const { sectors, countries, organisationTypes, categories } = event.taxonomies;
  if (!types.some((type) => type.id === input.participantTypeId)) problems.push('participantTypeId is not a participant type of this event');
  if (!keys(organisationTypes).has(input.organisation.type)) problems.push(`organisation.type "${input.organisation.type}" is not one of this event’s organisation types`);
  if (!keys(countries).has(input.organisation.country)) problems.push(`organisation.country "${input.organisation.country}" is not one of this event’s countries`);
  const sectorKeys = keys(sectors);
  for (const sector of input.sectors ?? []) if (!sectorKeys.has(sector)) problems.push(`sector "${sector}" is not one of this event’s sectors`);
  const categoryKeys = keys(categories);
  for (const item of [...(input.offers ?? []), ...(input.seeks ?? [])]) {
    if (item.category && !categoryKeys.has(item.category)) problems.push(`category "${item.category}" of "${item.title}" is not one of this event’s categories`);
  }
  const answers = input.answers ?? {};
  for (const question of event.profileQuestions) {
    const answer = answers[question.key];
    const empty = answer === undefined || answer === '' || answer === false;
    if (question.required && empty) problems.push(`the question "${question.label}" must be answered`);
    if (!empty && question.type === 'checkbox' && typeof answer !== 'boolean') problems.push(`the answer to "${question.label}" must be true or false`);
    if (!empty && question.type !== 'checkbox' && (typeof answer !== 'string' || answer.length > 2000)) problems.push(`the answer to "${question.label}" must be text of at most 2000 characters`);
    if (!empty && question.type === 'select' && !(question.options ?? []).includes(String(answer))) problems.push(`the answer to "${question.label}" must be one of the options`);
  }
  const known = new Set(event.profileQuestions.map((question) => question.key));
  for (const key of Object.keys(answers)) if (!known.has(key)) problems.push(`"${key}" is not a question of this event`);
  return problems;
}

export function profileColumns(input: ProfileFields): Partial<Participant> {
  return {
    participantTypeId: input.participantTypeId,
    firstName: input.firstName,
    lastName: input.lastName,
    jobTitle: input.jobTitle ?? '',
    languages: input.languages ?? [],
    photoUrl: input.photoUrl ?? '',
    organisation: {
      name: input.organisation.name,
      type: input.organisation.type,
      country: input.organisation.country,
      region: input.organisation.region ?? '',
      city: input.organisation.city ?? '',
      website: input.organisation.website ?? '',
      sizeBand: input.organisation.sizeBand,
      companyNumber: input.organisation.companyNumber ?? '',
    },
    description: input.description ?? '',
    sectors: input.sectors ?? [],
    answers: input.answers ?? {},
  };
}

/** Replaces a participant's offers and seeks; both lists are written whole, as the form sends them. */
export async function replaceItems(manager: EntityManager, participant: Participant, offers: MarketplaceItemDto[] = [], seeks: MarketplaceItemDto[] = []) {
  await manager.delete(MarketplaceItem, { participantId: participant.id });
  const rows = [
    ...offers.map((item, position) => ({ item, position, kind: ItemKind.Offer })),
    ...seeks.map((item, position) => ({ item, position, kind: ItemKind.Seek })),
  ].map(({ item, position, kind }) =>
    manager.create(MarketplaceItem, { eventId: participant.eventId, participantId: participant.id, kind, position, title: item.title, description: item.description ?? '', category: item.category ?? '' }),
  );
  return rows.length > 0 ? manager.save(rows) : [];
}

export function participantView(participant: Participant, items: MarketplaceItem[] = participant.items ?? []) {
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const item = ({ id, title, description, category }: MarketplaceItem) => ({ id, title, description, category });
  return {
    id: participant.id,
    eventId: participant.eventId,
    status: participant.status,
    statusReason: participant.statusReason,
    email: participant.email,
    firstName: participant.firstName,
    lastName: participant.lastName,
    jobTitle: participant.jobTitle,
    languages: participant.languages,
    photoUrl: participant.photoUrl,
    participantTypeId: participant.participantTypeId,
    organisation: participant.organisation,
    description: participant.description,
    sectors: participant.sectors,
    answers: participant.answers,
    offers: ordered.filter((entry) => entry.kind === ItemKind.Offer).map(item),
    seeks: ordered.filter((entry) => entry.kind === ItemKind.Seek).map(item),
    unavailableSlotIds: participant.unavailableSlotIds,
    emailPreference: participant.emailPreference,
    recruitedByOrganisationId: participant.recruitedByOrganisationId,
    consentedAt: participant.consentedAt,
    createdAt: participant.createdAt,
  };
}

export type ParticipantView = ReturnType<typeof participantView>;
