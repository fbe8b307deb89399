import { Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The personal iCalendar feed: a calendar app that subscribes to it follows later changes by itself. */
export function CalendarFeed({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="feed-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="feed-heading">
          {t('agenda.feedHeading')}
        </Title>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('agenda.feedLabel')}
            value={url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            style={{ flex: 1, minWidth: 0 }}
            data-testid="calendar-feed-url"
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'filled' : 'light'} color={copied ? 'green' : undefined} onClick={copy} style={{ flexShrink: 0 }}>
                {copied ? t('agenda.copied') : t('agenda.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" c="dimmed">
          {t('agenda.feedHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
