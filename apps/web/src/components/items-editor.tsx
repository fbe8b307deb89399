import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Item, Term } from '../api-types';

interface Props {
  kind: 'offer' | 'seek';
  items: Item[];
  categories: Term[];
  onChange: (items: Item[]) => void;
}

/** Edits the marketplace items (what a participant offers or seeks) of a cooperation profile. */
export function ItemsEditor({ kind, items, categories, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<Item>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  return (
    <Stack gap="sm">
      <Text fw={600}>{kind === 'offer' ? t('profile.offers') : t('profile.seeks')}</Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('profile.noItems')}
        </Text>
      )}
      {items.map((item, index) => {
        const legend =
          kind === 'offer' ? t('profile.offerNumber', { number: index + 1 }) : t('profile.seekNumber', { number: index + 1 });
        return (
          <Fieldset key={item.id ?? `new-${index}`} legend={legend}>
            <Stack gap="xs">
              <TextInput
                label={t('profile.itemTitle')}
                required
                maxLength={200}
                value={item.title}
                onChange={(e) => update(index, { title: e.currentTarget.value })}
              />
              <Textarea
                label={t('profile.itemDescription')}
                autosize
                minRows={2}
                value={item.description}
                onChange={(e) => update(index, { description: e.currentTarget.value })}
              />
              <NativeSelect
                label={t('profile.itemCategory')}
                required
                value={item.category ?? ''}
                data={[{ value: '', label: t('profile.chooseOne') }, ...categories.map((c) => ({ value: c.key, label: c.label }))]}
                onChange={(e) => update(index, { category: e.currentTarget.value })}
              />
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  onClick={() => onChange(items.filter((_, i) => i !== index))}
                >
                  {t('profile.removeItem', { title: item.title || t('profile.untitled') })}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <Group>
        <Button
          variant="light"
          onClick={() => onChange([...items, { title: '', description: '', category: categories[0]?.key ?? '' }])}
        >
          {kind === 'offer' ? t('profile.addOffer') : t('profile.addSeek')}
        </Button>
      </Group>
    </Stack>
  );
}
