import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../api-client';
import { ErrorAlert } from '../error-alert';

const exports = [
  { id: 'xlsx', path: 'report.xlsx', file: 'report.xlsx', label: 'report.downloadXlsx' },
  { id: 'csv', path: 'report.csv', file: 'report.csv', label: 'report.downloadCsv' },
  { id: 'anonymised', path: 'report/anonymised.csv', file: 'report-anonymised.csv', label: 'report.downloadAnonymised' },
  { id: 'pdf', path: 'report.pdf', file: 'report.pdf', label: 'report.downloadPdf' },
] as const;

type ExportId = (typeof exports)[number]['id'];

/** The whole report as files: a workbook, the headline figures, figures without personal data, a summary. */
export function ReportExports({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (id: ExportId) => {
      const target = exports.find((e) => e.id === id)!;
      return downloadFile(`/events/${eventId}/${target.path}`, target.file);
    },
  });
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {exports.map((e) => (
          <Button
            key={e.id}
            variant="light"
            onClick={() => download.mutate(e.id)}
            loading={download.isPending && download.variables === e.id}
            data-testid={`report-export-${e.id}`}
          >
            {t(e.label)}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={download.error} />
    </Stack>
  );
}
