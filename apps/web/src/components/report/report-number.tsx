import { Anchor, Text, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { drillDownSearch } from './drill-down';

interface Props {
  metric: string;
  /** The breakdown line; `key` itself is React's. */
  rowKey?: string | null;
  /** What is shown: the count, or a formatted amount. */
  display: string;
  /** What the number counts, for the link's accessible name. */
  label: string;
  testId?: string;
  size?: MantineSize | string;
  fw?: number;
}

/** A figure of the report that opens the rows it counts. */
export function ReportNumber({ metric, rowKey = null, display, label, testId, size = 'sm', fw = 600 }: Props) {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={drillDownSearch({ metric, key: rowKey })}
      preventScrollReset
      aria-label={t('report.showRows', { label, value: display })}
      data-testid={testId}
      data-metric={metric}
      fz={size}
      fw={fw}
    >
      {display}
    </Anchor>
  );
}

/** A figure with nothing behind it to list (e.g. not asked at this event). */
export function MissingNumber({ testId, size = 'sm' }: { testId?: string; size?: MantineSize | string }) {
  return (
    <Text span fz={size} fw={600} c="dimmed" data-testid={testId}>
      –
    </Text>
  );
}
