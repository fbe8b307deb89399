import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  testId: string;
  headingId: string;
  title: string;
  legend: ReactNode;
  /** Shown instead of the chart when there is nothing to draw. */
  emptyText?: string;
  children: ReactNode;
}

/** A report chart as a figure: bordered, captioned by its heading, with its legend above the drawing. */
export function ChartFigure({ testId, headingId, title, legend, emptyText, children }: Props) {
  return (
    <Paper withBorder p="md" component="figure" m={0} data-testid={testId} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId} component="figcaption">
          {title}
        </Title>
        <Group gap="md">{legend}</Group>
        {emptyText ? (
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}
