import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventReport } from '../../api-types';
import { useReportRows } from '../../queries';
import { FigureTile } from './figure-tile';
import type { ReportLabels } from './report-labels';
import { ReportNumber } from './report-number';

interface Props {
  eventId: string;
  report: EventReport;
  labels: ReportLabels;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** The figures funders and boards ask for first, each opening the rows behind it. */
export function HeadlineFigures({ eventId, report, labels }: Props) {
  const { t } = useTranslation();
  const { participants, meetings, collaborations, responses } = report;
  // A meeting may show several kinds of possible collaboration, so the total is the rows, not the sum of kinds.
  const possible = useReportRows(eventId, { metric: 'collaborations.possible', key: null });
  const n = labels.number;

  return (
    <Stack gap="md">
      <Section id="report-participants-heading" title={t('report.participantsHeading')}>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <FigureTile metric="participants.registered" label={t('report.metrics.participants.registered')} display={n(participants.registered)} />
          <FigureTile metric="participants.validated" label={t('report.metrics.participants.validated')} display={n(participants.validated)} />
          <FigureTile metric="participants.organisations" label={t('report.metrics.participants.organisations')} display={n(participants.organisations)} />
          <FigureTile
            metric="participants.firstTime"
            label={t('report.metrics.participants.firstTime')}
            display={participants.firstTime === null ? null : n(participants.firstTime)}
            hint={participants.firstTime === null ? t('report.firstTimeNotAsked') : undefined}
          />
        </SimpleGrid>
      </Section>

      <Section id="report-meetings-heading" title={t('report.meetingsHeading')}>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs">
          <FigureTile metric="meetings.requested" label={t('report.metrics.meetings.requested')} display={n(meetings.requested)} />
          <FigureTile metric="meetings.accepted" label={t('report.metrics.meetings.accepted')} display={n(meetings.accepted)} />
          <FigureTile metric="meetings.scheduled" label={t('report.metrics.meetings.scheduled')} display={n(meetings.scheduled)} />
          <FigureTile metric="meetings.held" label={t('report.metrics.meetings.held')} display={n(meetings.held)} />
          <FigureTile metric="meetings.noShow" label={t('report.metrics.meetings.noShow')} display={n(meetings.noShow)} />
          <FigureTile metric="meetings.interesting" label={t('report.metrics.meetings.interesting')} display={n(meetings.interesting)} />
        </SimpleGrid>
      </Section>

      <Section id="report-collaborations-heading" title={t('report.collaborationsHeading')}>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <FigureTile
            metric="collaborations.possible"
            label={t('report.metrics.collaborations.possible')}
            display={possible.data ? n(possible.data.rows.length) : '…'}
          />
          <FigureTile metric="collaborations.ongoing" label={t('report.metrics.collaborations.ongoing')} display={n(collaborations.ongoing)} />
          <FigureTile metric="collaborations.concrete" label={t('report.metrics.collaborations.concrete')} display={n(collaborations.concrete)} />
          {/* The value is the sum over the concrete collaborations, so those are its rows. */}
          <FigureTile
            metric="collaborations.concrete"
            testId="report-number-collaborations.concreteValueEur"
            label={t('report.metrics.collaborations.concreteValueEur')}
            display={labels.euros(collaborations.concreteValueEur)}
          />
        </SimpleGrid>
      </Section>

      <Section id="report-responses-heading" title={t('report.responsesHeading')}>
        {responses.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('report.noRounds')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
            {responses.map((response) => {
              const rate = response.sent > 0 ? Math.round((response.answered / response.sent) * 100) : 0;
              const label = t('report.roundName', { round: response.round });
              return (
                <Paper key={response.round} withBorder p="sm">
                  <Text size="xs" c="dimmed">
                    {label}
                  </Text>
                  <ReportNumber
                    metric="responses"
                    rowKey={String(response.round)}
                    display={t('report.responseRate', { rate })}
                    label={t('report.rateIn', { round: label })}
                    testId={`report-number-responses-${response.round}`}
                    size="xl"
                    fw={700}
                  />
                  <Text size="sm">
                    {t('report.answeredPrefix')}
                    <ReportNumber metric="responses" rowKey={String(response.round)} display={n(response.answered)} label={t('report.answeredIn', { round: label })} />
                    {t('report.answeredMiddle')}
                    <ReportNumber metric="responses" rowKey={String(response.round)} display={n(response.sent)} label={t('report.sentIn', { round: label })} />
                    {t('report.answeredSuffix')}
                  </Text>
                </Paper>
              );
            })}
          </SimpleGrid>
        )}
      </Section>
    </Stack>
  );
}
