import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { collaborationKinds } from './collaboration-kinds';

interface Props {
  value: string[];
  onChange: (kinds: string[]) => void;
  /** The id of the text that names the group (the same kinds are asked twice per meeting). */
  labelledBy: string;
  disabled?: boolean;
}

/** Collaboration kinds as toggle buttons: big enough to tap on a phone, and each says whether it is on. */
export function KindChips({ value, onChange, labelledBy, disabled }: Props) {
  const { t } = useTranslation();
  const toggle = (kind: string) =>
    onChange(collaborationKinds.filter((k) => (k === kind ? !value.includes(k) : value.includes(k))));
  return (
    <Group gap="xs" role="group" aria-labelledby={labelledBy}>
      {collaborationKinds.map((kind) => {
        const on = value.includes(kind);
        return (
          <Button
            key={kind}
            radius="xl"
            size="compact-md"
            variant={on ? 'filled' : 'outline'}
            aria-pressed={on}
            disabled={disabled}
            leftSection={on ? <span aria-hidden>✓</span> : undefined}
            onClick={() => toggle(kind)}
          >
            {t(`evaluation.kinds.${kind}`)}
          </Button>
        );
      })}
    </Group>
  );
}
