import { Box, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A colour swatch and what it stands for; the swatch is decoration, the words carry the meaning. */
export function LegendItem({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Box aria-hidden w={12} h={12} bg={color} style={{ borderRadius: 2, flexShrink: 0 }} />
      <Text size="sm">{children}</Text>
    </Group>
  );
}
