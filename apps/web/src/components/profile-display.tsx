import { Card, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, Term } from '../api-types';

/** A read-only labelled value in a profile. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children || '–'}
      </Text>
    </div>
  );
}

/** The organiser's label for a taxonomy key, or the key itself when the term was removed. */
export function termLabel(terms: Term[] | undefined, key: string | null | undefined): string {
  if (!key) return '';
  return terms?.find((term) => term.key === key)?.label ?? key;
}

export function ItemList({ title, items, categories }: { title: string; items: Item[]; categories: Term[] | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={600}>{title}</Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('profile.noItems')}
        </Text>
      )}
      {items.map((item, index) => (
        <Card key={item.id ?? index} withBorder padding="xs">
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Text>
          <Text size="xs" c="dimmed">
            {termLabel(categories, item.category)}
          </Text>
          {item.description && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {item.description}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
