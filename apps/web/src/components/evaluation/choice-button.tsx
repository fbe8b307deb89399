import { Button } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  selected: boolean;
  loading: boolean;
  disabled?: boolean;
  color?: string;
  onClick: () => void;
  children: ReactNode;
}

/** One half of a one-tap answer pair; filled and pressed when it is the saved answer. */
export function ChoiceButton({ selected, loading, disabled, color, onClick, children }: Props) {
  return (
    <Button
      variant={selected ? 'filled' : 'default'}
      color={color}
      size="md"
      aria-pressed={selected}
      loading={loading}
      disabled={disabled}
      onClick={onClick}
      px="xs"
      // Long answers ("Did not take place") wrap on a narrow phone instead of being cut off.
      styles={{
        root: { flex: '1 1 140px', height: 'auto', minHeight: 44, paddingBlock: 8 },
        label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.25 },
      }}
    >
      {children}
    </Button>
  );
}
