import { Paper, Text } from '@mantine/core';
import { MissingNumber, ReportNumber } from './report-number';

interface Props {
  metric: string;
  rowKey?: string | null;
  label: string;
  /** Null when the figure cannot be counted at this event. */
  display: string | null;
  hint?: string;
  testId?: string;
}

/** One headline figure: a label and a large number that opens its rows. */
export function FigureTile({ metric, rowKey = null, label, display, hint, testId = `report-number-${metric}` }: Props) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {display === null ? (
        <MissingNumber testId={testId} size="xl" />
      ) : (
        <ReportNumber metric={metric} rowKey={rowKey} display={display} label={label} testId={testId} size="xl" fw={700} />
      )}
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}
