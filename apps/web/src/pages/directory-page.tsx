import { Alert, Button, Checkbox, Collapse, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api-client';
import type { DirectoryPage as DirectoryResult, PublicEvent, Recommendation, Term } from '../api-types';
import { PageState } from '../components/page-state';
import { ParticipantCard } from '../components/participant-card';
import { directoryKey, useParticipantEvent } from '../queries';

const PAGE_SIZE = 20;
const selectFilters = ['country', 'sector', 'organisationType', 'participantTypeId', 'category'] as const;
const toggleFilters = ['favourites', 'hasFreeSlots', 'notContacted'] as const;
const RECOMMENDATIONS_SHOWN = 3;

function Recommendations({ event }: { event: PublicEvent }) {
  const { t } = useTranslation();
  const [all, { toggle }] = useDisclosure(false);
  const recommendations = useQuery({
    queryKey: ['me', 'recommendations'],
    queryFn: () => api<Recommendation[]>('/me/recommendations', { auth: 'participant' }),
  });
  if (!recommendations.data) return recommendations.error ? <PageState error={recommendations.error} /> : null;
  const list = recommendations.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="recommendations-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="recommendations-heading">
          {t('directory.recommendationsHeading')}
        </Title>
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('directory.noRecommendations')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('directory.recommendationsHint')}
            </Text>
            <Stack gap="xs" data-testid="recommendations">
              {(all ? list : list.slice(0, RECOMMENDATIONS_SHOWN)).map((recommendation) => (
                <ParticipantCard key={recommendation.participant.id} profile={recommendation.participant} event={event}>
                  <Text size="sm" c="teal.8" style={{ overflowWrap: 'anywhere' }} lang="en">
                    {t('directory.why')}: {recommendation.reason}
                  </Text>
                </ParticipantCard>
              ))}
            </Stack>
            {list.length > RECOMMENDATIONS_SHOWN && (
              <Group>
                <Button variant="subtle" size="compact-sm" onClick={toggle}>
                  {all ? t('directory.showFewer') : t('directory.showAll', { count: list.length })}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

export function DirectoryPage() {
  const { t } = useTranslation();
  const { profile, event } = useParticipantEvent();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const activeFilters = [...selectFilters, ...toggleFilters].filter((key) => params.get(key)).length;
  const [filtersOpen, { toggle: toggleFilterPanel }] = useDisclosure(activeFilters > 0);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const eventId = event.data?.id ?? '';

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };

  useEffect(() => {
    if ((params.get('q') ?? '') !== debouncedSearch) update({ q: debouncedSearch || null });
    // Only the debounced text drives the URL here; filters change it directly.
  }, [debouncedSearch]);

  const query = new URLSearchParams();
  for (const key of ['q', ...selectFilters, 'itemKind', ...toggleFilters]) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  if (!query.get('category')) query.delete('itemKind');
  query.set('page', String(page));
  query.set('pageSize', String(PAGE_SIZE));
  const qs = query.toString();

  const results = useQuery({
    queryKey: [...directoryKey(eventId), 'list', qs],
    queryFn: () => api<DirectoryResult>(`/events/${eventId}/directory?${qs}`, { auth: 'participant' }),
    enabled: Boolean(eventId),
    placeholderData: (previous) => previous,
  });

  if (!profile.data || !event.data) return <PageState error={profile.error ?? event.error} />;
  const e = event.data;
  const options = (terms: Term[]) => [{ value: '', label: t('directory.any') }, ...terms.map((term) => ({ value: term.key, label: term.label }))];
  const select = (key: (typeof selectFilters)[number], label: string, data: { value: string; label: string }[]) => (
    <NativeSelect key={key} label={label} value={params.get(key) ?? ''} data={data} onChange={(ev) => update({ [key]: ev.currentTarget.value || null })} />
  );
  const pages = results.data ? Math.max(1, Math.ceil(results.data.total / results.data.pageSize)) : 1;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('directory.title')}</Title>
        <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('myProfile.eventLabel', { name: e.name })}
        </Text>
      </Stack>
      {profile.data.status !== 'validated' && (
        <Alert color="yellow" title={t('directory.notValidatedTitle')}>
          {t('directory.notValidatedText')}
        </Alert>
      )}

      <Recommendations event={e} />

      <Paper withBorder p="md" component="section" aria-labelledby="search-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="search-heading">
            {t('directory.searchHeading')}
          </Title>
          <TextInput
            label={t('directory.search')}
            type="search"
            placeholder={t('directory.searchPlaceholder')}
            value={search}
            onChange={(ev) => setSearch(ev.currentTarget.value)}
          />
          <Group>
            <Button variant="light" size="compact-sm" onClick={toggleFilterPanel} aria-expanded={filtersOpen}>
              {filtersOpen ? t('directory.hideFilters') : t('directory.showFilters')}
              {activeFilters > 0 ? ` (${activeFilters})` : ''}
            </Button>
            {activeFilters > 0 && (
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => update(Object.fromEntries([...selectFilters, 'itemKind', ...toggleFilters].map((key) => [key, null])))}
              >
                {t('directory.clearFilters')}
              </Button>
            )}
          </Group>
          <Collapse expanded={filtersOpen}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                {select('country', t('profile.country'), options(e.taxonomies.countries))}
                {select('sector', t('profile.sectors'), options(e.taxonomies.sectors))}
                {select('organisationType', t('profile.organisationType'), options(e.taxonomies.organisationTypes))}
                {select('participantTypeId', t('profile.participantType'), [
                  { value: '', label: t('directory.any') },
                  ...e.participantTypes.map((type) => ({ value: type.id, label: type.name })),
                ])}
                {select('category', t('directory.category'), options(e.taxonomies.categories))}
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="item-kind-label">
                    {t('directory.categoryIn')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="item-kind-label"
                    disabled={!params.get('category')}
                    value={params.get('itemKind') ?? ''}
                    onChange={(value) => update({ itemKind: value || null })}
                    data={[
                      { value: '', label: t('directory.offersOrSeeks') },
                      { value: 'offer', label: t('directory.offersOnly') },
                      { value: 'seek', label: t('directory.seeksOnly') },
                    ]}
                  />
                </Stack>
              </SimpleGrid>
              <Group gap="md">
                {toggleFilters.map((key) => (
                  <Checkbox
                    key={key}
                    label={t(`directory.filters.${key}`)}
                    checked={params.get(key) === 'true'}
                    onChange={(ev) => update({ [key]: ev.currentTarget.checked ? 'true' : null })}
                  />
                ))}
              </Group>
            </Stack>
          </Collapse>
        </Stack>
      </Paper>

      {!results.data ? (
        <PageState error={results.error} />
      ) : (
        <Stack gap="xs" component="section" aria-label={t('directory.results')}>
          <Text size="sm" c="dimmed" role="status" data-testid="directory-total">
            {t('directory.count', { count: results.data.total })}
          </Text>
          {results.data.items.length === 0 && <Text c="dimmed">{t('directory.empty')}</Text>}
          {results.data.items.map((item) => (
            <ParticipantCard key={item.id} profile={item} event={e} favourite={item.favourite} />
          ))}
          {pages > 1 && (
            <Group justify="space-between" wrap="nowrap" mt="xs">
              <Button variant="default" disabled={page <= 1} onClick={() => update({ page: String(page - 1) })}>
                {t('directory.previous')}
              </Button>
              <Text size="sm">{t('directory.pageOf', { page, pages })}</Text>
              <Button variant="default" disabled={page >= pages} onClick={() => update({ page: String(page + 1) })}>
                {t('directory.next')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
