import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Answers, Item, Participant, ProfileInput, ProfileQuestion, SizeBand, Taxonomies } from '../api-types';
import { ItemsEditor } from './items-editor';
import { QuestionField } from './question-field';

export interface ProfileFormValues {
  email: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  languages: string;
  photoUrl: string;
  participantTypeId: string;
  organisation: {
    name: string;
    type: string;
    country: string;
    region: string;
    city: string;
    website: string;
    sizeBand: SizeBand | '';
    companyNumber: string;
  };
  description: string;
  sectors: string[];
  answers: Answers;
  offers: Item[];
  seeks: Item[];
}

export function emptyProfile(): ProfileFormValues {
  return {
    email: '',
    firstName: '',
    lastName: '',
    jobTitle: '',
    languages: '',
    photoUrl: '',
    participantTypeId: '',
    organisation: { name: '', type: '', country: '', region: '', city: '', website: '', sizeBand: '', companyNumber: '' },
    description: '',
    sectors: [],
    answers: {},
    offers: [],
    seeks: [],
  };
}

export function profileFromParticipant(p: Participant): ProfileFormValues {
  const o = p.organisation;
  return {
    email: p.email,
    firstName: p.firstName,
    lastName: p.lastName,
    jobTitle: p.jobTitle ?? '',
    languages: (p.languages ?? []).join(', '),
    photoUrl: p.photoUrl ?? '',
    participantTypeId: p.participantTypeId ?? '',
    organisation: {
      name: o?.name ?? '',
      type: o?.type ?? '',
      country: o?.country ?? '',
      region: o?.region ?? '',
      city: o?.city ?? '',
      website: o?.website ?? '',
      sizeBand: o?.sizeBand ?? '',
      companyNumber: o?.companyNumber ?? '',
    },
    description: p.description ?? '',
    sectors: p.sectors ?? [],
    answers: p.answers ?? {},
    offers: (p.offers ?? []).map((item) => ({ ...item, description: item.description ?? '' })),
    seeks: (p.seeks ?? []).map((item) => ({ ...item, description: item.description ?? '' })),
  };
}

/** Empty optional text is left out rather than sent as '' so server-side format checks (URL, etc.) do not fire. */
function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

export function toProfileInput(v: ProfileFormValues): ProfileInput {
  const languages = v.languages
    .split(',')
    .map((language) => language.trim())
    .filter(Boolean);
  // Items are written whole on every save, and the API's item DTO has no id, so ids are not sent.
  const cleanItem = (item: Item): Item => ({
    title: item.title.trim(),
    description: item.description.trim(),
    ...(item.category ? { category: item.category } : {}),
  });
  return {
    email: v.email.trim(),
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    jobTitle: optional(v.jobTitle),
    languages: languages.length ? languages : undefined,
    photoUrl: optional(v.photoUrl),
    participantTypeId: v.participantTypeId,
    organisation: {
      name: v.organisation.name.trim(),
      type: v.organisation.type,
      country: v.organisation.country,
      region: optional(v.organisation.region),
      city: optional(v.organisation.city),
      website: optional(v.organisation.website),
      sizeBand: v.organisation.sizeBand as SizeBand,
      companyNumber: optional(v.organisation.companyNumber),
    },
    description: optional(v.description),
    sectors: v.sectors,
    answers: Object.fromEntries(Object.entries(v.answers).filter(([, answer]) => answer !== '')),
    offers: v.offers.map(cleanItem),
    seeks: v.seeks.map(cleanItem),
  };
}

interface Props {
  value: ProfileFormValues;
  onChange: (next: ProfileFormValues) => void;
  participantTypes: { id: string; name: string }[];
  taxonomies: Taxonomies;
  questions: ProfileQuestion[];
  /** The participant's own email cannot change on the profile page. */
  emailReadOnly?: boolean;
  /** Languages, photo, custom questions and offers/seeks: shown on the full profile, optional at registration. */
  extended?: boolean;
  showQuestions?: boolean;
}

