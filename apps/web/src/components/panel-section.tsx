import { Paper, Stack, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: ReactNode;
  /** Heading level within the page; its look follows the level. */
  order?: TitleOrder;
  testId?: string;
  children: ReactNode;
}

const SIZE: Partial<Record<TitleOrder, string>> = { 2: 'h4', 3: 'h5' };

/** A bordered section of a page with its heading: the building block of the dashboards. */
export function PanelSection({ title, order = 2, testId, children }: Props) {
  return (
    <Paper withBorder p="md" component="section" data-testid={testId}>
      <Stack gap="sm">
        <Title order={order} size={SIZE[order]}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
