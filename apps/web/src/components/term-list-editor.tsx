import { ActionIcon, Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Term } from '../api-types';

/** Keys are what profiles store, so derive a stable, URL-safe one from the first label typed. */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'oe')
    .replace(/å/gi, 'aa')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

interface Props {
  legend: string;
  terms: Term[];
  readOnly: boolean;
  onChange: (terms: Term[]) => void;
}

export function TermListEditor({ legend, terms, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  const [keyTouched, setKeyTouched] = useState(false);
  const effectiveKey = keyTouched ? key : slugify(label);
  const duplicate = terms.some((term) => term.key === effectiveKey);

  const add = () => {
    if (!label.trim() || !effectiveKey || duplicate) return;
    onChange([...terms, { key: effectiveKey, label: label.trim() }]);
    setLabel('');
    setKey('');
    setKeyTouched(false);
  };

  return (
    <Fieldset legend={legend}>
      <Stack gap={6}>
        {terms.map((term, index) => (
          <Group key={term.key} gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1, minWidth: 0 }}
              aria-label={`${legend}: ${term.key}`}
              readOnly={readOnly}
              value={term.label}
              onChange={(e) => {
                const value = e.currentTarget.value;
                onChange(terms.map((existing, i) => (i === index ? { ...existing, label: value } : existing)));
              }}
            />
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('taxonomies.removeLabel', { label: term.label })}
                onClick={() => onChange(terms.filter((_, i) => i !== index))}
              >
                ✕
              </ActionIcon>
            )}
          </Group>
        ))}
        {!readOnly && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              style={{ flex: '2 1 160px' }}
              label={t('taxonomies.newLabel', { list: legend })}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
            <TextInput
              style={{ flex: '1 1 120px' }}
              label={t('taxonomies.key')}
              description={t('taxonomies.keyHint')}
              value={effectiveKey}
              error={duplicate && effectiveKey ? ' ' : undefined}
              onChange={(e) => {
                setKey(e.currentTarget.value);
                setKeyTouched(true);
              }}
            />
            <Button variant="light" onClick={add} disabled={!label.trim() || !effectiveKey || duplicate}>
              {t('common.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