export function ProfileFields({
  value,
  onChange,
  participantTypes,
  taxonomies,
  questions,
  emailReadOnly = false,
  extended = false,
  showQuestions = false,
}: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ProfileFormValues>(key: K, v: ProfileFormValues[K]) => onChange({ ...value, [key]: v });
  const setOrg = <K extends keyof ProfileFormValues['organisation']>(key: K, v: ProfileFormValues['organisation'][K]) =>
    onChange({ ...value, organisation: { ...value.organisation, [key]: v } });
  const choose = { value: '', label: t('profile.chooseOne') };
  const setAnswer = (key: string, answer: string | boolean) => set('answers', { ...value.answers, [key]: answer });

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={3}>{t('profile.personHeading')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('profile.firstName')}
            required
            autoComplete="given-name"
            value={value.firstName}
            onChange={(e) => set('firstName', e.currentTarget.value)}
          />
          <TextInput
            label={t('profile.lastName')}
            required
            autoComplete="family-name"
            value={value.lastName}
            onChange={(e) => set('lastName', e.currentTarget.value)}
          />
          <TextInput
            label={t('profile.email')}
            type="email"
            required
            autoComplete="email"
            readOnly={emailReadOnly}
            variant={emailReadOnly ? 'filled' : 'default'}
            description={emailReadOnly ? t('profile.emailReadOnlyHint') : undefined}
            value={value.email}
            onChange={(e) => set('email', e.currentTarget.value)}
          />
          <TextInput
            label={t('profile.jobTitle')}
            autoComplete="organization-title"
            value={value.jobTitle}
            onChange={(e) => set('jobTitle', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('profile.participantType')}
            required
            value={value.participantTypeId}
            data={[choose, ...participantTypes.map((type) => ({ value: type.id, label: type.name }))]}
            onChange={(e) => set('participantTypeId', e.currentTarget.value)}
          />
          {extended && (
            <TextInput
              label={t('profile.languages')}
              description={t('profile.languagesHint')}
              value={value.languages}
              onChange={(e) => set('languages', e.currentTarget.value)}
            />
          )}
          {extended && (
            <TextInput
              label={t('profile.photoUrl')}
              type="url"
              value={value.photoUrl}
              onChange={(e) => set('photoUrl', e.currentTarget.value)}
            />
          )}
        </SimpleGrid>
      </Stack>

      <Stack gap="sm">
        <Title order={3}>{t('profile.organisationHeading')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('profile.organisationName')}
            required
            autoComplete="organization"
            value={value.organisation.name}
            onChange={(e) => setOrg('name', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('profile.organisationType')}
            required
            value={value.organisation.type}
            data={[choose, ...taxonomies.organisationTypes.map((term) => ({ value: term.key, label: term.label }))]}
            onChange={(e) => setOrg('type', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('profile.country')}
            required
            value={value.organisation.country}
            data={[choose, ...taxonomies.countries.map((term) => ({ value: term.key, label: term.label }))]}
            onChange={(e) => setOrg('country', e.currentTarget.value)}
          />
          <TextInput label={t('profile.region')} value={value.organisation.region} onChange={(e) => setOrg('region', e.currentTarget.value)} />
          <TextInput
            label={t('profile.city')}
            autoComplete="address-level2"
            value={value.organisation.city}
            onChange={(e) => setOrg('city', e.currentTarget.value)}
          />
          <TextInput
            label={t('profile.website')}
            type="url"
            placeholder="https://"
            value={value.organisation.website}
            onChange={(e) => setOrg('website', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('profile.sizeBand')}
            required
            value={value.organisation.sizeBand}
            data={[
              choose,
              ...(['under-50', '50-249', '250-plus'] as const).map((band) => ({ value: band, label: t(`sizeBand.${band}`) })),
            ]}
            onChange={(e) => setOrg('sizeBand', e.currentTarget.value as SizeBand)}
          />
          <TextInput
            label={t('profile.companyNumber')}
            value={value.organisation.companyNumber}
            onChange={(e) => setOrg('companyNumber', e.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('profile.description')}
          autosize
          minRows={3}
          value={value.description}
          onChange={(e) => set('description', e.currentTarget.value)}
        />
        <Checkbox.Group label={t('profile.sectors')} value={value.sectors} onChange={(sectors) => set('sectors', sectors)}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" mt="xs">
            {taxonomies.sectors.map((term) => (
              <Checkbox key={term.key} value={term.key} label={term.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Stack>

      {showQuestions && questions.length > 0 && (
        <Stack gap="sm">
          <Title order={3}>{t('profile.questionsHeading')}</Title>
          {questions.map((question) => (
            <QuestionField
              key={question.key}
              question={question}
              value={value.answers[question.key]}
              onChange={(answer) => setAnswer(question.key, answer)}
            />
          ))}
        </Stack>
      )}

      {extended && (
        <Stack gap="md">
          <Title order={3}>{t('profile.cooperationHeading')}</Title>
          <ItemsEditor kind="offer" items={value.offers} categories={taxonomies.categories} onChange={(offers) => set('offers', offers)} />
          <ItemsEditor kind="seek" items={value.seeks} categories={taxonomies.categories} onChange={(seeks) => set('seeks', seeks)} />
        </Stack>
      )}
    </Stack>
  );
}
